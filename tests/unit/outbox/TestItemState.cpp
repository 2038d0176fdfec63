#include "core/outbox/ItemState.h"

#include <QTest>

using namespace Meldeklient::Outbox;

class TestItemState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codesRoundTrip();
    void unknownCodeIsRejected();
    void transitionTableIsExactlyTheDocumentedOne();
    void terminalStatesGoNowhere();
};

namespace {
const QList<ItemState> allStates = {ItemState::Draft, ItemState::Queued, ItemState::Sending, ItemState::Accepted,
    ItemState::NeedsCorrection, ItemState::WaitingToRetry, ItemState::Cancelled, ItemState::AcceptedForProcessing,
    ItemState::Registered, ItemState::Refused};
}

void TestItemState::codesRoundTrip()
{
    QSet<QString> seen;
    for (ItemState state : allStates) {
        const QString code = stateCode(state);
        QVERIFY(!seen.contains(code));
        seen.insert(code);
        QCOMPARE(stateFromCode(code), std::optional<ItemState>(state));
    }
    QCOMPARE(QString(stateCode(ItemState::NeedsCorrection)), QString("needs-correction"));
    QCOMPARE(QString(stateCode(ItemState::WaitingToRetry)), QString("waiting-to-retry"));
    // Birth states (schema version 3): part of the database format.
    QCOMPARE(QString(stateCode(ItemState::AcceptedForProcessing)), QString("accepted-for-processing"));
    QCOMPARE(QString(stateCode(ItemState::Registered)), QString("registered"));
    QCOMPARE(QString(stateCode(ItemState::Refused)), QString("refused"));
}

void TestItemState::unknownCodeIsRejected()
{
    QVERIFY(!stateFromCode(u"").has_value());
    QVERIFY(!stateFromCode(u"Queued").has_value());
    QVERIFY(!stateFromCode(u"sent").has_value());
}

void TestItemState::transitionTableIsExactlyTheDocumentedOne()
{
    using S = ItemState;
    const QList<QPair<S, S>> legal = {
        {S::Draft, S::Queued},
        {S::Draft, S::Cancelled},
        {S::Queued, S::Sending},
        {S::Queued, S::Cancelled},
        {S::Sending, S::Accepted},
        {S::Sending, S::NeedsCorrection},
        {S::Sending, S::WaitingToRetry},
        {S::WaitingToRetry, S::Sending},
        {S::WaitingToRetry, S::Cancelled},
        {S::WaitingToRetry, S::WaitingToRetry},
        {S::NeedsCorrection, S::Queued},
        {S::NeedsCorrection, S::Cancelled},
        // Births: Folkeregisteret's 202, then its decision from the feed; a refusal is corrected like a rejection.
        {S::Sending, S::AcceptedForProcessing},
        {S::AcceptedForProcessing, S::Registered},
        {S::AcceptedForProcessing, S::Refused},
        {S::AcceptedForProcessing, S::AcceptedForProcessing},
        {S::Refused, S::Queued},
        {S::Refused, S::Cancelled},
    };
    int checked = 0;
    for (S from : allStates) {
        for (S to : allStates) {
            QVERIFY2(isLegalTransition(from, to) == legal.contains({from, to}),
                qPrintable(QString(stateCode(from)) + " -> " + QString(stateCode(to))));
            ++checked;
        }
    }
    QCOMPARE(checked, 100);
}

void TestItemState::terminalStatesGoNowhere()
{
    QVERIFY(isTerminal(ItemState::Accepted));
    QVERIFY(isTerminal(ItemState::Cancelled));
    QVERIFY(isTerminal(ItemState::Registered));
    QVERIFY(!isTerminal(ItemState::AcceptedForProcessing)); // the decision is still to come
    QVERIFY(!isTerminal(ItemState::Refused));                // a correction can be sent
    QVERIFY(!isTerminal(ItemState::NeedsCorrection));
    QVERIFY(!isTerminal(ItemState::WaitingToRetry));
}

QTEST_GUILESS_MAIN(TestItemState)
#include "TestItemState.moc"

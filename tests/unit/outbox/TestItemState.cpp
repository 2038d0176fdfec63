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
    ItemState::NeedsCorrection, ItemState::WaitingToRetry, ItemState::Cancelled};
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
    };
    int checked = 0;
    for (S from : allStates) {
        for (S to : allStates) {
            QVERIFY2(isLegalTransition(from, to) == legal.contains({from, to}),
                qPrintable(QString(stateCode(from)) + " -> " + QString(stateCode(to))));
            ++checked;
        }
    }
    QCOMPARE(checked, 49);
}

void TestItemState::terminalStatesGoNowhere()
{
    QVERIFY(isTerminal(ItemState::Accepted));
    QVERIFY(isTerminal(ItemState::Cancelled));
    QVERIFY(!isTerminal(ItemState::NeedsCorrection));
    QVERIFY(!isTerminal(ItemState::WaitingToRetry));
}

QTEST_GUILESS_MAIN(TestItemState)
#include "TestItemState.moc"

#include "core/codes/CodeListCache.h"
#include "core/codes/CodeSystemRegistry.h"
#include "core/codes/StandardCodeLists.h"
#include "core/notification/DeathNotificationValidator.h"
#include "support/DeathNotificationFixture.h"
#include "support/ReferenceData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Notification;
using Meldeklient::Test::DeathNotificationFixture;

// Runs the 353 real cause-of-death text chains (../shared/reference/cause-chains) through the whole validator as
// free text, as a physician would type them. Built under ASan/UBSan in CI, this is the robustness test of the rules
// on real input; it also checks that the manner-of-death rules fire on the real violent deaths.
class TestCauseChains : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyChainValidates();
};

namespace {
QString intervalCode(const QString& unit)
{
    if (unit == u"YEARS")
        return QStringLiteral("4");
    if (unit == u"MONTHS")
        return QStringLiteral("3");
    if (unit == u"WEEKS")
        return QStringLiteral("2");
    if (unit == u"DAYS" || unit == u"HOURS" || unit == u"MINUTES")
        return QStringLiteral("1");
    return QStringLiteral("5");
}

QString mannerCode(const QJsonObject& manners)
{
    // The most likely manner: N natural, A accident, S suicide, H homicide, others unknown.
    QString best;
    double likelihood = -1;
    for (auto it = manners.begin(); it != manners.end(); ++it) {
        if (it.value().toDouble() > likelihood) {
            likelihood = it.value().toDouble();
            best = it.key();
        }
    }
    if (best == u"N")
        return QStringLiteral("1");
    if (best == u"A")
        return QStringLiteral("2");
    if (best == u"S")
        return QStringLiteral("3");
    if (best == u"H")
        return QStringLiteral("4");
    return QStringLiteral("9");
}
} // namespace

void TestCauseChains::everyChainValidates()
{
    MELDEKLIENT_REQUIRE_REFERENCE(path, "cause-chains/common_literal_sequences.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray chains = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(chains.size(), 353);

    auto form = Questionnaire::Questionnaire::fromFile(":/forms/dodsaarsak.json");
    QVERIFY(form.isOk());
    QTemporaryDir emptyCache;
    Codes::CodeSystemRegistry registry;
    QVERIFY(Codes::StandardCodeLists::loadInto(registry, Codes::CodeListCache(emptyCache.path())).isEmpty());
    const DeathNotificationValidator validator(form.value(), &registry, {true});
    const QDateTime now(QDate(2026, 11, 22), QTime(12, 0));
    const DeceasedPerson person = DeceasedPerson::fromFhirPatient(
        DeathNotificationFixture::residentPatient("24047230752", "2026-11-20T03:15:00+01:00"))
                                      .value();

    int violent = 0;
    int violentFlagged = 0;
    int withErrors = 0;
    const QString letters = QStringLiteral("ABCD");
    for (const QJsonValue& value : chains) {
        const QJsonObject chain = value.toObject();
        auto fixture = DeathNotificationFixture::natural(form.value());
        for (QChar letter : letters)
            fixture.clearLine(letter);
        const QJsonArray literals = chain.value("literals").toArray();
        const QJsonArray intervals = chain.value("intervals").toArray();
        for (int i = 0; i < 4; ++i) {
            const QString text = literals.at(i).toString();
            if (text.isEmpty())
                continue;
            fixture.text(letters.at(i), text.left(220)).interval(letters.at(i), intervalCode(intervals.at(i).toString()));
        }
        const QString manner = mannerCode(chain.value("manner").toObject());
        fixture.coded("classification_death", "urn:oid:2.16.578.1.12.4.1.1.99000", manner);

        const QList<ValidationIssue> issues = validator.validate(person, fixture.response(), now);
        for (const ValidationIssue& issue : issues) {
            QVERIFY(!issue.rule.isEmpty());
            QVERIFY(!issue.message.isEmpty());
            // Messages never quote what was typed (short literals such as "CARDIAC ARREST" may coincide with
            // the wording of a message, so only distinctive ones are compared).
            const QString typed = literals.at(0).toString();
            if (typed.size() > 20)
                QVERIFY2(!issue.message.contains(typed, Qt::CaseInsensitive), qPrintable(issue.rule));
        }
        withErrors += hasErrors(issues) ? 1 : 0;
        if (manner == u"2" || manner == u"3" || manner == u"4") {
            ++violent;
            bool flagged = false;
            for (const ValidationIssue& issue : issues)
                flagged = flagged || issue.rule == u"manner-needs-injury";
            violentFlagged += flagged ? 1 : 0;
        }
    }
    qInfo("%lld chains validated: %d with errors, %d violent deaths, %d of them asked for the injury block",
        static_cast<long long>(chains.size()), withErrors, violent, violentFlagged);
    QVERIFY(violent > 0);
    QCOMPARE(violentFlagged, violent);
}

QTEST_GUILESS_MAIN(TestCauseChains)
#include "TestCauseChains.moc"

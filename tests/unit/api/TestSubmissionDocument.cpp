#include "ApiSamples.h"

#include "core/api/SubmissionDocument.h"
#include "core/notification/NotificationBundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Api;
using Meldeklient::Notification::NotificationBundle;

class TestSubmissionDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundleCarriesThePractitionerRole();
    void bundleWithTwoPractitionerRolesIsRefused();
    void deathGivesPart1AndPart2();
    void deathNeedsPractitionerRoleIdentifierDeathTimeAndFormVersion_data();
    void deathNeedsPractitionerRoleIdentifierDeathTimeAndFormVersion();
    void voidNeedsAReason();
    void jsonIsCanonicalAndRoundTrips();
    void unreadableOrInvalidJsonIsRefused_data();
    void unreadableOrInvalidJsonIsRefused();
};

void TestSubmissionDocument::bundleCarriesThePractitionerRole()
{
    const Result<NotificationBundle> bundle = NotificationBundle::fromJson(ApiSamples::bundle(ApiSamples::residentPatient()));
    QVERIFY(bundle.isOk());
    QCOMPARE(bundle->practitionerRole, ApiSamples::practitionerRole());
    const Result<NotificationBundle> without =
        NotificationBundle::fromJson(ApiSamples::bundle(ApiSamples::residentPatient(), false));
    QVERIFY(without.isOk());
    QVERIFY(without->practitionerRole.isEmpty());
}

void TestSubmissionDocument::bundleWithTwoPractitionerRolesIsRefused()
{
    QJsonObject bundle = QJsonDocument::fromJson(ApiSamples::bundle(ApiSamples::residentPatient())).object();
    QJsonArray entries = bundle.value("entry").toArray();
    entries.append(QJsonObject {{"resource", ApiSamples::practitionerRole()}});
    bundle.insert("entry", entries);
    const Result<NotificationBundle> parsed = NotificationBundle::fromJson(QJsonDocument(bundle).toJson());
    QVERIFY(!parsed.isOk());
    QCOMPARE(parsed.error().code, QStringLiteral("bundle-invalid"));
}

void TestSubmissionDocument::deathGivesPart1AndPart2()
{
    const NotificationBundle bundle = NotificationBundle::fromJson(ApiSamples::bundle(ApiSamples::residentPatient())).value();
    const Result<QList<SubmissionDocument>> documents = SubmissionDocument::forDeath(bundle);
    QVERIFY2(documents.isOk(), qPrintable(documents.isOk() ? QString() : documents.error().message));
    QCOMPARE(documents->size(), 2);
    const SubmissionDocument& part1 = documents->at(0);
    QCOMPARE(part1.kind, Outbox::ItemKind::DeathPart1);
    QCOMPARE(part1.patient, ApiSamples::residentPatient());
    QCOMPARE(part1.practitionerRole, ApiSamples::practitionerRole());
    QVERIFY(part1.questionnaireResponse.isEmpty());
    const SubmissionDocument& part2 = documents->at(1);
    QCOMPARE(part2.kind, Outbox::ItemKind::DeathPart2);
    QCOMPARE(part2.formVersion, QStringLiteral("1.0.0"));
    QCOMPARE(part2.questionnaireResponse, ApiSamples::questionnaireResponse());
    // Del 2 carries no personal identification of its own: the dødsfallId ties it to Del 1.
    QVERIFY(part2.patient.isEmpty());
    QVERIFY(!part2.toJson().contains("24047230752"));
}

void TestSubmissionDocument::deathNeedsPractitionerRoleIdentifierDeathTimeAndFormVersion_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("no PractitionerRole") << "role";
    QTest::newRow("no identifier") << "identifier";
    QTest::newRow("blank identifier value") << "blank-identifier";
    QTest::newRow("no death time") << "death-time";
    QTest::newRow("no form version") << "form-version";
    QTest::newRow("no answers") << "answers";
}

void TestSubmissionDocument::deathNeedsPractitionerRoleIdentifierDeathTimeAndFormVersion()
{
    QFETCH(QString, change);
    NotificationBundle bundle = NotificationBundle::fromJson(ApiSamples::bundle(ApiSamples::residentPatient())).value();
    if (change == "role")
        bundle.practitionerRole = {};
    else if (change == "identifier")
        bundle.patient.remove("identifier");
    else if (change == "blank-identifier")
        bundle.patient.insert("identifier", QJsonArray {QJsonObject {{"system", "urn:oid:2.16.578.1.12.4.1.4.1"}, {"value", " "}}});
    else if (change == "death-time")
        bundle.patient.remove("deceasedDateTime");
    else if (change == "form-version")
        bundle.questionnaireResponse.insert("questionnaire", "https://example.invalid/Questionnaire/dodsaarsak");
    else if (change == "answers")
        bundle.questionnaireResponse.insert("item", QJsonArray());
    const Result<QList<SubmissionDocument>> documents = SubmissionDocument::forDeath(bundle);
    QVERIFY(!documents.isOk());
    QCOMPARE(documents.error().code, QStringLiteral("submission-invalid"));
    QVERIFY(!documents.error().message.isEmpty());
}

void TestSubmissionDocument::voidNeedsAReason()
{
    const Result<SubmissionDocument> blank =
        SubmissionDocument::forVoid(ApiSamples::residentPatient(), ApiSamples::practitionerRole(), "  ");
    QVERIFY(!blank.isOk());
    QCOMPARE(blank.error().code, QStringLiteral("submission-invalid"));
    const Result<SubmissionDocument> noRole = SubmissionDocument::forVoid(ApiSamples::residentPatient(), {}, "Feil person");
    QVERIFY(!noRole.isOk());
    const Result<SubmissionDocument> voiding =
        SubmissionDocument::forVoid(ApiSamples::residentPatient(), ApiSamples::practitionerRole(), " Feil person ");
    QVERIFY(voiding.isOk());
    QCOMPARE(voiding->kind, Outbox::ItemKind::DeathVoid);
    QCOMPARE(voiding->reason, QStringLiteral("Feil person"));
}

void TestSubmissionDocument::jsonIsCanonicalAndRoundTrips()
{
    const SubmissionDocument voiding = SubmissionDocument::forVoid(
        ApiSamples::object(R"({"resourceType":"Patient","identifier":[{"value":"24047230752","system":"s"}]})"),
        ApiSamples::object(R"({"telecom":[{"value":"1","system":"phone"}],"organization":{"display":"X"}})"), "Feil")
                                           .value();
    // Compact, keys sorted, members the kind does not use left out.
    QCOMPARE(voiding.toJson(),
        QByteArray(R"({"format":"meldeklient-submission","kind":"death-void","patient":{"identifier":[{"system":"s",)"
                   R"("value":"24047230752"}],"resourceType":"Patient"},"practitionerRole":{"organization":)"
                   R"({"display":"X"},"telecom":[{"system":"phone","value":"1"}]},"reason":"Feil","version":1})"));

    const NotificationBundle bundle = NotificationBundle::fromJson(ApiSamples::bundle(ApiSamples::foreignPatient())).value();
    const QList<SubmissionDocument> documents = SubmissionDocument::forDeath(bundle).value();
    for (const SubmissionDocument& document : documents) {
        const QByteArray json = document.toJson();
        QCOMPARE(document.toJson(), json);
        const Result<SubmissionDocument> back = SubmissionDocument::fromJson(json);
        QVERIFY(back.isOk());
        QVERIFY(back.value() == document);
        QCOMPARE(back->toJson(), json);
    }
}

void TestSubmissionDocument::unreadableOrInvalidJsonIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    const QByteArray valid = SubmissionDocument::forVoid(ApiSamples::residentPatient(), ApiSamples::practitionerRole(), "x")
                                 .value()
                                 .toJson();
    const auto replaced = [&valid](const char* from, const char* to) { return QByteArray(valid).replace(from, to); };
    QTest::newRow("empty") << QByteArray() << "submission-unreadable";
    QTest::newRow("not JSON") << QByteArray("{\"format\":") << "submission-unreadable";
    QTest::newRow("array") << QByteArray("[]") << "submission-unreadable";
    QTest::newRow("a Bundle") << QByteArray(R"({"resourceType":"Bundle"})") << "submission-invalid";
    QTest::newRow("other format") << replaced("meldeklient-submission", "meldeklient-draft") << "submission-invalid";
    QTest::newRow("newer version") << replaced("\"version\":1", "\"version\":2") << "submission-invalid";
    QTest::newRow("version as text") << replaced("\"version\":1", "\"version\":\"1\"") << "submission-invalid";
    QTest::newRow("unknown kind") << replaced("death-void", "birth") << "submission-invalid";
    QTest::newRow("kind not text") << replaced("\"death-void\"", "7") << "submission-invalid";
    QTest::newRow("reason not text") << replaced("\"reason\":\"x\"", "\"reason\":[\"x\"]") << "submission-invalid";
    QTest::newRow("patient not an object") << QByteArray(R"({"format":"meldeklient-submission","version":1,"kind":"death-part1","patient":"24047230752","practitionerRole":{"a":1}})") << "submission-invalid";
    QTest::newRow("part1 without death time") << QByteArray(R"({"format":"meldeklient-submission","version":1,"kind":"death-part1","patient":{"identifier":[{"value":"1"}]},"practitionerRole":{"a":1}})") << "submission-invalid";
    QTest::newRow("part2 without answers") << QByteArray(R"({"format":"meldeklient-submission","version":1,"kind":"death-part2","formVersion":"1","practitionerRole":{"a":1}})") << "submission-invalid";
}

void TestSubmissionDocument::unreadableOrInvalidJsonIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    const Result<SubmissionDocument> document = SubmissionDocument::fromJson(json);
    QVERIFY(!document.isOk());
    QCOMPARE(document.error().code, code);
    QVERIFY(!document.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestSubmissionDocument)
#include "TestSubmissionDocument.moc"

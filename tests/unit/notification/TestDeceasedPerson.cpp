#include "core/notification/DeceasedPersonRules.h"
#include "support/ReferenceData.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Meldeklient::Notification;
using Meldeklient::Identity::Sex;

namespace {
const QDateTime now(QDate(2026, 11, 22), QTime(12, 0));
const DeceasedPersonRules::Options production {false};
const DeceasedPersonRules::Options sandbox {true};

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonObject resident(const QString& system, const QString& number, const QString& extra = {})
{
    return QJsonDocument::fromJson(QStringLiteral(R"({"resourceType":"Patient","identifier":[{"use":"usual",
        "system":"%1","value":"%2"}],"deceasedDateTime":"2026-11-20T03:15:00+01:00"%3})")
                                       .arg(system, number, extra)
                                       .toUtf8())
        .object();
}

QStringList rules(const QList<ValidationIssue>& issues)
{
    QStringList result;
    for (const ValidationIssue& issue : issues)
        result.append(issue.rule);
    return result;
}

QJsonObject firstJsonBlock(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    const QRegularExpression block(QStringLiteral("```json\\s*(\\{.*?\\})\\s*```"),
        QRegularExpression::DotMatchesEverythingOption);
    return QJsonDocument::fromJson(block.match(text).captured(1).toUtf8()).object();
}
} // namespace

class TestDeceasedPerson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsResidentPatient();
    void structuralErrors_data();
    void structuralErrors();
    void validResidentIsQuiet();
    void identifierRules_data();
    void identifierRules();
    void conflictsWithTheNumber();
    void pufRules();
    void deathDateRules();
    void nhnSamplesRead();
};

void TestDeceasedPerson::readsResidentPatient()
{
    const auto person = DeceasedPerson::fromFhirPatient(resident("urn:oid:2.16.578.1.12.4.1.4.1", "24047230752"));
    QVERIFY(person.isOk());
    QVERIFY(!person->isPuf());
    QCOMPARE(person->identifierValue, "24047230752");
    // The civil date of death is kept as written, not shifted by the time zone.
    QCOMPARE(person->deathDate, QDate(2026, 11, 20));
    QCOMPARE(person->deathTime, QTime(3, 15));
    QCOMPARE(DeceasedPersonRules::effectiveBirthDate(*person), QDate(1972, 4, 24));
    QCOMPARE(DeceasedPersonRules::effectiveSex(*person), Sex::Male);
}

void TestDeceasedPerson::structuralErrors_data()
{
    QTest::addColumn<QString>("patient");
    QTest::newRow("not a patient") << R"({"resourceType":"Observation"})";
    QTest::newRow("identifier not a list") << R"({"resourceType":"Patient","identifier":{}})";
    QTest::newRow("identifier value number") << R"({"resourceType":"Patient","identifier":[{"value":24047230752}]})";
    QTest::newRow("bad birth date") << R"({"resourceType":"Patient","birthDate":"1972-02-30"})";
    QTest::newRow("bad gender") << R"({"resourceType":"Patient","gender":"f"})";
    QTest::newRow("bad death date") << R"({"resourceType":"Patient","deceasedDateTime":"20.11.2026"})";
    QTest::newRow("bad death time") << R"({"resourceType":"Patient","deceasedDateTime":"2026-11-20T25:00:00Z"})";
}

void TestDeceasedPerson::structuralErrors()
{
    QFETCH(QString, patient);
    const auto person = DeceasedPerson::fromFhirPatient(QJsonDocument::fromJson(patient.toUtf8()).object());
    QVERIFY(!person.isOk());
    QCOMPARE(person.error().code, "patient-invalid");
    QVERIFY(person.error().message.contains("Patient"));
}

void TestDeceasedPerson::validResidentIsQuiet()
{
    const auto person = DeceasedPerson::fromFhirPatient(resident("urn:oid:2.16.578.1.12.4.1.4.1", "24047230752"));
    QCOMPARE(rules(DeceasedPersonRules::check(*person, now, production)), QStringList {});
    const auto dnr = DeceasedPerson::fromFhirPatient(resident("urn:oid:2.16.578.1.12.4.1.4.2", "71017050138"));
    QCOMPARE(rules(DeceasedPersonRules::check(*dnr, now, production)), QStringList {});
}

void TestDeceasedPerson::identifierRules_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("sandboxEnvironment");
    QTest::addColumn<QStringList>("expected");
    const QString fnr = "urn:oid:2.16.578.1.12.4.1.4.1";
    const QString dnr = "urn:oid:2.16.578.1.12.4.1.4.2";
    QTest::newRow("missing") << fnr << "" << false << QStringList {"deceased-id-missing"};
    QTest::newRow("check digit") << fnr << "24047230753" << false << QStringList {"deceased-id-invalid"};
    QTest::newRow("H-nummer") << fnr << "01459912300" << false << QStringList {"deceased-id-type-refused"};
    QTest::newRow("FH-nummer") << fnr << "81234567802" << false << QStringList {"deceased-id-type-refused"};
    QTest::newRow("synthetic in production") << fnr << "01914796756" << false << QStringList {"deceased-id-synthetic"};
    QTest::newRow("synthetic in sandbox") << fnr << "01914796756" << true << QStringList {};
    QTest::newRow("D-nummer marked as FNR") << fnr << "71017050138" << false
                                            << QStringList {"deceased-id-system-mismatch"};
    QTest::newRow("FNR marked as D-nummer") << dnr << "24047230752" << false
                                            << QStringList {"deceased-id-system-mismatch"};
}

void TestDeceasedPerson::identifierRules()
{
    QFETCH(QString, system);
    QFETCH(QString, number);
    QFETCH(bool, sandboxEnvironment);
    QFETCH(QStringList, expected);
    const auto person = DeceasedPerson::fromFhirPatient(resident(system, number));
    QVERIFY(person.isOk());
    const auto issues = DeceasedPersonRules::check(*person, now, sandboxEnvironment ? sandbox : production);
    QCOMPARE(rules(issues), expected);
    for (const ValidationIssue& issue : issues) {
        QVERIFY(!issue.message.isEmpty());
        QVERIFY2(!issue.message.contains(number) || number.isEmpty(), "messages must not repeat the identifier");
    }
}

void TestDeceasedPerson::conflictsWithTheNumber()
{
    const auto person = DeceasedPerson::fromFhirPatient(resident("urn:oid:2.16.578.1.12.4.1.4.1", "24047230752",
        R"(,"gender":"female","birthDate":"1972-04-25")"));
    QVERIFY(person.isOk());
    const QStringList found = rules(DeceasedPersonRules::check(*person, now, production));
    QCOMPARE(found, (QStringList {"deceased-sex-conflict", "deceased-birthdate-conflict"}));
}

void TestDeceasedPerson::pufRules()
{
    const QJsonObject complete = json(R"({"resourceType":"Patient","identifier":[{"use":"usual","system":" ",
        "type":{"coding":[{"system":"https://api.helsepunkt.no/api/koder/8116","code":"PNR"}]},"value":"X1234567"}],
        "deceasedDateTime":"2026-11-20","birthDate":"1990-05-01","gender":"female",
        "name":[{"family":"Andersson","given":["Karin"]}],"address":[{"country":"SE"}]})");
    auto person = DeceasedPerson::fromFhirPatient(complete);
    QVERIFY(person.isOk());
    QVERIFY(person->isPuf());
    QCOMPARE(rules(DeceasedPersonRules::check(*person, now, production)), QStringList {});

    DeceasedPerson broken = *person;
    broken.identifierTypeCode = "ABC";
    broken.identifierValue.clear();
    broken.familyName.clear();
    broken.birthDate.reset();
    broken.genderGiven = false;
    broken.country = "Sweden";
    QCOMPARE(rules(DeceasedPersonRules::check(broken, now, production)),
        (QStringList {"puf-id-type-unknown", "puf-id-missing", "puf-name-missing", "puf-birthdate-missing",
            "puf-sex-missing", "puf-country-invalid"}));
    broken.country.clear();
    QVERIFY(rules(DeceasedPersonRules::check(broken, now, production)).contains("puf-country-missing"));
    broken.identifierTypeCode = "FNR";
    QVERIFY(rules(DeceasedPersonRules::check(broken, now, production)).contains("puf-id-type-unknown"));
}

void TestDeceasedPerson::deathDateRules()
{
    auto person = DeceasedPerson::fromFhirPatient(resident("urn:oid:2.16.578.1.12.4.1.4.1", "24047230752"));
    DeceasedPerson p = *person;
    p.deathDate.reset();
    QCOMPARE(rules(DeceasedPersonRules::check(p, now, production)), QStringList {"death-date-missing"});
    p.deathDate = QDate(2026, 11, 23);
    QCOMPARE(rules(DeceasedPersonRules::check(p, now, production)), QStringList {"death-in-future"});
    p.deathDate = QDate(2026, 11, 22);
    p.deathTime = QTime(18, 0); // later today than "now"
    QCOMPARE(rules(DeceasedPersonRules::check(p, now, production)), QStringList {"death-in-future"});
    p.deathTime = QTime(11, 30);
    QCOMPARE(rules(DeceasedPersonRules::check(p, now, production)), QStringList {});
    p.deathDate = QDate(1970, 1, 1); // before the birth date in the number (1972)
    p.deathTime.reset();
    QCOMPARE(rules(DeceasedPersonRules::check(p, now, production)), QStringList {"death-before-birth"});
}

void TestDeceasedPerson::nhnSamplesRead()
{
    MELDEKLIENT_REQUIRE_REFERENCE(residentPath, "nhn-dodsmelding-fhir/sample-Patient.md");
    MELDEKLIENT_REQUIRE_REFERENCE(foreignerPath, "nhn-dodsmelding-fhir/sample-Patient-foreigner.md");
    const auto residentSample = DeceasedPerson::fromFhirPatient(firstJsonBlock(residentPath));
    QVERIFY(residentSample.isOk());
    QCOMPARE(rules(DeceasedPersonRules::check(*residentSample, now, production)), QStringList {});
    const auto foreigner = DeceasedPerson::fromFhirPatient(firstJsonBlock(foreignerPath));
    QVERIFY(foreigner.isOk());
    QVERIFY(foreigner->isPuf());
    QCOMPARE(foreigner->identifierTypeCode, "DUF");
    QCOMPARE(foreigner->country, "DK");
    QCOMPARE(foreigner->givenNames.size(), 2);
    QCOMPARE(rules(DeceasedPersonRules::check(*foreigner, now, production)), QStringList {});
}

QTEST_GUILESS_MAIN(TestDeceasedPerson)
#include "TestDeceasedPerson.moc"

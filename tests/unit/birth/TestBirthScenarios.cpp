// Every "Done when" case of issue 12 passes the birth rules and becomes one foedselsmelding per child that is
// valid against Folkeregisteret's XSD (xmllint), with plurality, birth order, live/stillborn and correction as the
// case says.
#include "core/birth/BirthAnswers.h"
#include "core/birth/BirthNotificationValidator.h"
#include "core/birth/CountryCodes.h"
#include "core/birth/FoedselsmeldingWriter.h"
#include "core/questionnaire/Questionnaire.h"
#include "support/BirthNotificationFixture.h"
#include "support/ReferenceData.h"

#include "core/questionnaire/QuestionnaireResponseJson.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace Meldeklient;
using Scenario = Test::BirthNotificationFixture::Scenario;

namespace {
QString elementText(const QByteArray& xml, const QString& name)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            return reader.readElementText();
    }
    return QStringLiteral("<absent>");
}
} // namespace

class TestBirthScenarios : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scenario_data();
    void scenario();
    void repeatsRoundTripThroughJson();
    void sameInputGivesSameBytes();
    void decomposedNamesAreSentAsNfc();

private:
    std::optional<Questionnaire::Questionnaire> m_form;
    std::optional<Birth::CountryCodes> m_countries;
    const QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 15), QTimeZone(3600));
};

void TestBirthScenarios::initTestCase()
{
    Result<Questionnaire::Questionnaire> form
        = Questionnaire::Questionnaire::fromFile(Birth::BirthNotificationValidator::formPath());
    QVERIFY2(form.isOk(), qPrintable(form.isOk() ? QString() : form.error().message));
    m_form = form.value();
    Result<Birth::CountryCodes> countries = Birth::CountryCodes::load();
    QVERIFY2(countries.isOk(), "iso-codes is a dependency (.ci/install-deps.sh)");
    m_countries = countries.value();
    QCOMPARE(m_countries->size(), 249 + 3);
}

void TestBirthScenarios::scenario_data()
{
    QTest::addColumn<int>("scenario");
    const QList<Scenario> all = Test::BirthNotificationFixture::all();
    QCOMPARE(all.size(), 11);
    for (Scenario scenario : all)
        QTest::newRow(qPrintable(Test::BirthNotificationFixture::name(scenario))) << static_cast<int>(scenario);
}

void TestBirthScenarios::scenario()
{
    QFETCH(int, scenario);
    const auto which = static_cast<Scenario>(scenario);
    const QDate born = m_now.date().addDays(-1);
    const Questionnaire::QuestionnaireResponse response = Test::BirthNotificationFixture::response(which, born);

    Birth::BirthRules::Options options;
    options.allowSyntheticNumbers = true;
    options.countries = &*m_countries;
    const QList<Questionnaire::ValidationIssue> issues
        = Birth::BirthNotificationValidator(*m_form, options).validate(response, m_now);
    QStringList found;
    for (const Questionnaire::ValidationIssue& issue : issues)
        found.append(issue.rule + u'@' + issue.linkId);
    QVERIFY2(issues.isEmpty(), qPrintable(found.join(u", ")));

    Birth::FoedselsmeldingWriter::Options writerOptions;
    writerOptions.messageIdPrefix = QStringLiteral("case");
    writerOptions.now = m_now;
    const QList<Birth::BirthMessage> messages
        = Birth::FoedselsmeldingWriter::write(Birth::BirthAnswers(*m_form, response), writerOptions);
    const int children = Test::BirthNotificationFixture::childCount(which);
    QCOMPARE(messages.size(), children);
    int liveBorn = 0;
    for (const Birth::BirthMessage& message : messages) {
        QCOMPARE(elementText(message.xml, QStringLiteral("avsendersMeldingsidentifikator")),
            QStringLiteral("case-%1").arg(message.childNumber));
        QCOMPARE(elementText(message.xml, QStringLiteral("antallBarnVedFlerfoedsel")),
            children > 1 ? QString::number(children) : QStringLiteral("<absent>"));
        QCOMPARE(elementText(message.xml, QStringLiteral("rekkefoelgenummerVedFlerfoedsel")),
            children > 1 ? QString::number(children * 10 + message.childNumber) : QStringLiteral("<absent>"));
        QCOMPARE(elementText(message.xml, QStringLiteral("erLevendefoedt")),
            message.liveBorn ? QStringLiteral("true") : QStringLiteral("false"));
        QCOMPARE(elementText(message.xml, QStringLiteral("erKorrigertForespoersel")),
            which == Scenario::Correction ? QStringLiteral("true") : QStringLiteral("false"));
        QCOMPARE(elementText(message.xml, QStringLiteral("registreringsdato")), QStringLiteral("2026-03-02"));
        QCOMPARE(elementText(message.xml, QStringLiteral("foedselsdato")), born.toString(Qt::ISODate));
        // The clinical groups never leave the machine.
        QVERIFY(!message.xml.contains("klinisk") && !message.xml.contains("3450") && !message.xml.contains("apgar"));
        liveBorn += message.liveBorn ? 1 : 0;
    }
    QCOMPARE(liveBorn, Test::BirthNotificationFixture::liveBornCount(which));
    const QByteArray first = messages.constFirst().xml;
    switch (which) {
    case Scenario::BirthAbroad:
        QCOMPARE(elementText(first, QStringLiteral("foedeland")), QStringLiteral("SWE"));
        QCOMPARE(elementText(first, QStringLiteral("foedekommunenummer")), QStringLiteral("<absent>"));
        break;
    case Scenario::UnknownFather:
        QVERIFY(!first.contains("farEllerMedmor"));
        break;
    case Scenario::CoMother:
        QCOMPARE(elementText(first, QStringLiteral("erMedmor")), QStringLiteral("true"));
        break;
    case Scenario::ParentsApart:
        QCOMPARE(elementText(first, QStringLiteral("foreldreBorSammen")), QStringLiteral("false"));
        QCOMPARE(elementText(first, QStringLiteral("foreldreErGift")), QStringLiteral("false"));
        break;
    case Scenario::MotherWithoutNumber:
        QCOMPARE(elementText(first, QStringLiteral("etternavn")), QStringLiteral("Kowalska"));
        QCOMPARE(elementText(first, QStringLiteral("landkode")), QStringLiteral("POL"));
        break;
    case Scenario::HomeBirth:
        QCOMPARE(elementText(first, QStringLiteral("foedselsinstitusjonsnavn")), QStringLiteral("Hjemmefødsel"));
        QVERIFY(first.contains("<jordmorEllerForloesendeLege>") && first.contains("<foedselsvitne>"));
        break;
    case Scenario::SamiNames:
        QCOMPARE(elementText(first, QStringLiteral("mellomnavn")), QStringLiteral("Áđđá"));
        break;
    case Scenario::Correction:
        QCOMPARE(elementText(first, QStringLiteral("identifikatorForOpprinneligMelding")),
            QStringLiteral("3f0c9a4e-2b1d-4c55-9a7e-0d6c1f2e8b11-1"));
        break;
    default:
        break;
    }

    MELDEKLIENT_REQUIRE_REFERENCE(xsd, "folkeregisteret/Foedselsmelding_v1.1.xsd");
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        QSKIP("xmllint is not installed (package libxml2-utils)");
    for (const Birth::BirthMessage& message : messages) {
        const QString errors = Test::schemaErrors(xmllint, xsd, message.xml);
        QVERIFY2(errors.isEmpty(), qPrintable(message.messageId + u' ' + errors));
    }
}

void TestBirthScenarios::repeatsRoundTripThroughJson()
{
    const Questionnaire::QuestionnaireResponse response
        = Test::BirthNotificationFixture::response(Scenario::TripletsOneStillborn, QDate(2026, 3, 1));
    const QByteArray json = Questionnaire::QuestionnaireResponseJson::writeJson(*m_form, response);
    QCOMPARE(json.count("\"linkId\":\"barn\""), 3);
    const Result<Questionnaire::QuestionnaireResponse> read
        = Questionnaire::QuestionnaireResponseJson::read(*m_form, json);
    QVERIFY2(read.isOk(), qPrintable(read.isOk() ? QString() : read.error().message));
    QCOMPARE(read->repeatCount(QStringLiteral("barn")), 3);
    QCOMPARE(read->repeats(QStringLiteral("barn")).at(1).boolean(QStringLiteral("barn.erLevendefoedt")), false);
    QCOMPARE(Questionnaire::QuestionnaireResponseJson::writeJson(*m_form, read.value()), json);
}

void TestBirthScenarios::sameInputGivesSameBytes()
{
    const Questionnaire::QuestionnaireResponse response
        = Test::BirthNotificationFixture::response(Scenario::Twins, QDate(2026, 3, 1));
    Birth::FoedselsmeldingWriter::Options options;
    options.messageIdPrefix = QStringLiteral("p");
    options.now = m_now;
    const auto write
        = [&] { return Birth::FoedselsmeldingWriter::write(Birth::BirthAnswers(*m_form, response), options); };
    const QList<Birth::BirthMessage> first = write();
    const QList<Birth::BirthMessage> second = write();
    QCOMPARE(first.size(), 2);
    for (int i = 0; i < first.size(); ++i)
        QCOMPARE(first.at(i).xml, second.at(i).xml);
    QVERIFY(first.at(0).xml != first.at(1).xml);
}

void TestBirthScenarios::decomposedNamesAreSentAsNfc()
{
    Questionnaire::QuestionnaireResponse response
        = Test::BirthNotificationFixture::response(Scenario::SamiNames, m_now.date().addDays(-1));
    const QString decomposed = QStringLiteral(u"A\u0301slat");
    response.setAnswer(
        QStringLiteral("farEllerMedmor.navn.fornavn"), Questionnaire::AnswerValue::fromString(decomposed));
    Birth::BirthRules::Options options;
    options.allowSyntheticNumbers = true;
    options.countries = &*m_countries;
    QVERIFY(Birth::BirthNotificationValidator(*m_form, options).validate(response, m_now).isEmpty());
    Birth::FoedselsmeldingWriter::Options writerOptions;
    writerOptions.messageIdPrefix = QStringLiteral("nfc");
    writerOptions.now = m_now;
    const QList<Birth::BirthMessage> messages
        = Birth::FoedselsmeldingWriter::write(Birth::BirthAnswers(*m_form, response), writerOptions);
    QCOMPARE(messages.size(), 1);
    const QString xml = QString::fromUtf8(messages.constFirst().xml);
    QVERIFY(xml.contains(QStringLiteral(u"<fornavn>Áslat</fornavn>")));
    QVERIFY(!xml.contains(QChar(0x301)));
}

QTEST_GUILESS_MAIN(TestBirthScenarios)
#include "TestBirthScenarios.moc"

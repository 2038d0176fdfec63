#include "support/BirthNotificationFixture.h"

#include "core/questionnaire/QuestionnaireResponseJson.h"
#include "support/SyntheticPersons.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Meldeklient::Test {

using Questionnaire::AnswerValue;
using Questionnaire::QuestionnaireResponse;

namespace {

AnswerValue text(const QString& value)
{
    return AnswerValue::fromString(value);
}

AnswerValue date(const QDate& value)
{
    return AnswerValue::fromTemporal(Questionnaire::ValueType::Date, value.toString(Qt::ISODate)).value();
}

void setPlaceInNorway(QuestionnaireResponse& response, const QString& institution)
{
    response.setAnswer(QStringLiteral("foedested.foedselsinstitusjonsnavn"), text(institution));
    response.setAnswer(QStringLiteral("foedested.foedekommunenummer"), text(QStringLiteral("5501")));
    response.setAnswer(QStringLiteral("foedested.foedekommunenavn"), text(QStringLiteral("Tromsø")));
}

} // namespace

QList<BirthNotificationFixture::Scenario> BirthNotificationFixture::all()
{
    return {Scenario::SingleLiveBirth, Scenario::Twins, Scenario::TripletsOneStillborn, Scenario::BirthAbroad,
        Scenario::UnknownFather, Scenario::CoMother, Scenario::ParentsApart, Scenario::MotherWithoutNumber,
        Scenario::HomeBirth, Scenario::SamiNames, Scenario::Correction};
}

QString BirthNotificationFixture::name(Scenario scenario)
{
    switch (scenario) {
    case Scenario::SingleLiveBirth:
        return QStringLiteral("single live birth");
    case Scenario::Twins:
        return QStringLiteral("twins");
    case Scenario::TripletsOneStillborn:
        return QStringLiteral("triplets, one stillborn");
    case Scenario::BirthAbroad:
        return QStringLiteral("birth abroad");
    case Scenario::UnknownFather:
        return QStringLiteral("unknown father");
    case Scenario::CoMother:
        return QStringLiteral("co-mother");
    case Scenario::ParentsApart:
        return QStringLiteral("parents neither married nor living together");
    case Scenario::MotherWithoutNumber:
        return QStringLiteral("mother without a Norwegian number");
    case Scenario::HomeBirth:
        return QStringLiteral("home birth");
    case Scenario::SamiNames:
        return QStringLiteral("Sami letters in names");
    case Scenario::Correction:
        return QStringLiteral("correction");
    }
    return {};
}

int BirthNotificationFixture::childCount(Scenario scenario)
{
    return scenario == Scenario::Twins ? 2 : scenario == Scenario::TripletsOneStillborn ? 3 : 1;
}

int BirthNotificationFixture::liveBornCount(Scenario scenario)
{
    return scenario == Scenario::TripletsOneStillborn ? 2 : childCount(scenario);
}

QString BirthNotificationFixture::fatherNumber()
{
    return SyntheticPersons::personNumbers(1, 12).constFirst();
}

QuestionnaireResponse BirthNotificationFixture::child(const QDate& born, bool liveBorn, const QString& sexCode)
{
    QuestionnaireResponse repeat;
    repeat.setAnswer(QStringLiteral("barn.foedselsdato"), date(born));
    repeat.setAnswer(QStringLiteral("barn.erLevendefoedt"), AnswerValue::fromBoolean(liveBorn));
    repeat.setAnswer(QStringLiteral("barn.kjoenn"),
        AnswerValue::fromCoding(Codes::Coding {QStringLiteral("urn:oid:2.16.578.1.12.4.1.1.3101"), sexCode, {}, {}}));
    repeat.setAnswer(QStringLiteral("barn.klinisk.foedselsvekt"), AnswerValue::fromInteger(liveBorn ? 3450 : 2100));
    repeat.setAnswer(QStringLiteral("barn.klinisk.lengde"), AnswerValue::fromDecimal(50.5));
    repeat.setAnswer(QStringLiteral("barn.klinisk.hodeomkrets"), AnswerValue::fromDecimal(35));
    if (liveBorn) {
        repeat.setAnswer(QStringLiteral("barn.klinisk.apgar1"), AnswerValue::fromInteger(8));
        repeat.setAnswer(QStringLiteral("barn.klinisk.apgar5"), AnswerValue::fromInteger(10));
    }
    return repeat;
}

QuestionnaireResponse BirthNotificationFixture::response(Scenario scenario, const QDate& born)
{
    QuestionnaireResponse response;
    response.setQuestionnaire(
        QStringLiteral("https://example.invalid/meldeklient/fhir/Questionnaire/fodselsmelding|1.0.0"));
    response.setStatus(QuestionnaireResponse::Status::Completed);
    const bool apart = scenario == Scenario::ParentsApart;
    response.setAnswer(QStringLiteral("foreldreBorSammen"), AnswerValue::fromBoolean(!apart));
    response.setAnswer(QStringLiteral("foreldreErGift"), AnswerValue::fromBoolean(!apart));
    const QStringList sexes = {QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("2")};
    for (int i = 0; i < childCount(scenario); ++i) {
        const bool live = !(scenario == Scenario::TripletsOneStillborn && i == 1);
        response.appendRepeat(QStringLiteral("barn"), child(born, live, sexes.at(i)));
    }
    response.setAnswer(
        QStringLiteral("klinisk.svangerskapsuker"), AnswerValue::fromInteger(childCount(scenario) > 1 ? 35 : 39));
    response.setAnswer(QStringLiteral("klinisk.svangerskapsdager"), AnswerValue::fromInteger(3));

    if (scenario == Scenario::MotherWithoutNumber) {
        response.setAnswer(QStringLiteral("mor.navn.fornavn"), text(QStringLiteral("Anna Maria")));
        response.setAnswer(QStringLiteral("mor.navn.etternavn"), text(QStringLiteral("Kowalska")));
        response.setAnswer(QStringLiteral("mor.foedselsdato"), date(QDate(1994, 3, 17)));
        response.setAnswer(QStringLiteral("mor.statsborgerskap"), text(QStringLiteral("POL")));
        response.setAnswer(QStringLiteral("mor.bostedsEllerOppholdsadresse.adressenErAvvikendeFraFolkeregisteret"),
            AnswerValue::fromBoolean(true));
        response.setAnswer(
            QStringLiteral("mor.bostedsEllerOppholdsadresse.kommunenummer"), text(QStringLiteral("5501")));
        response.setAnswer(
            QStringLiteral("mor.bostedsEllerOppholdsadresse.adressenavn"), text(QStringLiteral("Storgata")));
        response.setAnswer(
            QStringLiteral("mor.bostedsEllerOppholdsadresse.adressenummer.husnummer"), text(QStringLiteral("12")));
        response.setAnswer(
            QStringLiteral("mor.bostedsEllerOppholdsadresse.adressenummer.husbokstav"), text(QStringLiteral("B")));
        response.setAnswer(
            QStringLiteral("mor.bostedsEllerOppholdsadresse.poststed.postnummer"), text(QStringLiteral("9008")));
        response.setAnswer(
            QStringLiteral("mor.bostedsEllerOppholdsadresse.poststed.poststedsnavn"), text(QStringLiteral("Tromsø")));
        // ł and ń are outside the register's address characters (TestRegisterText), so the address is written
        // as Folkeregisteret takes it.
        response.setAnswer(QStringLiteral("mor.utenlandskAdresse.adressenavn"), text(QStringLiteral("ul. Dluga 5")));
        response.setAnswer(QStringLiteral("mor.utenlandskAdresse.byEllerStedsnavn"), text(QStringLiteral("Gdansk")));
        response.setAnswer(QStringLiteral("mor.utenlandskAdresse.landkode"), text(QStringLiteral("POL")));
    } else if (scenario == Scenario::SamiNames) {
        // Lower-case đ and Ŋ/ŧ are accepted; capital Đ is not (birth.md §7), so the names avoid it.
        response.setAnswer(QStringLiteral("mor.navn.fornavn"), text(QStringLiteral("Máret Ánne")));
        response.setAnswer(QStringLiteral("mor.navn.mellomnavn"), text(QStringLiteral("Áđđá")));
        response.setAnswer(QStringLiteral("mor.navn.etternavn"), text(QStringLiteral("Ŋuvttoš-Šimma")));
        response.setAnswer(QStringLiteral("mor.foedselsdato"), date(QDate(1992, 8, 1)));
        response.setAnswer(QStringLiteral("mor.statsborgerskap"), text(QStringLiteral("NOR")));
    } else {
        response.setAnswer(QStringLiteral("mor.foedselsEllerDNummer"), text(motherNumber()));
    }

    if (scenario == Scenario::CoMother) {
        response.setAnswer(QStringLiteral("farEllerMedmor.foedselsEllerDNummer"), text(fatherNumber()));
        response.setAnswer(QStringLiteral("farEllerMedmor.erMedmor"), AnswerValue::fromBoolean(true));
    } else if (scenario == Scenario::SamiNames) {
        response.setAnswer(QStringLiteral("farEllerMedmor.navn.fornavn"), text(QStringLiteral("Ánde Áslat")));
        response.setAnswer(QStringLiteral("farEllerMedmor.navn.etternavn"), text(QStringLiteral("Šimma Ŧoavvo")));
        response.setAnswer(QStringLiteral("farEllerMedmor.foedselsdato"), date(QDate(1990, 1, 2)));
    } else if (scenario != Scenario::UnknownFather) {
        response.setAnswer(QStringLiteral("farEllerMedmor.foedselsEllerDNummer"), text(fatherNumber()));
    }

    if (scenario == Scenario::BirthAbroad) {
        response.setAnswer(QStringLiteral("foedestedIUtlandet.foedselsinstitusjonsnavnIUtlandet"),
            text(QStringLiteral("Karolinska universitetssjukhuset")));
        response.setAnswer(QStringLiteral("foedestedIUtlandet.foedeland"), text(QStringLiteral("SWE")));
        response.setAnswer(QStringLiteral("foedestedIUtlandet.foedestedIUtlandet"), text(QStringLiteral("Stockholm")));
    } else {
        setPlaceInNorway(response,
            scenario == Scenario::HomeBirth ? QStringLiteral("Hjemmefødsel")
                                            : QStringLiteral("Universitetssykehuset Nord-Norge"));
    }
    if (scenario == Scenario::HomeBirth) {
        response.setAnswer(QStringLiteral("jordmorEllerForloesendeLege.navn.fornavn"), text(QStringLiteral("Kari")));
        response.setAnswer(
            QStringLiteral("jordmorEllerForloesendeLege.navn.etternavn"), text(QStringLiteral("Nordmann")));
        response.setAnswer(QStringLiteral("foedselsvitne.navn.fornavn"), text(QStringLiteral("Ola")));
        response.setAnswer(QStringLiteral("foedselsvitne.navn.etternavn"), text(QStringLiteral("Nordmann")));
    }
    if (scenario == Scenario::Correction) {
        response.setAnswer(QStringLiteral("korrigering.identifikatorForOpprinneligMelding"),
            text(QStringLiteral("3f0c9a4e-2b1d-4c55-9a7e-0d6c1f2e8b11-1")));
    }
    return response;
}

QByteArray BirthNotificationFixture::bundleJson(
    const Questionnaire::Questionnaire& form, const QuestionnaireResponse& response)
{
    const QJsonObject entry {
        {QStringLiteral("resource"), Questionnaire::QuestionnaireResponseJson::write(form, response)}};
    const QJsonObject bundle {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
        {QStringLiteral("type"), QStringLiteral("collection")}, {QStringLiteral("entry"), QJsonArray {entry}}};
    return QJsonDocument(bundle).toJson();
}

} // namespace Meldeklient::Test

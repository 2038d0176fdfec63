#include "core/birth/BirthRules.h"

#include "core/birth/BirthAnswers.h"
#include "core/birth/CountryCodes.h"
#include "core/birth/RegisterText.h"
#include "core/identity/PersonNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Meldeklient::Birth {

using Identity::IdentifierCheck;
using Identity::IdentifierType;
using Questionnaire::ValidationIssue;
using Severity = ValidationIssue::Severity;

namespace {

// Clinical plausibility limits (birth.md §5): outside them a warning asks the midwife to check the value.
constexpr qint64 minWeightGrams = 500;
constexpr qint64 maxWeightGrams = 5500;
constexpr qint64 kilogramLookingGrams = 10;
constexpr double minLengthCm = 35;
constexpr double maxLengthCm = 60;
constexpr double minHeadCm = 28;
constexpr double maxHeadCm = 42;
constexpr qint64 minGestationDays = 22 * 7; // 22+0, WHO perinatal period
constexpr qint64 maxGestationDays = 43 * 7 + 6; // 43+6
constexpr qint64 stillbirthDutyDays = 28 * 7; // FOR-1982-10-25-1524 § 1
constexpr int lateAfterDays = 7;

class Collector
{
public:
    explicit Collector(int repeat = -1)
        : m_repeat(repeat)
    {
    }

    void add(Severity severity, const char* rule, const QString& linkId, const QString& message)
    {
        m_issues.append(ValidationIssue {severity, QString::fromLatin1(rule), linkId, message, m_repeat});
    }
    void error(const char* rule, const QString& linkId, const QString& message)
    {
        add(Severity::Error, rule, linkId, message);
    }
    void warning(const char* rule, const QString& linkId, const QString& message)
    {
        add(Severity::Warning, rule, linkId, message);
    }
    QList<ValidationIssue>& issues() { return m_issues; }

private:
    int m_repeat;
    QList<ValidationIssue> m_issues;
};

void checkIdentifier(const BirthAnswers& answers, const QString& linkId, const BirthRules::Options& options,
    Collector& out, std::optional<QString>* normalized = nullptr)
{
    const std::optional<QString> value = answers.text(linkId);
    if (!value)
        return;
    const IdentifierCheck check = Identity::PersonNumber::check(*value);
    if (check.type == IdentifierType::HNummer || check.type == IdentifierType::FellesHjelpenummer) {
        out.error("birth-id-type-refused", linkId,
            QCoreApplication::translate("Birth",
                "The number is an auxiliary number (%1). Folkeregisteret accepts only a fødselsnummer or D-nummer "
                "here; without one, give the name and date of birth instead.")
                .arg(Identity::identifierTypeName(check.type)));
        return;
    }
    if (!check.isValid()) {
        QStringList reasons;
        for (Identity::IdentifierProblem problem : check.problems())
            reasons.append(Identity::identifierProblemMessage(problem));
        out.error("birth-id-invalid", linkId,
            QCoreApplication::translate("Birth", "The fødselsnummer or D-nummer is not valid: %1")
                .arg(reasons.join(u' ')));
        return;
    }
    const bool synthetic
        = check.type == IdentifierType::SyntheticFodselsnummer || check.type == IdentifierType::SyntheticDNummer;
    if (synthetic && !options.allowSyntheticNumbers) {
        out.error("birth-id-synthetic", linkId,
            QCoreApplication::translate(
                "Birth", "This is a synthetic test number. It can only be used in the test and sandbox environments."));
    }
    if (normalized)
        *normalized = check.normalized();
}

void checkName(const BirthAnswers& answers, const QString& linkId, Collector& out)
{
    const std::optional<QString> value = answers.text(linkId);
    if (!value)
        return;
    if (const std::optional<char32_t> refused
        = RegisterText::refusedCharacter(*value, RegisterText::Kind::PersonName)) {
        out.error("birth-name-character", linkId,
            QCoreApplication::translate("Birth",
                "The name contains the character %1, which Folkeregisteret does not accept in names. Write the name "
                "with letters the register accepts (for example Đ as Ð or D).")
                .arg(RegisterText::describe(*refused)));
    }
}

void checkNames(const BirthAnswers& answers, const QString& person, Collector& out)
{
    for (const char* part : {".navn.fornavn", ".navn.mellomnavn", ".navn.etternavn"})
        checkName(answers, person + QLatin1StringView(part), out);
}

void checkAddressText(const BirthAnswers& answers, const QString& linkId, Collector& out)
{
    const std::optional<QString> value = answers.text(linkId);
    if (!value)
        return;
    if (const std::optional<char32_t> refused = RegisterText::refusedCharacter(*value, RegisterText::Kind::Address)) {
        out.error("birth-address-character", linkId,
            QCoreApplication::translate(
                "Birth", "The address contains the character %1, which Folkeregisteret does not accept in addresses.")
                .arg(RegisterText::describe(*refused)));
    }
}

void checkCountry(
    const BirthAnswers& answers, const QString& linkId, const BirthRules::Options& options, Collector& out)
{
    const std::optional<QString> value = answers.text(linkId);
    if (!value)
        return;
    static const QRegularExpression alpha3(QStringLiteral("^[A-Z]{3}$"));
    const bool known = options.countries ? options.countries->contains(*value) : alpha3.match(*value).hasMatch();
    if (!alpha3.match(*value).hasMatch() || !known) {
        out.error("birth-country-unknown", linkId,
            QCoreApplication::translate("Birth",
                "The country code is not an ISO 3166 alpha-3 code (three capital letters, e.g. NOR, SWE) or one of "
                "Folkeregisteret's codes XUK (unknown), XXX (stateless) and XXK (Kosovo)."));
    } else if (!options.countries) {
        out.warning("birth-country-list-missing", linkId,
            QCoreApplication::translate("Birth",
                "The list of country codes is not available, so only the code's form was checked; install the "
                "package iso-codes."));
    }
}

void checkMunicipality(const BirthAnswers& answers, const QString& linkId, const QDate& birthDate,
    const BirthRules::Options& options, Collector& out)
{
    const std::optional<QString> value = answers.text(linkId);
    if (!value)
        return;
    static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
    if (!fourDigits.match(*value).hasMatch()) {
        out.error("birth-municipality-format", linkId,
            QCoreApplication::translate(
                "Birth", "A municipality number has four digits, with a leading zero where needed (e.g. 0301 Oslo)."));
        return;
    }
    if (options.municipalities && birthDate.isValid()
        && options.municipalities(*value, birthDate) == MunicipalityValidity::NotValidOnDate) {
        out.error("birth-municipality-not-valid", linkId,
            QCoreApplication::translate("Birth",
                "The municipality number was not valid on the date of birth. Use the number that was valid then "
                "(municipalities were renumbered on 1 January 2024)."));
    }
}

void checkAddresses(const BirthAnswers& answers, const QString& person, const QDate& birthDate,
    const BirthRules::Options& options, Collector& out)
{
    const QString home = person + QStringLiteral(".bostedsEllerOppholdsadresse");
    if (answers.hasAnyUnder(home)) {
        for (const char* required : {".adressenErAvvikendeFraFolkeregisteret", ".adressenavn", ".poststed.postnummer",
                 ".poststed.poststedsnavn"}) {
            const QString linkId = home + QLatin1StringView(required);
            if (!answers.text(linkId) && !answers.boolean(linkId)) {
                out.error("birth-address-incomplete", linkId,
                    QCoreApplication::translate("Birth",
                        "An address in Norway needs whether it differs from Folkeregisteret's, the street name, "
                        "postcode and postal town."));
            }
        }
        for (const char* part : {".adressenavn", ".poststed.poststedsnavn"})
            checkAddressText(answers, home + QLatin1StringView(part), out);
        static const QRegularExpression postcode(QStringLiteral("^[0-9]{4}$"));
        static const QRegularExpression houseNumber(QStringLiteral("^[0-9]{1,4}$"));
        static const QRegularExpression houseLetter(QStringLiteral(u"^[A-Za-zæøåÆØÅ]$"));
        const QList<std::pair<const char*, const QRegularExpression*>> formats = {{".poststed.postnummer", &postcode},
            {".adressenummer.husnummer", &houseNumber}, {".adressenummer.husbokstav", &houseLetter}};
        for (const auto& [part, format] : formats) {
            const QString linkId = home + QLatin1StringView(part);
            if (const std::optional<QString> value = answers.text(linkId); value && !format->match(*value).hasMatch()) {
                out.error("birth-address-format", linkId,
                    QCoreApplication::translate("Birth",
                        "Postcodes have four digits, house numbers up to four digits and a house letter is one "
                        "letter."));
            }
        }
        if (answers.text(home + QStringLiteral(".adressenummer.husbokstav"))
            && !answers.text(home + QStringLiteral(".adressenummer.husnummer"))) {
            out.error("birth-address-incomplete", home + QStringLiteral(".adressenummer.husnummer"),
                QCoreApplication::translate("Birth", "A house letter needs a house number."));
        }
        checkMunicipality(answers, home + QStringLiteral(".kommunenummer"), birthDate, options, out);
    }
    const QString abroad = person + QStringLiteral(".utenlandskAdresse");
    if (answers.hasAnyUnder(abroad)) {
        if (!answers.text(abroad + QStringLiteral(".landkode"))) {
            out.error("birth-address-incomplete", abroad + QStringLiteral(".landkode"),
                QCoreApplication::translate("Birth", "An address abroad needs its country code."));
        }
        for (const char* part : {".adressenavn", ".postkode", ".byEllerStedsnavn", ".region"})
            checkAddressText(answers, abroad + QLatin1StringView(part), out);
        checkCountry(answers, abroad + QStringLiteral(".landkode"), options, out);
    }
}

void checkParent(const BirthAnswers& answers, const QString& parent, const QDate& birthDate,
    const BirthRules::Options& options, Collector& out, std::optional<QString>& identifier)
{
    checkIdentifier(answers, parent + QStringLiteral(".foedselsEllerDNummer"), options, out, &identifier);
    const bool hasNumber = answers.text(parent + QStringLiteral(".foedselsEllerDNummer")).has_value();
    // The mother's form items are required; the father or co-mother is optional as a whole (unknown father), so
    // the form cannot require his name, and this rule does once anything about him is given.
    if (!hasNumber && answers.hasAnyUnder(parent)) {
        const bool named = answers.text(parent + QStringLiteral(".navn.fornavn"))
            && answers.text(parent + QStringLiteral(".navn.etternavn"));
        if (!named || !answers.date(parent + QStringLiteral(".foedselsdato")).isValid()) {
            out.error("birth-parent-incomplete", parent + QStringLiteral(".foedselsEllerDNummer"),
                QCoreApplication::translate("Birth",
                    "Give the parent's fødselsnummer or D-nummer, or else first name, last name and date of birth."));
        }
    }
    checkNames(answers, parent, out);
    if (answers.boolean(parent + QStringLiteral(".statsborgerskapErUkjent")).value_or(false)
        && answers.text(parent + QStringLiteral(".statsborgerskap"))) {
        out.error("birth-citizenship-conflict", parent + QStringLiteral(".statsborgerskap"),
            QCoreApplication::translate(
                "Birth", "Citizenship is marked as unknown but a citizenship is given; keep only one."));
    }
    checkCountry(answers, parent + QStringLiteral(".statsborgerskap"), options, out);
    checkAddresses(answers, parent, birthDate, options, out);
}

void checkPerson(const BirthAnswers& answers, const QString& person, const BirthRules::Options& options, Collector& out)
{
    if (!answers.hasAnyUnder(person))
        return;
    if (!answers.text(person + QStringLiteral(".navn.fornavn"))
        || !answers.text(person + QStringLiteral(".navn.etternavn")))
        out.error("birth-person-name-missing", person + QStringLiteral(".navn.fornavn"),
            QCoreApplication::translate(
                "Birth", "Give both first name and last name of this person, or leave the section empty."));
    checkNames(answers, person, out);
    checkIdentifier(answers, person + QStringLiteral(".foedselsEllerDNummer"), options, out);
}

void checkGestation(const BirthAnswers& answers, Collector& out)
{
    const std::optional<qint64> days = answers.integer(QStringLiteral("klinisk.svangerskapsdager"));
    if (days && (*days < 0 || *days > 6)) {
        out.error("birth-gestational-days-range", QStringLiteral("klinisk.svangerskapsdager"),
            QCoreApplication::translate("Birth", "The days beyond whole weeks of gestation are 0 to 6."));
    }
    const std::optional<qint64> weeks = answers.integer(QStringLiteral("klinisk.svangerskapsuker"));
    if (!weeks)
        return;
    const qint64 total = *weeks * 7 + days.value_or(0);
    if (total < minGestationDays || total > maxGestationDays) {
        out.warning("birth-gestational-age-unusual", QStringLiteral("klinisk.svangerskapsuker"),
            QCoreApplication::translate(
                "Birth", "The gestational age is outside 22+0 to 43+6 weeks; check the value."));
    }
}

void checkClinical(const BirthAnswers& child, Collector& out)
{
    const QString weightId = QStringLiteral("barn.klinisk.foedselsvekt");
    if (const std::optional<qint64> weight = child.integer(weightId)) {
        if (*weight < kilogramLookingGrams) {
            out.error("birth-weight-implausible", weightId,
                QCoreApplication::translate("Birth", "The birth weight is given in grams (e.g. 3450), not kilograms."));
        } else if (*weight < minWeightGrams || *weight > maxWeightGrams) {
            out.warning("birth-weight-unusual", weightId,
                QCoreApplication::translate(
                    "Birth", "The birth weight is below 500 g or above 5500 g; check the value."));
        }
    }
    const QString lengthId = QStringLiteral("barn.klinisk.lengde");
    if (const std::optional<double> length = child.decimal(lengthId);
        length && (*length < minLengthCm || *length > maxLengthCm)) {
        out.warning("birth-length-unusual", lengthId,
            QCoreApplication::translate("Birth", "The length is outside 35 to 60 cm; check the value."));
    }
    const QString headId = QStringLiteral("barn.klinisk.hodeomkrets");
    if (const std::optional<double> head = child.decimal(headId); head && (*head < minHeadCm || *head > maxHeadCm)) {
        out.warning("birth-head-circumference-unusual", headId,
            QCoreApplication::translate("Birth", "The head circumference is outside 28 to 42 cm; check the value."));
    }
    for (const char* apgar : {"barn.klinisk.apgar1", "barn.klinisk.apgar5", "barn.klinisk.apgar10"}) {
        const QString linkId = QString::fromLatin1(apgar);
        if (const std::optional<qint64> score = child.integer(linkId); score && (*score < 0 || *score > 10))
            out.error("birth-apgar-range", linkId, QCoreApplication::translate("Birth", "An Apgar score is 0 to 10."));
    }
}

// gestationDays < 0: not given.
void checkChild(const BirthAnswers& child, qint64 gestationDays, const QDate& today, Collector& out)
{
    const QString dateId = QStringLiteral("barn.foedselsdato");
    const QDate born = child.date(dateId);
    if (born.isValid() && born > today) {
        out.error(
            "birth-date-future", dateId, QCoreApplication::translate("Birth", "The date of birth is in the future."));
    } else if (born.isValid() && born.daysTo(today) > lateAfterDays) {
        out.warning("birth-date-late", dateId,
            QCoreApplication::translate("Birth",
                "The birth was more than a week ago; the notification is due within a week. Send it as soon as "
                "possible."));
    }
    const std::optional<Codes::Coding> sex = child.coding(QStringLiteral("barn.kjoenn"));
    if (!sex || (sex->code != u"1" && sex->code != u"2")) {
        out.error("birth-sex-missing", QStringLiteral("barn.kjoenn"),
            QCoreApplication::translate("Birth",
                "Record the child's sex as female or male; Folkeregisteret has no other value, so the notification "
                "cannot be sent without it."));
    }
    if (child.boolean(QStringLiteral("barn.erLevendefoedt")) == false) {
        if (gestationDays < 0) {
            out.warning("birth-stillborn-gestation-missing", QStringLiteral("klinisk.svangerskapsuker"),
                QCoreApplication::translate("Birth",
                    "Give the gestational age for a stillborn child: the notification duty applies from 28 weeks."));
        } else if (gestationDays < stillbirthDutyDays) {
            out.warning("birth-stillborn-before-28-weeks", QStringLiteral("barn.erLevendefoedt"),
                QCoreApplication::translate("Birth",
                    "The child was stillborn before 28+0 weeks. The duty to notify Folkeregisteret starts at 28 "
                    "weeks; check whether this birth should be notified."));
        }
    }
    checkClinical(child, out);
}

} // namespace

QList<ValidationIssue> BirthRules::check(const BirthAnswers& answers, const QDateTime& now, const Options& options)
{
    Collector out;
    const QDate today = now.toLocalTime().date();
    const QList<BirthAnswers> children = answers.children();
    if (children.size() > MaxChildren) {
        out.error("birth-too-many-children", BirthAnswers::childGroup(),
            QCoreApplication::translate("Birth", "Folkeregisteret takes at most 7 children from one birth."));
    }
    const std::optional<qint64> weeks = answers.integer(QStringLiteral("klinisk.svangerskapsuker"));
    const qint64 gestationDays
        = weeks ? *weeks * 7 + answers.integer(QStringLiteral("klinisk.svangerskapsdager")).value_or(0) : -1;
    QDate birthDate;
    for (qsizetype i = 0; i < children.size(); ++i) {
        Collector child(static_cast<int>(i));
        checkChild(children.at(i), gestationDays, today, child);
        out.issues().append(child.issues());
        if (!birthDate.isValid())
            birthDate = children.at(i).date(QStringLiteral("barn.foedselsdato"));
    }
    std::optional<QString> mother;
    std::optional<QString> father;
    checkParent(answers, QStringLiteral("mor"), birthDate, options, out, mother);
    checkParent(answers, QStringLiteral("farEllerMedmor"), birthDate, options, out, father);
    if (mother && father && *mother == *father) {
        out.error("birth-parents-same-id", QStringLiteral("farEllerMedmor.foedselsEllerDNummer"),
            QCoreApplication::translate("Birth", "The mother and the father or co-mother have the same number."));
    }
    checkMunicipality(answers, QStringLiteral("foedested.foedekommunenummer"), birthDate, options, out);
    // foedested is disabled once a country of birth is given; the place abroad then needs its name.
    if (answers.text(QStringLiteral("foedestedIUtlandet.foedeland"))
        && !answers.text(QStringLiteral("foedestedIUtlandet.foedestedIUtlandet"))) {
        out.error("birth-place-abroad-incomplete", QStringLiteral("foedestedIUtlandet.foedestedIUtlandet"),
            QCoreApplication::translate(
                "Birth", "A birth abroad needs the city or place of birth besides the country."));
    }
    checkCountry(answers, QStringLiteral("foedestedIUtlandet.foedeland"), options, out);
    checkPerson(answers, QStringLiteral("jordmorEllerForloesendeLege"), options, out);
    checkPerson(answers, QStringLiteral("foedselsvitne"), options, out);
    checkGestation(answers, out);
    return out.issues();
}

} // namespace Meldeklient::Birth

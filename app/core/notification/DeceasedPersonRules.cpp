#include "core/notification/DeceasedPersonRules.h"

#include "core/identity/PersonNumber.h"

#include "core/notification/TextFieldRules.h"

#include <QCoreApplication>

namespace Meldeklient::Notification {

using Identity::IdentifierCheck;
using Identity::IdentifierType;

namespace {
void add(QList<ValidationIssue>& issues, Severity severity, const char* rule, const char* linkId,
    const QString& message)
{
    issues.append(ValidationIssue {severity, QString::fromLatin1(rule), QString::fromLatin1(linkId), message});
}

bool isSynthetic(IdentifierType type)
{
    return type == IdentifierType::SyntheticFodselsnummer || type == IdentifierType::SyntheticDNummer;
}

bool isDNummer(IdentifierType type)
{
    return type == IdentifierType::DNummer || type == IdentifierType::SyntheticDNummer;
}

void checkResidentIdentifier(const DeceasedPerson& person, const DeceasedPersonRules::Options& options,
    QList<ValidationIssue>& issues)
{
    const IdentifierCheck check = Identity::PersonNumber::check(person.identifierValue);
    if (check.type == IdentifierType::HNummer || check.type == IdentifierType::FellesHjelpenummer) {
        add(issues, Severity::Error, "deceased-id-type-refused", "deceasedIdentifier",
            QCoreApplication::translate("Notification",
                "The number is an auxiliary number (%1), which cannot be used in a death notification. Use the "
                "person's fødselsnummer or D-nummer, or report the person as having no Norwegian number.")
                .arg(Identity::identifierTypeName(check.type)));
        return;
    }
    if (!check.isValid()) {
        QStringList reasons;
        for (Identity::IdentifierProblem problem : check.problems())
            reasons.append(Identity::identifierProblemMessage(problem));
        add(issues, Severity::Error, "deceased-id-invalid", "deceasedIdentifier",
            QCoreApplication::translate("Notification", "The fødselsnummer or D-nummer is not valid: %1")
                .arg(reasons.join(u' ')));
        return;
    }
    if (isSynthetic(check.type) && !options.allowSyntheticNumbers) {
        add(issues, Severity::Error, "deceased-id-synthetic", "deceasedIdentifier",
            QCoreApplication::translate("Notification",
                "This is a synthetic test number. It can only be used in the test and sandbox environments."));
    }
    const bool systemSaysD = person.identifierSystem.trimmed() == dnrSystem;
    if (systemSaysD != isDNummer(check.type)) {
        add(issues, Severity::Warning, "deceased-id-system-mismatch", "deceasedIdentifier",
            QCoreApplication::translate("Notification",
                "The number is a %1, but it is marked as another kind of number. It will be sent as a %1.")
                .arg(Identity::identifierTypeName(check.type)));
    }
    if (person.genderGiven && check.sex != Identity::Sex::Unknown && person.sex != Identity::Sex::Unknown
        && person.sex != check.sex) {
        add(issues, Severity::Warning, "deceased-sex-conflict", "deceasedSex",
            QCoreApplication::translate("Notification",
                "The sex given does not match the sex in the fødselsnummer. Check the person's identity."));
    }
    if (person.birthDate && check.birthDate.isValid() && *person.birthDate != check.birthDate) {
        add(issues, Severity::Warning, "deceased-birthdate-conflict", "deceasedBirthDate",
            QCoreApplication::translate("Notification",
                "The birth date given does not match the birth date in the fødselsnummer. Check the person's "
                "identity."));
    }
}

void checkPuf(const DeceasedPerson& person, QList<ValidationIssue>& issues)
{
    if (person.identifierTypeCode.isEmpty() || !DeceasedPersonRules::pufIdentifierTypes().contains(person.identifierTypeCode)) {
        add(issues, Severity::Error, "puf-id-type-unknown", "pufIdentifierType",
            QCoreApplication::translate("Notification",
                "Choose the kind of identification document (for example passport or DUF number)."));
    }
    if (person.identifierTypeCode == u"FNR" || person.identifierTypeCode == u"DNR") {
        add(issues, Severity::Error, "puf-id-type-unknown", "pufIdentifierType",
            QCoreApplication::translate("Notification",
                "A fødselsnummer or D-nummer must be given as the person's Norwegian number, not as a foreign "
                "identification."));
    }
    if (person.identifierValue.trimmed().isEmpty()) {
        add(issues, Severity::Error, "puf-id-missing", "pufIdentifier",
            QCoreApplication::translate("Notification", "Enter the number of the identification document."));
    }
    if (person.familyName.trimmed().isEmpty() || person.givenNames.join(QString()).trimmed().isEmpty()) {
        add(issues, Severity::Error, "puf-name-missing", "pufFamilyName",
            QCoreApplication::translate("Notification",
                "A person without a Norwegian number needs a family name and at least one given name."));
    }
    if (!person.birthDate) {
        add(issues, Severity::Error, "puf-birthdate-missing", "pufBirthDate",
            QCoreApplication::translate("Notification", "A person without a Norwegian number needs a birth date."));
    }
    if (!person.genderGiven) {
        add(issues, Severity::Error, "puf-sex-missing", "pufSex",
            QCoreApplication::translate("Notification", "A person without a Norwegian number needs a sex."));
    }
    if (person.country.isEmpty()) {
        add(issues, Severity::Error, "puf-country-missing", "pufCountry",
            QCoreApplication::translate("Notification", "Choose the country where the person lived."));
    } else if (person.country.size() != 2 || !person.country.at(0).isUpper() || !person.country.at(1).isUpper()
        || person.country.at(0).unicode() > 'Z' || person.country.at(1).unicode() > 'Z') {
        add(issues, Severity::Error, "puf-country-invalid", "pufCountry",
            QCoreApplication::translate("Notification",
                "The country must be a two-letter ISO 3166 code, for example SE, DK or DE."));
    }
}
} // namespace

const QStringList& DeceasedPersonRules::pufIdentifierTypes()
{
    // Volven 8116 (domain.md §2.1): the types a person without a Norwegian number can be identified by.
    static const QStringList types = {QStringLiteral("PNR"), QStringLiteral("SEF"), QStringLiteral("DKF"),
        QStringLiteral("SSN"), QStringLiteral("FPN"), QStringLiteral("UID"), QStringLiteral("DUF"),
        QStringLiteral("XXX")};
    return types;
}

QList<ValidationIssue> DeceasedPersonRules::check(const DeceasedPerson& person, const QDateTime& now,
    const Options& options)
{
    QList<ValidationIssue> issues;
    const bool resident = !person.isPuf();
    if (resident) {
        if (person.identifierValue.trimmed().isEmpty()) {
            add(issues, Severity::Error, "deceased-id-missing", "deceasedIdentifier",
                QCoreApplication::translate("Notification", "Enter the deceased's fødselsnummer or D-nummer."));
        } else {
            checkResidentIdentifier(person, options, issues);
        }
    } else {
        checkPuf(person, issues);
        // The typed fields of a person without a Norwegian number; 200 is Folkeregisteret's `Navn`.
        TextFieldRules::check(person.identifierValue, QStringLiteral("pufIdentifier"),
            QCoreApplication::translate("Notification", "Identification number"), MaxTextLength, issues);
        TextFieldRules::check(person.familyName, QStringLiteral("pufFamilyName"),
            QCoreApplication::translate("Notification", "Family name"), MaxTextLength, issues);
        for (const QString& given : person.givenNames) {
            TextFieldRules::check(given, QStringLiteral("pufGivenName"),
                QCoreApplication::translate("Notification", "Given name"), MaxTextLength, issues);
        }
    }

    if (!person.deathDate) {
        add(issues, Severity::Error, "death-date-missing", "deathDate",
            QCoreApplication::translate("Notification", "Enter the date of death."));
    } else {
        if (*person.deathDate > now.date()
            || (*person.deathDate == now.date() && person.deathTime && *person.deathTime > now.time().addSecs(300))) {
            add(issues, Severity::Error, "death-in-future", "deathDate",
                QCoreApplication::translate("Notification", "The date of death is in the future."));
        }
        const std::optional<QDate> birthDate = effectiveBirthDate(person);
        if (birthDate && *person.deathDate < *birthDate) {
            add(issues, Severity::Error, "death-before-birth", "deathDate",
                QCoreApplication::translate("Notification", "The date of death is before the date of birth."));
        }
    }
    return issues;
}

std::optional<QDate> DeceasedPersonRules::effectiveBirthDate(const DeceasedPerson& person)
{
    if (person.birthDate)
        return person.birthDate;
    if (!person.isPuf()) {
        const IdentifierCheck check = Identity::PersonNumber::check(person.identifierValue);
        if (check.birthDate.isValid())
            return check.birthDate;
    }
    return std::nullopt;
}

Identity::Sex DeceasedPersonRules::effectiveSex(const DeceasedPerson& person)
{
    if (person.sex != Identity::Sex::Unknown)
        return person.sex;
    if (!person.isPuf())
        return Identity::PersonNumber::check(person.identifierValue).sex;
    return Identity::Sex::Unknown;
}

} // namespace Meldeklient::Notification

#include "core/notification/ReporterContactRules.h"

#include "core/notification/TextFieldRules.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Meldeklient::Notification {

namespace {
ValidationIssue error(const char* rule, const char* linkId, const QString& message)
{
    return ValidationIssue {Severity::Error, QString::fromLatin1(rule), QString::fromLatin1(linkId), message};
}

QString telecom(const QJsonObject& role, QStringView system)
{
    for (const QJsonValue& entry : role.value(u"telecom").toArray()) {
        const QJsonObject point = entry.toObject();
        if (point.value(u"system").toString() == system)
            return point.value(u"value").toString(); // untrimmed: TextFieldRules judges what was typed
    }
    return {};
}

// Deliberately loose: one '@', something before it, a dot in the domain, no white space. The registry decides the
// rest; this only catches typing slips before sending.
bool looksLikeEmail(const QString& email)
{
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@') || email.size() > ReporterContactRules::MaxEmailLength)
        return false;
    const QStringView domain = QStringView(email).mid(at + 1);
    const qsizetype dot = domain.indexOf(u'.');
    if (dot <= 0 || dot == domain.size() - 1)
        return false;
    for (const QChar c : email) {
        if (c.isSpace())
            return false;
    }
    return true;
}

bool looksLikePhone(const QString& phone)
{
    if (phone.size() > ReporterContactRules::MaxPhoneLength)
        return false;
    int digits = 0;
    for (const QChar c : phone) {
        if (c.isDigit())
            ++digits;
        else if (c != u'+' && c != u' ' && c != u'-' && c != u'(' && c != u')')
            return false;
    }
    return digits >= 3;
}
} // namespace

QList<ValidationIssue> ReporterContactRules::check(const QJsonObject& practitionerRole)
{
    QList<ValidationIssue> issues;
    if (practitionerRole.isEmpty()) {
        issues.append(error("reporter-missing", "reporter_organisation",
            QCoreApplication::translate("Notification",
                "Your contact details as the reporting physician are missing: give your workplace and a phone "
                "number or e-mail address, so the registry can reach you.")));
        return issues;
    }
    const QString organisation = practitionerRole.value(u"organization").toObject().value(u"display").toString();
    if (organisation.trimmed().isEmpty()) {
        issues.append(error("reporter-organisation-missing", "reporter_organisation",
            QCoreApplication::translate("Notification", "Give the workplace (virksomhet) you report from.")));
    }
    TextFieldRules::check(organisation, QStringLiteral("reporter_organisation"),
        QCoreApplication::translate("Notification", "Workplace (virksomhet)"), MaxNameLength, issues);
    for (const QJsonValue& location : practitionerRole.value(u"location").toArray()) {
        TextFieldRules::check(location.toObject().value(u"display").toString(), QStringLiteral("reporter_department"),
            QCoreApplication::translate("Notification", "Department (avdeling)"), MaxNameLength, issues);
    }
    const QString rawEmail = telecom(practitionerRole, u"email");
    const QString rawPhone = telecom(practitionerRole, u"phone");
    const QString email = rawEmail.trimmed();
    const QString phone = rawPhone.trimmed();
    if (email.isEmpty() && phone.isEmpty()) {
        issues.append(error("reporter-contact-missing", "reporter_phone",
            QCoreApplication::translate("Notification",
                "Give a phone number or an e-mail address where the registry can reach you.")));
    }
    const qsizetype before = issues.size();
    TextFieldRules::check(rawEmail, QStringLiteral("reporter_email"),
        QCoreApplication::translate("Notification", "E-mail address"), MaxEmailLength, issues);
    const bool emailRefused = issues.size() > before;
    if (!emailRefused && !email.isEmpty() && !looksLikeEmail(email)) {
        issues.append(error("reporter-email-invalid", "reporter_email",
            QCoreApplication::translate("Notification",
                "The e-mail address does not look right: it needs one @ and a domain such as sykehus.no, no spaces, "
                "and at most %1 characters.")
                .arg(MaxEmailLength)));
    }
    const qsizetype beforePhone = issues.size();
    TextFieldRules::check(rawPhone, QStringLiteral("reporter_phone"),
        QCoreApplication::translate("Notification", "Phone number"), MaxPhoneLength, issues);
    if (issues.size() == beforePhone && !phone.isEmpty() && !looksLikePhone(phone)) {
        issues.append(error("reporter-phone-invalid", "reporter_phone",
            QCoreApplication::translate("Notification",
                "The phone number may hold digits, spaces, +, - and brackets only, at most %1 characters.")
                .arg(MaxPhoneLength)));
    }
    return issues;
}

} // namespace Meldeklient::Notification

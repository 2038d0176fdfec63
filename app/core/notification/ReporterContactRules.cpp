#include "core/notification/ReporterContactRules.h"

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
            return point.value(u"value").toString().trimmed();
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
    if (practitionerRole.value(u"organization").toObject().value(u"display").toString().trimmed().isEmpty()) {
        issues.append(error("reporter-organisation-missing", "reporter_organisation",
            QCoreApplication::translate("Notification", "Give the workplace (virksomhet) you report from.")));
    }
    const QString email = telecom(practitionerRole, u"email");
    const QString phone = telecom(practitionerRole, u"phone");
    if (email.isEmpty() && phone.isEmpty()) {
        issues.append(error("reporter-contact-missing", "reporter_phone",
            QCoreApplication::translate("Notification",
                "Give a phone number or an e-mail address where the registry can reach you.")));
    }
    if (!email.isEmpty() && !looksLikeEmail(email)) {
        issues.append(error("reporter-email-invalid", "reporter_email",
            QCoreApplication::translate("Notification",
                "The e-mail address does not look right: it needs one @ and a domain such as sykehus.no, no spaces, "
                "and at most %1 characters.")
                .arg(MaxEmailLength)));
    }
    if (!phone.isEmpty() && !looksLikePhone(phone)) {
        issues.append(error("reporter-phone-invalid", "reporter_phone",
            QCoreApplication::translate("Notification",
                "The phone number may hold digits, spaces, +, - and brackets only, at most %1 characters.")
                .arg(MaxPhoneLength)));
    }
    return issues;
}

} // namespace Meldeklient::Notification

#include "core/notification/NotificationBundle.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Meldeklient::Notification {

namespace {
Error invalid(const QString& message)
{
    return Error {QStringLiteral("bundle-invalid"), message};
}
} // namespace

Result<NotificationBundle> NotificationBundle::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error {QStringLiteral("bundle-unreadable"),
            QCoreApplication::translate("Notification", "The file is not valid JSON (%1 at character %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset)};
    }
    const QJsonObject bundle = document.object();
    if (!document.isObject() || bundle.value(u"resourceType").toString() != u"Bundle")
        return invalid(QCoreApplication::translate("Notification", "The file is not a FHIR Bundle."));
    if (bundle.value(u"type").toString() != u"collection")
        return invalid(QCoreApplication::translate("Notification", "The Bundle must be of type \"collection\"."));
    if (!bundle.value(u"entry").isArray())
        return invalid(QCoreApplication::translate("Notification", "The Bundle has no entries."));

    NotificationBundle result;
    int patients = 0;
    int responses = 0;
    int roles = 0;
    for (const QJsonValue& entry : bundle.value(u"entry").toArray()) {
        const QJsonObject resource = entry.toObject().value(u"resource").toObject();
        const QString type = resource.value(u"resourceType").toString();
        if (type == u"Patient") {
            result.patient = resource;
            ++patients;
        } else if (type == u"QuestionnaireResponse") {
            result.questionnaireResponse = resource;
            ++responses;
        } else if (type == u"PractitionerRole") {
            result.practitionerRole = resource;
            ++roles;
        }
    }
    if (patients != 1)
        return invalid(QCoreApplication::translate("Notification", "The Bundle must hold exactly one Patient (found %1).")
                           .arg(patients));
    if (responses != 1)
        return invalid(QCoreApplication::translate("Notification",
            "The Bundle must hold exactly one QuestionnaireResponse (found %1).")
                           .arg(responses));
    if (roles > 1)
        return invalid(QCoreApplication::translate("Notification",
            "The Bundle may hold at most one PractitionerRole (found %1).")
                           .arg(roles));
    return result;
}

} // namespace Meldeklient::Notification

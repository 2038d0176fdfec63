#include "core/birth/BirthBundle.h"

#include "core/birth/BirthNotificationValidator.h"
#include "core/questionnaire/QuestionnaireResponseJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Meldeklient::Birth {

namespace {

// The QuestionnaireResponses in the document (the document itself, or a collection Bundle's entries).
QList<QJsonObject> responses(const QJsonObject& root)
{
    if (root.value(u"resourceType").toString() == u"QuestionnaireResponse")
        return {root};
    QList<QJsonObject> found;
    if (root.value(u"resourceType").toString() != u"Bundle")
        return found;
    for (const QJsonValue& entry : root.value(u"entry").toArray()) {
        const QJsonObject resource = entry.toObject().value(u"resource").toObject();
        if (resource.value(u"resourceType").toString() == u"QuestionnaireResponse")
            found.append(resource);
    }
    return found;
}

bool isBirthResponse(const QJsonObject& response)
{
    const QString canonical = response.value(u"questionnaire").toString();
    return canonical == BirthNotificationValidator::formUrl()
        || canonical.startsWith(BirthNotificationValidator::formUrl() + u'|');
}

} // namespace

bool BirthBundle::isBirthNotification(const QByteArray& json)
{
    const QList<QJsonObject> found = responses(QJsonDocument::fromJson(json).object());
    return std::any_of(found.cbegin(), found.cend(), isBirthResponse);
}

Result<Questionnaire::QuestionnaireResponse> BirthBundle::read(
    const Questionnaire::Questionnaire& form, const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error {QStringLiteral("bundle-unreadable"),
            QCoreApplication::translate("Birth", "The file is not a JSON object (at character %1).")
                .arg(parseError.offset)};
    }
    const QJsonObject root = document.object();
    if (root.value(u"resourceType").toString() == u"Bundle" && root.value(u"type").toString() != u"collection")
        return Error {QStringLiteral("bundle-invalid"),
            QCoreApplication::translate("Birth", "The Bundle must be of type \"collection\".")};
    QList<QJsonObject> found = responses(root);
    found.removeIf([](const QJsonObject& response) { return !isBirthResponse(response); });
    if (found.size() != 1) {
        return Error {QStringLiteral("bundle-invalid"),
            QCoreApplication::translate("Birth",
                "The file must hold exactly one QuestionnaireResponse for the birth notification form (found %1).")
                .arg(found.size())};
    }
    return Questionnaire::QuestionnaireResponseJson::read(form, found.constFirst());
}

} // namespace Meldeklient::Birth

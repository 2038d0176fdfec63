#include "core/api/Transport.h"

#include "core/api/NhnFhirTransport.h"
#include "core/api/NhnRestTransport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Meldeklient::Api {

QStringList Transport::names()
{
    return {QString(RestName), QString(FhirName)};
}

Result<std::unique_ptr<Transport>> Transport::create(const QString& name)
{
    if (name == RestName)
        return std::unique_ptr<Transport>(std::make_unique<NhnRestTransport>());
    if (name == FhirName)
        return std::unique_ptr<Transport>(std::make_unique<NhnFhirTransport>());
    return Error {QStringLiteral("api-unknown-transport"),
        QCoreApplication::translate("Api", "Unknown API transport \"%1\"; known: %2.")
            .arg(name, names().join(QStringLiteral(", ")))};
}

QString Transport::stepIdempotencyKey(const QString& key, const QString& step, bool isLastStep)
{
    return isLastStep ? key : key + u':' + step;
}

Error Transport::renderFailed(const QString& message)
{
    return Error {QStringLiteral("api-render-failed"), message};
}

Error Transport::unreadable(const QString& message)
{
    return Error {QStringLiteral("api-unreadable-answer"), message};
}

Result<QJsonObject> Transport::parseObject(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return unreadable(QCoreApplication::translate("Api", "The registry's answer is not a JSON object."));
    return document.object();
}

std::optional<QDate> Transport::datePart(const QString& fhirDateOrDateTime)
{
    const QDate date = QDate::fromString(fhirDateOrDateTime.left(10), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace Meldeklient::Api

#include "core/outbox/RegisterDecision.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Meldeklient::Outbox {

namespace {
QString outcomeCode(RegisterDecision::Outcome outcome)
{
    switch (outcome) {
    case RegisterDecision::Outcome::Registered:
        return QStringLiteral("registered");
    case RegisterDecision::Outcome::Refused:
        return QStringLiteral("refused");
    case RegisterDecision::Outcome::ManualHandling:
        break;
    }
    return QStringLiteral("manual");
}
} // namespace

QByteArray RegisterDecision::toJson() const
{
    QJsonObject object {
        {QStringLiteral("outcome"), outcomeCode(outcome)},
        {QStringLiteral("sequence"), sequence},
        {QStringLiteral("messageId"), messageId},
        {QStringLiteral("registryReference"), registryReference},
        {QStringLiteral("beslutning"), beslutning},
        {QStringLiteral("newIdentifier"), newIdentifier},
        {QStringLiteral("identifierType"), identifierType},
        {QStringLiteral("resultDescription"), resultDescription},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
        {QStringLiteral("deadline"), deadline},
        {QStringLiteral("decidedAt"), decidedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

RegisterDecision RegisterDecision::fromJson(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    RegisterDecision decision;
    const QString outcome = object.value(u"outcome").toString();
    decision.outcome = outcome == u"registered" ? Outcome::Registered
        : outcome == u"refused"                 ? Outcome::Refused
                                                : Outcome::ManualHandling;
    decision.sequence = object.value(u"sequence").toInteger();
    decision.messageId = object.value(u"messageId").toString();
    decision.registryReference = object.value(u"registryReference").toString();
    decision.beslutning = object.value(u"beslutning").toString();
    decision.newIdentifier = object.value(u"newIdentifier").toString();
    decision.identifierType = object.value(u"identifierType").toString();
    decision.resultDescription = object.value(u"resultDescription").toString();
    for (const QJsonValue& reason : object.value(u"reasons").toArray())
        decision.reasons.append(reason.toString());
    decision.deadline = object.value(u"deadline").toString();
    decision.decidedAt = QDateTime::fromString(object.value(u"decidedAt").toString(), Qt::ISODateWithMs);
    return decision;
}

} // namespace Meldeklient::Outbox

#include "core/api/DecisionFeedParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace Meldeklient::Api {

namespace {
using Outbox::RegisterDecision;

Error invalid(qsizetype index, const QString& what)
{
    return Error {QStringLiteral("feed-invalid"),
        QCoreApplication::translate("Api", "Folkeregisteret's decision feed is not readable (event %1: %2).")
            .arg(index + 1)
            .arg(what)};
}

// A string field: absent → nullopt; present and not a string, or too long → error text.
std::optional<QString> text(const QJsonObject& object, QLatin1StringView name, QString& problem, bool required)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            problem = QStringLiteral("%1 missing").arg(name);
        return std::nullopt;
    }
    if (!value.isString()) {
        problem = QStringLiteral("%1 is not a string").arg(name);
        return std::nullopt;
    }
    const QString string = value.toString().trimmed();
    if ((required && string.isEmpty()) || string.size() > DecisionFeedParser::MaxText) {
        problem = QStringLiteral("%1 is empty or too long").arg(name);
        return std::nullopt;
    }
    return string;
}

bool reasons(const QJsonObject& object, QStringList& out, QString& problem)
{
    const QJsonValue value = object.value(u"begrunnelse");
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        problem = QStringLiteral("begrunnelse is not a list");
        return false;
    }
    for (const QJsonValue& line : value.toArray()) {
        if (!line.isString() || line.toString().size() > DecisionFeedParser::MaxText) {
            problem = QStringLiteral("begrunnelse holds something else than text");
            return false;
        }
        out.append(line.toString().trimmed());
    }
    return true;
}

std::optional<RegisterDecision::Outcome> outcomeOf(const QString& beslutning)
{
    if (beslutning == u"godkjent" || beslutning == u"registrert")
        return RegisterDecision::Outcome::Registered;
    if (beslutning == u"avslaatt" || beslutning == u"avvist" || beslutning == u"avbrutt")
        return RegisterDecision::Outcome::Refused;
    return std::nullopt;
}

Result<RegisterDecision> readEvent(const QJsonValue& value, qsizetype index, qint64 minimum)
{
    if (!value.isObject())
        return invalid(index, QStringLiteral("not an object"));
    const QJsonObject event = value.toObject();
    RegisterDecision decision;
    const QJsonValue sequence = event.value(u"sekvensnummer");
    const double number = sequence.toDouble(-1);
    if (!sequence.isDouble() || number != std::floor(number) || number < double(minimum) || number > 9.0e15)
        return invalid(index, QStringLiteral("sekvensnummer missing, not a whole number, or out of order"));
    decision.sequence = qint64(number);

    const QJsonValue hendelseValue = event.value(u"hendelseISakOmFolkeregistrering");
    if (!hendelseValue.isObject())
        return invalid(index, QStringLiteral("hendelseISakOmFolkeregistrering missing"));
    const QJsonObject hendelse = hendelseValue.toObject();
    QString problem;
    const QJsonValue referenceValue = hendelse.value(u"meldingsreferanse");
    if (!referenceValue.isObject())
        return invalid(index, QStringLiteral("meldingsreferanse missing"));
    const QJsonObject reference = referenceValue.toObject();
    const std::optional<QString> messageId
        = text(reference, QLatin1StringView("avsendersMeldingsidentifikator"), problem, true);
    const std::optional<QString> registryReference
        = text(reference, QLatin1StringView("folkeregisterReferanse"), problem, true);
    if (!problem.isEmpty())
        return invalid(index, problem);
    decision.messageId = *messageId;
    decision.registryReference = *registryReference;
    if (const std::optional<QString> created = text(hendelse, QLatin1StringView("opprettet"), problem, false)) {
        decision.decidedAt = QDateTime::fromString(*created, Qt::ISODateWithMs);
        if (!decision.decidedAt.isValid())
            problem = QStringLiteral("opprettet is not a time");
    }
    if (!problem.isEmpty())
        return invalid(index, problem);

    const QJsonValue decidedValue = hendelse.value(u"saksbeslutning");
    const QJsonValue manualValue = hendelse.value(u"sakTilManuellBehandling");
    const bool decided = !decidedValue.isUndefined() && !decidedValue.isNull();
    const bool manual = !manualValue.isUndefined() && !manualValue.isNull();
    if (decided == manual)
        return invalid(index, QStringLiteral("not exactly one of saksbeslutning and sakTilManuellBehandling"));
    if (manual) {
        if (!manualValue.isObject())
            return invalid(index, QStringLiteral("sakTilManuellBehandling is not an object"));
        const QJsonObject handling = manualValue.toObject();
        decision.outcome = RegisterDecision::Outcome::ManualHandling;
        decision.deadline = text(handling, QLatin1StringView("saksfrist"), problem, false).value_or(QString());
        if (!problem.isEmpty() || !reasons(handling, decision.reasons, problem))
            return invalid(index, problem);
        return decision;
    }
    if (!decidedValue.isObject())
        return invalid(index, QStringLiteral("saksbeslutning is not an object"));
    const QJsonObject saksbeslutning = decidedValue.toObject();
    const std::optional<QString> beslutning = text(saksbeslutning, QLatin1StringView("beslutning"), problem, true);
    if (!problem.isEmpty())
        return invalid(index, problem);
    const std::optional<RegisterDecision::Outcome> outcome = outcomeOf(*beslutning);
    if (!outcome)
        return invalid(index, QStringLiteral("unknown beslutning"));
    decision.outcome = *outcome;
    decision.beslutning = *beslutning;
    decision.resultDescription
        = text(saksbeslutning, QLatin1StringView("resultatbeskrivelse"), problem, false).value_or(QString());
    text(saksbeslutning, QLatin1StringView("resultatkode"), problem, false);
    if (!problem.isEmpty() || !reasons(saksbeslutning, decision.reasons, problem))
        return invalid(index, problem);

    const QJsonValue personValue = saksbeslutning.value(u"opprettetFolkeregisterperson");
    if (personValue.isUndefined() || personValue.isNull())
        return decision;
    if (!personValue.isObject() || decision.outcome != RegisterDecision::Outcome::Registered)
        return invalid(index, QStringLiteral("opprettetFolkeregisterperson on a decision that is no approval"));
    const QJsonObject person = personValue.toObject();
    static const QRegularExpression elevenDigits(QStringLiteral("^[0-9]{11}$"));
    const std::optional<QString> identifier = text(person, QLatin1StringView("foedselsEllerDNummer"), problem, true);
    if (!problem.isEmpty() || !elevenDigits.match(*identifier).hasMatch())
        return invalid(index, QStringLiteral("foedselsEllerDNummer is not 11 digits"));
    const std::optional<QString> type = text(person, QLatin1StringView("identifikatortype"), problem, true);
    if (!problem.isEmpty() || (*type != u"foedselsnummer" && *type != u"dNummer"))
        return invalid(index, QStringLiteral("identifikatortype is neither foedselsnummer nor dNummer"));
    decision.newIdentifier = *identifier;
    decision.identifierType = *type;
    return decision;
}
} // namespace

Result<QList<Outbox::RegisterDecision>> DecisionFeedParser::parse(const QByteArray& body, qint64 fromSequence)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        return Error {QStringLiteral("feed-invalid"),
            QCoreApplication::translate("Api", "Folkeregisteret's decision feed is not a JSON list of events.")};
    }
    const QJsonArray events = document.array();
    QList<Outbox::RegisterDecision> decisions;
    decisions.reserve(events.size());
    qint64 minimum = std::max<qint64>(1, fromSequence);
    for (qsizetype i = 0; i < events.size(); ++i) {
        Result<RegisterDecision> decision = readEvent(events.at(i), i, minimum);
        if (!decision)
            return decision.error();
        minimum = decision->sequence + 1;
        decisions.append(std::move(decision).value());
    }
    return decisions;
}

} // namespace Meldeklient::Api

#include "core/api/ApiErrorParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QXmlStreamReader>

namespace Meldeklient::Api {

namespace {
// Issue codes that say the content is wrong, not the server (FHIR R4 IssueType).
bool isContentIssue(const QString& code)
{
    return code == u"business-rule" || code == u"invalid" || code == u"required" || code == u"value";
}

// In the user's language, like the sentence around it (an English phrase in a Bokmål message reads as a fault).
QString reasonPhrase(int status)
{
    const char* phrase = nullptr;
    switch (status) {
    case 400: phrase = QT_TRANSLATE_NOOP("Api", "Bad Request"); break;
    case 401: phrase = QT_TRANSLATE_NOOP("Api", "Unauthorized"); break;
    case 403: phrase = QT_TRANSLATE_NOOP("Api", "Forbidden"); break;
    case 404: phrase = QT_TRANSLATE_NOOP("Api", "Not Found"); break;
    case 408: phrase = QT_TRANSLATE_NOOP("Api", "Request Timeout"); break;
    case 409: phrase = QT_TRANSLATE_NOOP("Api", "Conflict"); break;
    case 410: phrase = QT_TRANSLATE_NOOP("Api", "Gone"); break;
    case 413: phrase = QT_TRANSLATE_NOOP("Api", "Content Too Large"); break;
    case 422: phrase = QT_TRANSLATE_NOOP("Api", "Unprocessable Content"); break;
    case 425: phrase = QT_TRANSLATE_NOOP("Api", "Too Early"); break;
    case 429: phrase = QT_TRANSLATE_NOOP("Api", "Too Many Requests"); break;
    case 500: phrase = QT_TRANSLATE_NOOP("Api", "Internal Server Error"); break;
    case 502: phrase = QT_TRANSLATE_NOOP("Api", "Bad Gateway"); break;
    case 503: phrase = QT_TRANSLATE_NOOP("Api", "Service Unavailable"); break;
    case 504: phrase = QT_TRANSLATE_NOOP("Api", "Gateway Timeout"); break;
    default: return {};
    }
    return QCoreApplication::translate("Api", phrase);
}

QString joined(const QJsonValue& value)
{
    QStringList parts;
    for (const QJsonValue& part : value.toArray()) {
        if (part.isString() && !part.toString().isEmpty())
            parts.append(part.toString());
    }
    return parts.join(QStringLiteral(", "));
}

void appendCode(QStringList& codes, const QString& code)
{
    if (!code.isEmpty() && !codes.contains(code))
        codes.append(code);
}

// "- <what> (<where>) [<code>]", leaving out what the issue does not say.
QString issueLine(const QString& what, const QString& where, const QString& code)
{
    QString line = QStringLiteral("- ") + (what.isEmpty() ? QCoreApplication::translate("Api", "(no description)") : what);
    if (!where.isEmpty())
        line += QStringLiteral(" (") + where + u')';
    if (!code.isEmpty())
        line += QStringLiteral(" [") + code + u']';
    return line;
}

void readOperationOutcome(const QJsonObject& outcome, ServerMessage& message, QStringList& lines)
{
    message.format = ServerMessage::Format::OperationOutcome;
    const QJsonArray issues = outcome.value(u"issue").toArray();
    bool allContent = !issues.isEmpty();
    for (const QJsonValue& issueValue : issues) {
        const QJsonObject issue = issueValue.toObject();
        const QString code = issue.value(u"code").toString();
        allContent = allContent && isContentIssue(code);
        appendCode(message.codes, code);
        const QJsonObject details = issue.value(u"details").toObject();
        QString detailCode;
        for (const QJsonValue& coding : details.value(u"coding").toArray()) {
            detailCode = coding.toObject().value(u"code").toString();
            appendCode(message.codes, detailCode);
        }
        QString what = issue.value(u"diagnostics").toString();
        if (what.isEmpty())
            what = details.value(u"text").toString();
        QString where = joined(issue.value(u"expression"));
        if (where.isEmpty())
            where = joined(issue.value(u"location"));
        lines.append(issueLine(what, where, detailCode.isEmpty() ? code : detailCode));
    }
    message.contentRefused = allContent;
}

void readProblem(const QJsonObject& problem, ServerMessage& message, QStringList& lines)
{
    message.format = ServerMessage::Format::Problem;
    const QString type = problem.value(u"type").toString();
    if (!type.isEmpty() && type != u"about:blank")
        appendCode(message.codes, type);
    const QString title = problem.value(u"title").toString();
    const QString detail = problem.value(u"detail").toString();
    if (!title.isEmpty())
        lines.append(title);
    if (!detail.isEmpty() && detail != title)
        lines.append(detail);
    for (const QJsonValue& errorValue : problem.value(u"feil").toArray()) {
        const QJsonObject error = errorValue.toObject();
        const QString code = error.value(u"kode").toString();
        appendCode(message.codes, code);
        QString where = error.value(u"linkId").toString();
        if (where.isEmpty())
            where = error.value(u"felt").toString();
        lines.append(issueLine(error.value(u"melding").toString(), where, code));
    }
}
// Folkeregisteret's error answer (birth.md §3): <folkeregisterFeilmelding> with httpStatus, alvorlighetsgrad,
// feilkode and feilmelding.
bool readFolkeregisterFeilmelding(const QByteArray& body, ServerMessage& message, QStringList& lines)
{
    QXmlStreamReader xml(body);
    if (!xml.readNextStartElement() || xml.name() != u"folkeregisterFeilmelding")
        return false;
    QString code;
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"feilkode")
            code = xml.readElementText().trimmed();
        else if (xml.name() == u"feilmelding")
            text = xml.readElementText().trimmed();
        else
            xml.skipCurrentElement();
    }
    if (xml.hasError() && code.isEmpty() && text.isEmpty())
        return false;
    message.format = ServerMessage::Format::FolkeregisterFeilmelding;
    appendCode(message.codes, code);
    lines.append(issueLine(text, QString(), code));
    return true;
}
} // namespace

QString ApiErrorParser::statusLine(int status)
{
    const QString reason = reasonPhrase(status);
    QString line = QStringLiteral("HTTP %1").arg(status);
    if (!reason.isEmpty())
        line += QStringLiteral(" (") + reason + u')';
    return line;
}

ServerMessage ApiErrorParser::parse(int status, const QByteArray& body)
{
    ServerMessage message;
    QStringList lines {QCoreApplication::translate("Api", "The registry answered %1.").arg(statusLine(status))};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        if (object.value(u"resourceType").toString() == u"OperationOutcome")
            readOperationOutcome(object, message, lines);
        else if (object.contains(u"title") || object.contains(u"detail") || object.contains(u"feil"))
            readProblem(object, message, lines);
    } else if (body.trimmed().startsWith('<')) {
        readFolkeregisterFeilmelding(body, message, lines);
    }
    message.text = lines.join(u'\n');
    return message;
}

} // namespace Meldeklient::Api

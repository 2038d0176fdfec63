#include "core/api/FolkeregisteretMottakTransport.h"

#include <QCoreApplication>
#include <QUuid>
#include <QXmlStreamReader>

namespace Meldeklient::Api {

namespace {
Error unreadable(const QString& why)
{
    return Error {QStringLiteral("api-unreadable-answer"), why};
}
} // namespace

QString FolkeregisteretMottakTransport::messageIdOf(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement() || reader.name() != u"foedselsmelding")
        return {};
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"avsendersMeldingsidentifikator")
            return reader.readElementText().trimmed();
    }
    return {};
}

Result<ApiRequest> FolkeregisteretMottakTransport::render(const QByteArray& payload)
{
    const QString messageId = messageIdOf(payload);
    if (messageId.isEmpty()) {
        return Error {QStringLiteral("api-payload-invalid"),
            QCoreApplication::translate("Api", "The stored birth notification is not a foedselsmelding with a message id.")};
    }
    ApiRequest request;
    request.method = "POST";
    request.path = MottakPath;
    request.contentType = "application/xml; charset=utf-8";
    request.body = payload;
    // The register's own key is the message id in the body; the header carries it too for proxies and logs.
    request.idempotencyKey = messageId;
    return request;
}

Result<StepResult> FolkeregisteretMottakTransport::parseReceipt(const QByteArray& body, const QString& messageId)
{
    QXmlStreamReader reader(body);
    if (!reader.readNextStartElement() || reader.name() != u"meldingMottatt")
        return unreadable(QCoreApplication::translate("Api", "the answer is not a meldingMottatt receipt"));
    QString reference;
    QString echoed;
    while (reader.readNextStartElement()) {
        if (reader.name() == u"folkeregisterReferanse")
            reference = reader.readElementText().trimmed();
        else if (reader.name() == u"avsendersMeldingsidentifikator")
            echoed = reader.readElementText().trimmed();
        else
            reader.skipCurrentElement();
    }
    if (reader.hasError())
        return unreadable(QCoreApplication::translate("Api", "the receipt is not well-formed XML"));
    if (reference.isEmpty() || reference.size() > 200)
        return unreadable(QCoreApplication::translate("Api", "the receipt has no folkeregisterReferanse"));
    if (!echoed.isEmpty() && echoed != messageId)
        return unreadable(QCoreApplication::translate("Api", "the receipt is for another message"));
    return StepResult {reference, QDateTime()};
}

ApiRequest FolkeregisteretMottakTransport::feedRequest(const Outbox::FeedPosition& position)
{
    ApiRequest request;
    request.method = "GET";
    request.path = FeedPath;
    request.query.addQueryItem(QStringLiteral("seq"), QString::number(position.nextSequence));
    return request;
}

} // namespace Meldeklient::Api

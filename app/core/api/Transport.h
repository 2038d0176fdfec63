#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/RegistryPerson.h"
#include "core/api/RenderContext.h"
#include "core/api/StepResult.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Meldeklient::Api {

// How a submission travels to one of NHN's APIs (README.md, "National API"): a list of steps, each one request. A step's request
// is rendered from the document, the idempotency key, the parent's receipt id and the ids earlier steps returned;
// rendering is deterministic, so a retry sends identical bytes. The last step's answer is the receipt.
class Transport
{
public:
    virtual ~Transport() = default;

    static constexpr QLatin1StringView RestName {"nhn-rest"};
    static constexpr QLatin1StringView FhirName {"nhn-fhir"};
    static QStringList names();
    // Errors: "api-unknown-transport".
    static Result<std::unique_ptr<Transport>> create(const QString& name);

    virtual QString name() const = 0;
    // The media type the API answers in (Accept).
    virtual QByteArray acceptType() const = 0;
    // The steps for this document, in order; the last one's answer is the receipt.
    virtual QStringList steps(const SubmissionDocument& document) const = 0;
    // Errors: "api-render-failed" (e.g. Del 2 without the dødsfallId, a step this document does not have).
    virtual Result<ApiRequest> render(const QString& step, const RenderContext& context) const = 0;
    // Reads a step's 2xx answer. Errors: "api-unreadable-answer".
    virtual Result<StepResult> parse(const QString& step, const QByteArray& body) const = 0;

    // Person lookup by fødselsnummer or D-nummer (11 digits).
    virtual ApiRequest lookUpRequest(const QString& identifier) const = 0;
    // Errors: "api-unreadable-answer".
    virtual Result<QList<RegistryPerson>> parseLookUp(const QByteArray& body) const = 0;

    // The Idempotency-Key of a step: the item's key for the last step, "<key>:<step>" for the ones before, so each
    // endpoint sees one key per submission.
    static QString stepIdempotencyKey(const QString& key, const QString& step, bool isLastStep);

protected:
    static Error renderFailed(const QString& message);
    static Error unreadable(const QString& message);
    // The body as a JSON object, or "api-unreadable-answer".
    static Result<QJsonObject> parseObject(const QByteArray& body);
    // A death date as given ("2021-11-06", "2021-11-06T10:11:00+01:00"): its date part.
    static std::optional<QDate> datePart(const QString& fhirDateOrDateTime);
};

} // namespace Meldeklient::Api

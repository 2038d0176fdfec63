#pragma once

#include "core/api/Transport.h"

namespace Meldeklient::Api {

// NHN's FHIR R4 API for death notifications (the retired ElektroniskDodsmelding API, reference samples in
// nhn-dodsmelding-fhir/): two steps per submission, the reporting physician's PractitionerRole first.
//   death-part1 → POST /PractitionerRole, POST /Patient {identifier, deceasedDateTime, generalPractitioner}
//   death-part2 → POST /PractitionerRole, POST /QuestionnaireResponse {subject Patient/<dødsfallId>, author, item}
//   death-void  → POST /PractitionerRole, POST /Patient {identifier, deceasedBoolean false, generalPractitioner}
//   lookup      → GET /Patient?identifier=<system>|<number>
class NhnFhirTransport : public Transport
{
public:
    static constexpr QLatin1StringView QuestionnaireReference {"Questionnaire/1"};

    QString name() const override { return QString(FhirName); }
    QByteArray acceptType() const override { return QByteArrayLiteral("application/fhir+json"); }
    QStringList steps(const SubmissionDocument& document) const override;
    Result<ApiRequest> render(const QString& step, const RenderContext& context) const override;
    Result<StepResult> parse(const QString& step, const QByteArray& body) const override;
    ApiRequest lookUpRequest(const QString& identifier) const override;
    Result<QList<RegistryPerson>> parseLookUp(const QByteArray& body) const override;
};

} // namespace Meldeklient::Api

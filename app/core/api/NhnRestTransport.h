#pragma once

#include "core/api/Transport.h"

namespace Meldeklient::Api {

// NHN's current REST API for death notifications, with our JSON mapping (README.md, "National API"; to confirm with
// NHN's OpenAPI): one step per submission.
//   death-part1 → POST /dodsfall              {identifikator, personUtenFoedselsnummer?, doedstidspunkt, meldendeLege}
//                 (personUtenFoedselsnummer also carries "mellomnavn" when the person has more than one given name,
//                 as personoppslag answers)
//   death-part2 → POST /dodsarsaker           {dodsfallId, skjema, meldendeLege, svar[{linkId, verdi}]}
//   death-void  → POST /dodsfall/annullering  {dodsfallId?, identifikator, meldendeLege, begrunnelse}
//   lookup      → POST /personoppslag         {identifikator} (POST, so the number never sits in a URL)
class NhnRestTransport : public Transport
{
public:
    static constexpr QLatin1StringView FormName {"dodsaarsak_1"};

    QString name() const override { return QString(RestName); }
    QByteArray acceptType() const override { return QByteArrayLiteral("application/json"); }
    QStringList steps(const SubmissionDocument& document) const override;
    Result<ApiRequest> render(const QString& step, const RenderContext& context) const override;
    Result<StepResult> parse(const QString& step, const QByteArray& body) const override;
    ApiRequest lookUpRequest(const QString& identifier) const override;
    Result<QList<RegistryPerson>> parseLookUp(const QByteArray& body) const override;

    // The answers of a QuestionnaireResponse as "svar": one {linkId, verdi} per answer value, in questionnaire
    // order, groups and nested items flattened. Errors: "api-render-failed" for an answer type it cannot map.
    static Result<QJsonArray> flattenAnswers(const QJsonObject& questionnaireResponse);
    // PractitionerRole (organization.display, location[0].display, telecom email/phone) → "meldendeLege".
    static QJsonObject reportingPhysician(const QJsonObject& practitionerRole);
};

} // namespace Meldeklient::Api

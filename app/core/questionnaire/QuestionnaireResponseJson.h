#pragma once

#include "core/common/Result.h"
#include "core/questionnaire/QuestionnaireResponse.h"

#include <QByteArray>
#include <QJsonObject>

namespace Meldeklient::Questionnaire {

class Questionnaire;

// FHIR R4 QuestionnaireResponse JSON for one Questionnaire, nested as the Questionnaire's groups are (as in NHN's
// sample). Reading checks the structure against the Questionnaire and fails with a specific code:
// response-json, response-resource-type, response-status, response-invalid-member, response-unknown-link-id,
// response-duplicate-link-id, response-misplaced-item, response-unexpected-answer, response-invalid-answer,
// response-answer-type. Rules about the answers themselves (required, maxLength...) are
// QuestionnaireValidator's.
class QuestionnaireResponseJson
{
public:
    static Result<QuestionnaireResponse> read(const Questionnaire& questionnaire, const QByteArray& json);
    static Result<QuestionnaireResponse> read(const Questionnaire& questionnaire, const QJsonObject& object);
    // Answers of disabled items are dropped, and so are groups left without answers.
    static QJsonObject write(const Questionnaire& questionnaire, const QuestionnaireResponse& response);
    static QByteArray writeJson(const Questionnaire& questionnaire, const QuestionnaireResponse& response);
};

} // namespace Meldeklient::Questionnaire

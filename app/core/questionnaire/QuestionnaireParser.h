#pragma once

#include "core/common/Result.h"
#include "core/questionnaire/Questionnaire.h"

#include <QByteArray>
#include <QJsonObject>

namespace Meldeklient::Questionnaire {

// Reads and checks Questionnaire JSON. Used through Questionnaire::fromJson().
class QuestionnaireParser
{
public:
    static Result<Questionnaire> parse(const QByteArray& json);
    static Result<Questionnaire> parse(const QJsonObject& object);
};

} // namespace Meldeklient::Questionnaire

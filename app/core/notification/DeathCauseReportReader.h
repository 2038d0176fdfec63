#pragma once

#include "core/notification/DeathCauseReport.h"

namespace Meldeklient::Questionnaire {
class QuestionnaireResponse;
}

namespace Meldeklient::Notification {

// Reads the answers of the dodsaarsak form (NHN's linkIds) into a DeathCauseReport. Reads every answer as typed,
// hidden ones included, so that the rules can point out conflicts (code and text on one line) before anything is
// dropped; the rules themselves judge follow-up dates only when their block is answered "Ja".
class DeathCauseReportReader
{
public:
    static DeathCauseReport read(const Questionnaire::QuestionnaireResponse& response);
};

} // namespace Meldeklient::Notification

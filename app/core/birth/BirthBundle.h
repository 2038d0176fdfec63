#pragma once

#include "core/common/Result.h"
#include "core/questionnaire/QuestionnaireResponse.h"

#include <QByteArray>

namespace Meldeklient::Questionnaire {
class Questionnaire;
}

namespace Meldeklient::Birth {

// A birth notification as a file: a FHIR R4 Bundle (type collection) holding one QuestionnaireResponse for the
// fodselsmelding form, or that QuestionnaireResponse alone. Unlike a death notification it has no Patient: the
// child has no identity yet and the parents are answers of the form.
class BirthBundle
{
public:
    // True when the JSON holds a QuestionnaireResponse whose `questionnaire` is the fodselsmelding form (any
    // version); callers branch on it before reading a death notification.
    static bool isBirthNotification(const QByteArray& json);
    // Fails with bundle-unreadable, bundle-invalid or the response-* codes of QuestionnaireResponseJson.
    static Result<Questionnaire::QuestionnaireResponse> read(
        const Questionnaire::Questionnaire& form, const QByteArray& json);
};

} // namespace Meldeklient::Birth

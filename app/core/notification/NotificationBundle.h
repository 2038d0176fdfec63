#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace Meldeklient::Notification {

// A FHIR R4 Bundle of type "collection" holding the deceased (Patient) and the cause-of-death answers
// (QuestionnaireResponse for dodsaarsak), optionally with the reporting physician (PractitionerRole): the file format of `meldeklient-cli validate` and of exported notifications.
struct NotificationBundle {
    QJsonObject patient;
    QJsonObject questionnaireResponse;
    // The reporting physician's contact details in NHN's PractitionerRole shape (organization.display,
    // location[].display, telecom[]); empty when the Bundle has none.
    QJsonObject practitionerRole;

    // Error codes: "bundle-unreadable" (not JSON), "bundle-invalid" (not such a Bundle), with the reason.
    static Result<NotificationBundle> fromJson(const QByteArray& json);
};

} // namespace Meldeklient::Notification

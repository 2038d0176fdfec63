#pragma once

#include "core/notification/ValidationIssues.h"

#include <QJsonObject>

namespace Meldeklient::Notification {

// The reporting physician's contact details (NHN's PractitionerRole: organization.display, location[].display,
// telecom email/phone), which the registries need to reach the doctor. The doctor's identity and HPR number come
// from the HelseID sign-in, not from here. Limits follow Folkeregisteret's MeldingOmDoedsfall_v1.2.xsd (virksomhet
// and avdeling are `Navn`, 1–200 characters; e-mail ≤ 254, phone ≤ 20); control characters and line breaks are
// refused in all four (TextFieldRules).
class ReporterContactRules
{
public:
    static constexpr qsizetype MaxNameLength = 200;
    static constexpr qsizetype MaxEmailLength = 254;
    static constexpr qsizetype MaxPhoneLength = 20;

    // `practitionerRole` empty: the details are missing altogether.
    static QList<ValidationIssue> check(const QJsonObject& practitionerRole);
};

} // namespace Meldeklient::Notification

#pragma once

#include "core/common/Result.h"
#include "core/notification/DeceasedPersonRules.h"
#include "core/notification/NotificationBundle.h"
#include "core/notification/ValidationIssues.h"

#include <QDateTime>

namespace Meldeklient::Codes {
class CodeSystemRegistry;
}
namespace Meldeklient::Questionnaire {
class Questionnaire;
}

namespace Meldeklient::Notification {

// A death notification file read and checked with every rule: what `validate` reports and what `submit` requires
// before anything is queued.
struct CheckedNotification {
    NotificationBundle bundle;
    QList<ValidationIssue> issues; // errors first
    QString formVersion;           // the dodsaarsak Questionnaire's canonical URL and version
    QString codeListVersions;      // "url|version" of each code list used, ';'-separated

    bool canBeSent() const { return !hasErrors(issues); }
};

class BundleCheck
{
public:
    // `registry` as for DeathNotificationValidator (may be null). Both must outlive the check.
    BundleCheck(const Questionnaire::Questionnaire& dodsaarsak, const Codes::CodeSystemRegistry* registry,
        DeceasedPersonRules::Options options);

    // Errors (the file cannot be read as a notification at all): "bundle-unreadable", "bundle-invalid",
    // "patient-invalid", "response-invalid". Rule violations are issues of the result, not errors.
    Result<CheckedNotification> check(const QByteArray& json, const QDateTime& now) const;

private:
    const Questionnaire::Questionnaire& m_dodsaarsak;
    const Codes::CodeSystemRegistry* m_registry;
    DeceasedPersonRules::Options m_options;
};

} // namespace Meldeklient::Notification

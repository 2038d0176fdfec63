#pragma once

#include "core/api/SubmissionDocument.h"
#include "core/codes/CodeSystemRegistry.h"
#include "core/common/Result.h"
#include "core/notification/BundleCheck.h"
#include "core/questionnaire/Questionnaire.h"

#include <QDateTime>

#include <memory>

namespace Meldeklient::Config {
struct Environment;
}

namespace Meldeklient::Session {

// A death notification checked with every rule, and the requests it becomes when it may be sent.
struct CheckedDeath {
    Notification::CheckedNotification checked;
    QList<Api::SubmissionDocument> documents; // Del 1, Del 2; empty when the notification has errors
};

// The one check a death notification passes before anything is queued: `validate` reports it, `submit` and the
// window require it (issue 9 item 8: they can never disagree). Owns the dodsaarsak form and the code lists from
// the cache. Besides BundleCheck's rules: the QuestionnaireResponse must be for this form (its `questionnaire`: our
// canonical url, with or without our version, or NHN's server reference Questionnaire/1 for dodsaarsak_1), and the
// notification must make complete requests.
class NotificationCheck
{
public:
    // Errors: the form could not be loaded ("form-unreadable"). `problems` gets code lists that could not be loaded.
    static Result<std::unique_ptr<NotificationCheck>> create(const Config::Environment& environment,
        QList<Error>* problems = nullptr);
    // With the dodsaarsak form already loaded (the window's FormRegistry): it is not read a second time.
    static std::unique_ptr<NotificationCheck> create(const Config::Environment& environment,
        const Questionnaire::Questionnaire& dodsaarsak, QList<Error>* problems = nullptr);

    const Questionnaire::Questionnaire& form() const { return m_form; }
    const Codes::CodeSystemRegistry& registry() const { return m_registry; }
    // A newer list was installed in the cache (CodeListUpdater): later checks use it. False when it cannot be read
    // (the list in use stays). Pointers to the old list (CodeSystemRegistry::find) become invalid.
    bool reloadCodeList(const QString& url) { return m_registry.reload(url); }

    // Errors as BundleCheck::check (the file is not a notification at all). Everything else is an issue.
    Result<CheckedDeath> check(const QByteArray& json, const QDateTime& now = QDateTime::currentDateTime()) const;

private:
    NotificationCheck(Questionnaire::Questionnaire form, bool allowSyntheticNumbers);

    Questionnaire::Questionnaire m_form;
    Codes::CodeSystemRegistry m_registry;
    bool m_allowSynthetic;
};

} // namespace Meldeklient::Session

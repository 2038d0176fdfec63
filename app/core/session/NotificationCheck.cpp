#include "core/session/NotificationCheck.h"

#include "core/codes/CodeListCache.h"
#include "core/codes/StandardCodeLists.h"
#include "core/config/Environment.h"

#include <QCoreApplication>

namespace Meldeklient::Session {

using Notification::ValidationIssue;

namespace {
// NHN's FHIR server knows dodsaarsak_1 as Questionnaire/1 (its published samples and UseCases.md answer with these).
const QStringList NhnServerReferences {QStringLiteral("/Questionnaire/1"), QStringLiteral("Questionnaire/1")};
} // namespace

NotificationCheck::NotificationCheck(Questionnaire::Questionnaire form, bool allowSyntheticNumbers)
    : m_form(std::move(form))
    , m_allowSynthetic(allowSyntheticNumbers)
{
}

Result<std::unique_ptr<NotificationCheck>> NotificationCheck::create(
    const Config::Environment& environment, QList<Error>* problems)
{
    Result<Questionnaire::Questionnaire> form
        = Questionnaire::Questionnaire::fromFile(QStringLiteral(":/forms/dodsaarsak.json"));
    if (!form)
        return Error {QStringLiteral("form-unreadable"), form.error().message};
    return create(environment, form.value(), problems);
}

std::unique_ptr<NotificationCheck> NotificationCheck::create(
    const Config::Environment& environment, const Questionnaire::Questionnaire& dodsaarsak, QList<Error>* problems)
{
    std::unique_ptr<NotificationCheck> check(new NotificationCheck(dodsaarsak, environment.name != u"production"));
    const QList<Error> loaded = Codes::StandardCodeLists::loadInto(check->m_registry, Codes::CodeListCache());
    if (problems)
        problems->append(loaded);
    return check;
}

Result<CheckedDeath> NotificationCheck::check(const QByteArray& json, const QDateTime& now) const
{
    const Notification::BundleCheck bundleCheck(m_form, &m_registry, {m_allowSynthetic});
    Result<Notification::CheckedNotification> checked = bundleCheck.check(json, now);
    if (!checked)
        return checked.error();
    CheckedDeath death;
    death.checked = std::move(checked).value();
    QList<ValidationIssue>& issues = death.checked.issues;

    // A response for another form would be sent as ours; one without `questionnaire` cannot say which version of
    // ours it follows.
    const QString claimed = death.checked.bundle.questionnaireResponse.value(u"questionnaire").toString();
    const QString url = claimed.section(u'|', 0, 0);
    const QString version = claimed.contains(u'|') ? claimed.section(u'|', 1) : QString();
    if (claimed.isEmpty()) {
        issues.prepend(ValidationIssue {ValidationIssue::Severity::Error, QStringLiteral("response-questionnaire-missing"),
            QString(),
            QCoreApplication::translate("Session",
                "The QuestionnaireResponse does not say which form it answers (questionnaire is missing).")});
    } else if (!(url == m_form.url() && (version.isEmpty() || version == m_form.version()))
        && !NhnServerReferences.contains(claimed)) {
        issues.prepend(ValidationIssue {ValidationIssue::Severity::Error, QStringLiteral("response-questionnaire-mismatch"),
            QString(),
            QCoreApplication::translate("Session", "The QuestionnaireResponse answers another form (%1), not %2.")
                .arg(claimed, m_form.canonical())});
    }
    if (!death.checked.canBeSent())
        return death;
    // Checked against our form: the requests name it exactly (url and version), whichever alias the file used.
    death.checked.bundle.questionnaireResponse.insert(QStringLiteral("questionnaire"), m_form.canonical());

    // What submit would build: a notification that cannot become complete requests is an error here too.
    const Result<QList<Api::SubmissionDocument>> documents = Api::SubmissionDocument::forDeath(death.checked.bundle);
    if (!documents) {
        issues.prepend(ValidationIssue {ValidationIssue::Severity::Error, documents.error().code, QString(),
            documents.error().message});
        return death;
    }
    death.documents = documents.value();
    return death;
}

} // namespace Meldeklient::Session

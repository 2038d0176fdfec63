#include "core/notification/BundleCheck.h"

#include "core/codes/CodeList.h"
#include "core/codes/CodeSystemRegistry.h"
#include "core/notification/DeathNotificationValidator.h"
#include "core/notification/DeceasedPerson.h"
#include "core/notification/ReporterContactRules.h"
#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/QuestionnaireResponseJson.h"

#include <algorithm>

namespace Meldeklient::Notification {

BundleCheck::BundleCheck(const Questionnaire::Questionnaire& dodsaarsak, const Codes::CodeSystemRegistry* registry,
    DeceasedPersonRules::Options options)
    : m_dodsaarsak(dodsaarsak)
    , m_registry(registry)
    , m_options(options)
{
}

Result<CheckedNotification> BundleCheck::check(const QByteArray& json, const QDateTime& now) const
{
    Result<NotificationBundle> bundle = NotificationBundle::fromJson(json);
    if (!bundle)
        return bundle.error();
    const Result<DeceasedPerson> person = DeceasedPerson::fromFhirPatient(bundle->patient);
    if (!person)
        return Error {QStringLiteral("patient-invalid"), person.error().message};
    const Result<Questionnaire::QuestionnaireResponse> cause
        = Questionnaire::QuestionnaireResponseJson::read(m_dodsaarsak, bundle->questionnaireResponse);
    if (!cause)
        return Error {QStringLiteral("response-invalid"), cause.error().message};

    CheckedNotification checked;
    checked.bundle = std::move(bundle.value());
    const DeathNotificationValidator validator(m_dodsaarsak, m_registry, m_options);
    checked.issues = validator.validate(person.value(), cause.value(), now);
    checked.issues.append(ReporterContactRules::check(checked.bundle.practitionerRole));
    std::stable_sort(checked.issues.begin(), checked.issues.end(),
        [](const ValidationIssue& a, const ValidationIssue& b) { return a.isError() && !b.isError(); });

    checked.formVersion = m_dodsaarsak.canonical();
    QStringList lists;
    if (m_registry) {
        for (const Codes::CodeList* list : m_registry->lists())
            lists.append(list->url() + u'|' + list->version());
    }
    checked.codeListVersions = lists.join(u';');
    return checked;
}

} // namespace Meldeklient::Notification

#pragma once

#include "core/common/Result.h"
#include "core/notification/NotificationBundle.h"
#include "core/outbox/ItemKind.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Meldeklient::Api {

// What the outbox stores as a submission's payload: one notification part in a transport-neutral form, as compact
// canonical JSON (sorted keys), so that the bytes frozen at enqueue are the bytes every attempt renders from.
//   {"format":"meldeklient-submission","version":1,"kind":"death-part1"|"death-part2"|"death-void",
//    "formVersion":"...","patient":{...},"practitionerRole":{...},"questionnaireResponse":{...},"reason":"..."}
// Members a kind does not use are left out. The transports (NhnRestTransport, NhnFhirTransport) turn it into
// requests; ids the registry hands out (dødsfallId) are added then, never stored here.
struct SubmissionDocument {
    static constexpr int Version = 1;

    Outbox::ItemKind kind = Outbox::ItemKind::DeathPart1; // stored as Outbox::kindCode
    QString formVersion;               // death-part2: version of the dodsaarsak form the answers follow
    QJsonObject patient;               // death-part1, death-void: the FHIR Patient (identifier, deceasedDateTime...)
    QJsonObject practitionerRole;      // all kinds: the reporting physician's contact details
    QJsonObject questionnaireResponse; // death-part2: the answers
    QString reason;                    // death-void: why the death is withdrawn (free text)

    // Del 1 (the death, for Folkeregisteret) and Del 2 (the causes, for FHI) from a notification Bundle, in that
    // order. Errors: "submission-invalid" (no PractitionerRole, no identifier, no death time, no answers, no form
    // version in QuestionnaireResponse.questionnaire).
    static Result<QList<SubmissionDocument>> forDeath(const Notification::NotificationBundle& bundle);
    // Withdraws a reported death. Errors: "submission-invalid" (no identifier, no PractitionerRole, no reason).
    static Result<SubmissionDocument> forVoid(const QJsonObject& patient, const QJsonObject& practitionerRole,
        const QString& reason);

    QByteArray toJson() const;
    // Errors: "submission-unreadable" (not JSON), "submission-invalid" (wrong format or version, unknown kind,
    // members of the wrong type or missing for the kind).
    static Result<SubmissionDocument> fromJson(const QByteArray& json);

    bool operator==(const SubmissionDocument&) const = default;
};

} // namespace Meldeklient::Api

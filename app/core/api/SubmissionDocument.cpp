#include "core/api/SubmissionDocument.h"

#include "core/outbox/ItemKind.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Meldeklient::Api {

namespace {
const QString FormatName = QStringLiteral("meldeklient-submission");

Error invalid(const QString& message)
{
    return Error {QStringLiteral("submission-invalid"), message};
}

bool hasIdentifier(const QJsonObject& patient)
{
    for (const QJsonValue& identifier : patient.value(u"identifier").toArray()) {
        if (!identifier.toObject().value(u"value").toString().trimmed().isEmpty())
            return true;
    }
    return false;
}

// Every member a kind needs is there. The content itself (check digits, answers) was validated before enqueue and
// is validated again by the registry.
Result<void> checkComplete(const SubmissionDocument& document)
{
    const bool part1 = document.kind == Outbox::ItemKind::DeathPart1;
    const bool part2 = document.kind == Outbox::ItemKind::DeathPart2;
    const bool voiding = document.kind == Outbox::ItemKind::DeathVoid;
    if (!part1 && !part2 && !voiding)
        return invalid(QCoreApplication::translate("Api", "Unknown kind of submission."));
    if (document.practitionerRole.isEmpty())
        return invalid(QCoreApplication::translate("Api",
            "The reporting physician's contact details (PractitionerRole) are missing."));
    if ((part1 || voiding) && !hasIdentifier(document.patient))
        return invalid(QCoreApplication::translate("Api", "The deceased person's identifier is missing."));
    if (part1 && document.patient.value(u"deceasedDateTime").toString().isEmpty())
        return invalid(QCoreApplication::translate("Api", "The time of death (Patient.deceasedDateTime) is missing."));
    if (part2 && document.questionnaireResponse.value(u"item").toArray().isEmpty())
        return invalid(QCoreApplication::translate("Api", "The cause-of-death answers are missing."));
    if (part2 && document.formVersion.isEmpty())
        return invalid(QCoreApplication::translate("Api", "The version of the cause-of-death form is missing."));
    if (voiding && document.reason.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Api", "A reason for withdrawing the death notification is needed."));
    return {};
}

// "https://.../Questionnaire/dodsaarsak|1.0.0" → "1.0.0".
QString formVersionOf(const QJsonObject& questionnaireResponse)
{
    const QString canonical = questionnaireResponse.value(u"questionnaire").toString();
    const qsizetype bar = canonical.lastIndexOf(u'|');
    return bar < 0 ? QString() : canonical.mid(bar + 1);
}
} // namespace

Result<QList<SubmissionDocument>> SubmissionDocument::forDeath(const Notification::NotificationBundle& bundle)
{
    SubmissionDocument part1;
    part1.kind = Outbox::ItemKind::DeathPart1;
    part1.patient = bundle.patient;
    part1.practitionerRole = bundle.practitionerRole;
    if (const Result<void> complete = checkComplete(part1); !complete)
        return complete.error();

    // Del 2 needs no personal data of its own: the registry ties it to Del 1 through the dødsfallId.
    SubmissionDocument part2;
    part2.kind = Outbox::ItemKind::DeathPart2;
    part2.formVersion = formVersionOf(bundle.questionnaireResponse);
    part2.practitionerRole = bundle.practitionerRole;
    part2.questionnaireResponse = bundle.questionnaireResponse;
    if (const Result<void> complete = checkComplete(part2); !complete)
        return complete.error();
    return QList<SubmissionDocument> {part1, part2};
}

Result<SubmissionDocument> SubmissionDocument::forVoid(const QJsonObject& patient, const QJsonObject& practitionerRole,
    const QString& reason)
{
    SubmissionDocument document;
    document.kind = Outbox::ItemKind::DeathVoid;
    document.patient = patient;
    document.practitionerRole = practitionerRole;
    document.reason = reason.trimmed();
    if (const Result<void> complete = checkComplete(document); !complete)
        return complete.error();
    return document;
}

QByteArray SubmissionDocument::toJson() const
{
    // QJsonObject keeps its keys sorted, so the same document always gives the same bytes.
    QJsonObject json {{QStringLiteral("format"), FormatName}, {QStringLiteral("version"), Version},
        {QStringLiteral("kind"), QString(Outbox::kindCode(kind))}};
    if (!formVersion.isEmpty())
        json.insert(QStringLiteral("formVersion"), formVersion);
    if (!patient.isEmpty())
        json.insert(QStringLiteral("patient"), patient);
    if (!practitionerRole.isEmpty())
        json.insert(QStringLiteral("practitionerRole"), practitionerRole);
    if (!questionnaireResponse.isEmpty())
        json.insert(QStringLiteral("questionnaireResponse"), questionnaireResponse);
    if (!reason.isEmpty())
        json.insert(QStringLiteral("reason"), reason);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<SubmissionDocument> SubmissionDocument::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !parsed.isObject()) {
        return Error {QStringLiteral("submission-unreadable"),
            QCoreApplication::translate("Api", "The stored submission is not readable.")};
    }
    const QJsonObject object = parsed.object();
    if (object.value(u"format").toString() != FormatName)
        return invalid(QCoreApplication::translate("Api", "The stored data is not a Meldeklient submission."));
    if (object.value(u"version").toInt(-1) != Version) {
        return invalid(QCoreApplication::translate("Api", "The stored submission has version %1, which this version of "
                                                          "Meldeklient cannot send.")
                           .arg(object.value(u"version").toVariant().toString()));
    }
    const auto isStringOrAbsent = [&object](QStringView key) {
        return !object.contains(key) || object.value(key).isString();
    };
    const auto isObjectOrAbsent = [&object](QStringView key) {
        return !object.contains(key) || object.value(key).isObject();
    };
    if (!object.value(u"kind").isString() || !isStringOrAbsent(u"formVersion") || !isStringOrAbsent(u"reason")
        || !isObjectOrAbsent(u"patient") || !isObjectOrAbsent(u"practitionerRole")
        || !isObjectOrAbsent(u"questionnaireResponse")) {
        return invalid(QCoreApplication::translate("Api", "The stored submission has members of the wrong type."));
    }
    const std::optional<Outbox::ItemKind> kind = Outbox::kindFromCode(object.value(u"kind").toString());
    if (!kind)
        return invalid(QCoreApplication::translate("Api", "Unknown kind of submission."));
    SubmissionDocument document;
    document.kind = *kind;
    document.formVersion = object.value(u"formVersion").toString();
    document.patient = object.value(u"patient").toObject();
    document.practitionerRole = object.value(u"practitionerRole").toObject();
    document.questionnaireResponse = object.value(u"questionnaireResponse").toObject();
    document.reason = object.value(u"reason").toString();
    if (const Result<void> complete = checkComplete(document); !complete)
        return complete.error();
    return document;
}

} // namespace Meldeklient::Api

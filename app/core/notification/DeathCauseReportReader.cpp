#include "core/notification/DeathCauseReportReader.h"

#include "core/questionnaire/QuestionnaireResponse.h"

namespace Meldeklient::Notification {

namespace {
using Questionnaire::QuestionnaireResponse;

YesNo yesNo(const QuestionnaireResponse& response, const QString& linkId)
{
    const auto coding = response.coding(linkId);
    if (!coding)
        return YesNo::Unanswered;
    if (coding->code == u"1")
        return YesNo::Yes;
    if (coding->code == u"2")
        return YesNo::No;
    if (coding->code == u"9")
        return YesNo::DontKnow;
    return YesNo::Unanswered;
}

CauseInterval interval(const QuestionnaireResponse& response, const QString& linkId)
{
    const auto coding = response.coding(linkId);
    if (!coding)
        return CauseInterval::None;
    bool ok = false;
    const int code = coding->code.toInt(&ok);
    if (!ok || code < 0 || code > 5)
        return CauseInterval::None;
    return static_cast<CauseInterval>(code);
}

std::optional<QDate> date(const QuestionnaireResponse& response, const QString& linkId)
{
    const QDate value = response.date(linkId);
    return value.isValid() ? std::optional<QDate>(value) : std::nullopt;
}
} // namespace

DeathCauseReport DeathCauseReportReader::read(const QuestionnaireResponse& response)
{
    DeathCauseReport report;
    if (const auto time = response.text(QStringLiteral("timeOfDeath"))) {
        const QTime parsed = QTime::fromString(time->left(5), QStringLiteral("HH:mm"));
        if (parsed.isValid())
            report.timeOfDeath = parsed;
    }
    for (CauseLine& line : report.lines) {
        if (const auto coding = response.coding(DeathCauseReport::linkIdFor(line.letter, u"code")))
            line.code = DeathCauseReport::normalizeIcdCode(coding->code);
        if (const auto text = response.text(DeathCauseReport::linkIdFor(line.letter, u"text")))
            line.text = *text;
        line.interval = interval(response, DeathCauseReport::linkIdFor(line.letter, u"time"));
    }
    for (const auto& answer : response.answers(QStringLiteral("causeOfDeath_question_secondary_code"))) {
        const QString code = DeathCauseReport::normalizeIcdCode(answer.toCoding().code);
        if (!code.isEmpty())
            report.secondaryCodes.append(code);
    }
    report.injury = yesNo(response, QStringLiteral("additionalInfoAboutDamage_q1"));
    report.injuryDate = date(response, QStringLiteral("additionalInfoAboutDamage_timeOfDamage"));
    report.operation = yesNo(response, QStringLiteral("operation_impact_on_death"));
    report.operationDate = date(response, QStringLiteral("operation_time"));
    if (const auto manner = response.coding(QStringLiteral("classification_death")))
        report.manner = manner->code;
    report.reportUnnatural = yesNo(response, QStringLiteral("report_unnatural"));
    return report;
}

} // namespace Meldeklient::Notification

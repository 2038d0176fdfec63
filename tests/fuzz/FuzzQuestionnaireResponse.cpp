// libFuzzer target for QuestionnaireResponse JSON read against our embedded death-cause form. Invariants: errors
// carry a code and a message; a response that reads re-serialises and re-reads to the same answers, minus those
// of disabled items, and writing is then stable.
#include "core/questionnaire/EnableWhenEvaluator.h"
#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/QuestionnaireResponseJson.h"
#include "core/questionnaire/QuestionnaireValidator.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace Meldeklient;
using namespace Meldeklient::Questionnaire;
using Form = Meldeklient::Questionnaire::Questionnaire;

namespace {
const Form& form()
{
    static const Form loaded = [] {
        Result<Form> result = Form::fromFile(QStringLiteral(":/forms/dodsaarsak.json"));
        if (!result)
            std::abort();
        return std::move(result).value();
    }();
    return loaded;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Result<QuestionnaireResponse> read = QuestionnaireResponseJson::read(form(), json);
    if (!read) {
        if (read.error().code.isEmpty() || read.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const QuestionnaireResponse& response = *read;
    for (const ValidationIssue& issue : QuestionnaireValidator(form()).validate(response)) {
        if (issue.rule.isEmpty() || issue.message.isEmpty())
            std::abort();
    }
    const EnabledItems enabled = EnableWhenEvaluator::evaluate(form(), response);
    const QByteArray written = QuestionnaireResponseJson::writeJson(form(), response);
    const Result<QuestionnaireResponse> reread = QuestionnaireResponseJson::read(form(), written);
    if (!reread || reread->status() != response.status() || reread->questionnaire() != response.questionnaire()
        || reread->otherMembers() != response.otherMembers())
        std::abort();
    for (const QuestionnaireItem& item : form().items()) {
        const QList<AnswerValue> expected
            = enabled.isEnabled(item.linkId) ? response.answers(item.linkId) : QList<AnswerValue>();
        if (reread->answers(item.linkId) != expected)
            std::abort();
    }
    if (QuestionnaireResponseJson::writeJson(form(), *reread) != written)
        std::abort();
    return 0;
}

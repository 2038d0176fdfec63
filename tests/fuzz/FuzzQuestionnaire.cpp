// libFuzzer target for Questionnaire JSON loading. Invariants: errors carry a code and a message; a loaded form is
// internally consistent, and a response with its initial values evaluates, validates, writes and re-reads stably.
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

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Result<Form> loaded = Form::fromJson(json);
    if (!loaded) {
        if (loaded.error().code.isEmpty() || loaded.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const Form& form = *loaded;
    const QList<QuestionnaireItem>& items = form.items();
    if (items.isEmpty())
        std::abort();
    for (int i = 0; i < items.size(); ++i) {
        const QuestionnaireItem& item = items.at(i);
        if (form.indexOf(item.linkId) != i)
            std::abort();
        if (item.parent >= i || (item.parent >= 0 && !items.at(item.parent).children.contains(i)))
            std::abort();
        for (const EnableWhen& condition : item.enableWhen) {
            if (form.indexOf(condition.question) < 0)
                std::abort();
        }
    }
    const QuestionnaireResponse initial = QuestionnaireResponse::withInitialValues(form);
    const EnabledItems enabled = EnableWhenEvaluator::evaluate(form, initial);
    if (enabled.size() != items.size())
        std::abort();
    for (const ValidationIssue& issue : QuestionnaireValidator(form).validate(initial)) {
        if (issue.rule.isEmpty() || issue.message.isEmpty())
            std::abort();
    }
    const QByteArray written = QuestionnaireResponseJson::writeJson(form, initial);
    const Result<QuestionnaireResponse> reread = QuestionnaireResponseJson::read(form, written);
    if (!reread || QuestionnaireResponseJson::writeJson(form, *reread) != written)
        std::abort();
    return 0;
}

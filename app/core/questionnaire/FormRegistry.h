#pragma once

#include "core/common/Result.h"
#include "core/questionnaire/Questionnaire.h"

#include <memory>

namespace Meldeklient::Questionnaire {

// The forms the application fills in, loaded once from the embedded resources (`:/forms/...`): Del 1 of the death
// notification (`dodsfall.json`) and Del 2 (`dodsaarsak.json`). A form that does not load is a build defect, so
// load() reports it as an error rather than carrying on without the form.
class FormRegistry
{
public:
    enum class Form { Dodsfall, Dodsaarsak };

    static QString resourcePath(Form form);
    // Loads every form; fails with the first form's load error (its code and message name the form).
    static Result<FormRegistry> load();

    const Questionnaire& form(Form form) const;
    const Questionnaire& dodsfall() const { return form(Form::Dodsfall); }
    const Questionnaire& dodsaarsak() const { return form(Form::Dodsaarsak); }

private:
    FormRegistry() = default;
    // Shared so that a copied registry keeps the same Questionnaire objects (validators hold references to them).
    std::shared_ptr<const Questionnaire> m_dodsfall;
    std::shared_ptr<const Questionnaire> m_dodsaarsak;
};

} // namespace Meldeklient::Questionnaire

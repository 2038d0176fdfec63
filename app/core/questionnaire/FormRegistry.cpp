#include "core/questionnaire/FormRegistry.h"

namespace Meldeklient::Questionnaire {

QString FormRegistry::resourcePath(Form form)
{
    switch (form) {
    case Form::Dodsfall:
        return QStringLiteral(":/forms/dodsfall.json");
    case Form::Dodsaarsak:
        return QStringLiteral(":/forms/dodsaarsak.json");
    }
    return {};
}

Result<FormRegistry> FormRegistry::load()
{
    FormRegistry registry;
    for (Form form : {Form::Dodsfall, Form::Dodsaarsak}) {
        Result<Questionnaire> loaded = Questionnaire::fromFile(resourcePath(form));
        if (!loaded)
            return loaded.error();
        auto shared = std::make_shared<const Questionnaire>(std::move(loaded).value());
        (form == Form::Dodsfall ? registry.m_dodsfall : registry.m_dodsaarsak) = std::move(shared);
    }
    return registry;
}

const Questionnaire& FormRegistry::form(Form form) const
{
    return form == Form::Dodsfall ? *m_dodsfall : *m_dodsaarsak;
}

} // namespace Meldeklient::Questionnaire

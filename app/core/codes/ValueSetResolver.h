#pragma once

#include "core/codes/Coding.h"

#include <QList>
#include <QString>

#include <optional>

namespace Meldeklient::Codes {

// How the Questionnaire engine resolves answerValueSet references and checks coded answers, without knowing where
// the codes come from (forms/ code systems, imported ICD-10, a code service). The code-system registry implements it.
class ValueSetResolver
{
public:
    virtual ~ValueSetResolver() = default;

    // Every code of a small value set or code system, by canonical URL; nullopt when the URL is unknown.
    // Large systems (ICD-10, municipalities) may return nullopt: use lookup() and the search index for those.
    virtual std::optional<QList<Coding>> expand(const QString& valueSetUrl) const = 0;
    // One code in a value set or code system; nullopt when it is not a member. ICD-10 codes match with or without
    // the dot ("I21.9" == "I219").
    virtual std::optional<Coding> lookup(const QString& valueSetUrl, const QString& code) const = 0;
};

} // namespace Meldeklient::Codes

#pragma once

#include "core/codes/ValueSetResolver.h"

#include <QHash>
#include <QString>

namespace Meldeklient::Test {

// Test double for the code-system registry: resolves the FHIR CodeSystem files in one folder (forms/codesystems),
// each used as its implicit value set (answerValueSet = CodeSystem.url). Knows nothing of ICD-10 or municipalities.
class FormsCodeSystemResolver : public Codes::ValueSetResolver
{
public:
    // Loads every *.json in `folder`; returns false (and keeps what loaded) when a file is not a usable CodeSystem.
    bool load(const QString& folder);
    QStringList urls() const { return m_systems.keys(); }

    std::optional<QList<Codes::Coding>> expand(const QString& valueSetUrl) const override;
    std::optional<Codes::Coding> lookup(const QString& valueSetUrl, const QString& code) const override;

private:
    QHash<QString, QList<Codes::Coding>> m_systems;
};

} // namespace Meldeklient::Test

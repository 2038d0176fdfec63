#pragma once

#include <QLatin1StringView>
#include <QString>

namespace Meldeklient::Questionnaire {

// One finding about a response: from the Questionnaire's own rules (rule ids "q-...") or from domain rules built
// on top of the engine, which reuse this type with their own rule ids. The message is translated English source
// text and never quotes what the user typed.
struct ValidationIssue
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString rule; // stable id, e.g. "q-required", "q-constraint:MinstEtArsaksfeltSkalVæreUtfylt"
    QString linkId; // the item concerned; empty for rules about the whole form
    QString message;
    int repeat = -1; // which repeat of the enclosing repeating group (0-based); -1 outside one

    bool isError() const { return severity == Severity::Error; }
    static QLatin1StringView severityName(Severity severity);
    bool operator==(const ValidationIssue& other) const = default;
};

} // namespace Meldeklient::Questionnaire

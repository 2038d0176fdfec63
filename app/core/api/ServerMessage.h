#pragma once

#include <QString>
#include <QStringList>

namespace Meldeklient::Api {

// The registry's error answer, made readable: what the physician sees in "needs correction". It may quote what
// was sent (names, causes), so it is stored encrypted and never logged.
struct ServerMessage {
    enum class Format { None, OperationOutcome, Problem, FolkeregisterFeilmelding };

    Format format = Format::None;
    // First line: the HTTP status; then one line per issue ("- text (where) [code]"). Never empty.
    QString text;
    // Machine codes from the answer: issue codes, details codes, problem type and "feil" codes; for tests and
    // decisions, not for people.
    QStringList codes;
    // An OperationOutcome whose issues are all business-rule/invalid/required/value: the content was refused,
    // whatever the status (NHN's FHIR API answered some validation errors with 500).
    bool contentRefused = false;
};

} // namespace Meldeklient::Api

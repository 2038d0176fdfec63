#pragma once

#include <QString>
#include <QStringView>

namespace Meldeklient {

// Whether a field holds one line or several (FHIR Questionnaire item type `text`).
enum class TextLines {
    Single,
    Multi,
};

// What is wrong with a piece of typed text; None when it may be sent.
enum class FreeTextProblem {
    None,
    ControlCharacter, // C0/C1 controls (NUL, ESC, DEL …), bidi and other invisible format characters (U+202E …)
    LineBreak, // CR, LF, U+2028/U+2029 in a single-line field
    TooLong,
};

// The one rule for free text and contact fields, shared by validate, submit and the GUI (through the notification
// and questionnaire rules): no control or text-direction characters, which a registry may store and another system
// display misleadingly (a right-to-left override reverses what a reader sees); line breaks only in multi-line
// fields; and a length limit in characters (Unicode code points, as a person counts them).
class FreeText
{
public:
    // Single-line text with no published limit (NHN's cause lines): generous enough for any diagnosis in words (the
    // longest ICD-10 title has about 250 characters), small enough that a notification stays far below any request
    // limit of the registry.
    static constexpr qsizetype DefaultSingleLineMax = 1000;
    // Multi-line text with no published limit: Folkeregisteret's `Tekst` type (MeldingOmDoedsfall_v1.2.xsd).
    static constexpr qsizetype DefaultMultiLineMax = 4000;

    static FreeTextProblem check(QStringView text, TextLines lines, qsizetype maxLength);
    // Code points, surrogate pairs counted once.
    static qsizetype length(QStringView text);
    // Whether `c` (one UTF-16 unit or a code point) is refused everywhere.
    static bool isForbidden(char32_t c);
    // A translated message naming the field (`fieldName`, already translated or the form's own text); never quotes
    // the text itself.
    static QString message(FreeTextProblem problem, const QString& fieldName, qsizetype maxLength);
};

} // namespace Meldeklient

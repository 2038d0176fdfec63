#include "core/common/FreeText.h"

#include <QChar>
#include <QCoreApplication>

namespace Meldeklient {

namespace {
bool isLineBreak(char32_t c)
{
    return c == U'\n' || c == U'\r' || c == 0x2028 || c == 0x2029;
}
} // namespace

bool FreeText::isForbidden(char32_t c)
{
    if (isLineBreak(c) || c == U'\t')
        return false; // judged by the field's kind
    if (QChar::category(c) == QChar::Other_Control)
        return true; // C0, DEL, C1: NUL, ESC (terminal escapes), …
    switch (c) {
    case 0x061C: // Arabic letter mark
    case 0x200B: // zero-width space: hides in names and numbers
    case 0x200E:
    case 0x200F: // LRM, RLM
    case 0x202A:
    case 0x202B:
    case 0x202C:
    case 0x202D:
    case 0x202E: // LRE, RLE, PDF, LRO, RLO
    case 0x2060: // word joiner
    case 0x2066:
    case 0x2067:
    case 0x2068:
    case 0x2069: // LRI, RLI, FSI, PDI
    case 0xFEFF: // byte-order mark / zero-width no-break space
    case 0xFFF9:
    case 0xFFFA:
    case 0xFFFB: // interlinear annotation
        return true;
    default:
        break;
    }
    // Unpaired surrogates and noncharacters cannot be sent as valid UTF-8.
    return QChar::isSurrogate(c) || (c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF);
}

qsizetype FreeText::length(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

FreeTextProblem FreeText::check(QStringView text, TextLines lines, qsizetype maxLength)
{
    bool lineBreak = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (isForbidden(c))
            return FreeTextProblem::ControlCharacter;
        if (c == U'\t' && lines == TextLines::Single)
            return FreeTextProblem::ControlCharacter;
        if (isLineBreak(c) && lines == TextLines::Single)
            lineBreak = true;
    }
    if (lineBreak)
        return FreeTextProblem::LineBreak;
    if (maxLength >= 0 && length(text) > maxLength)
        return FreeTextProblem::TooLong;
    return FreeTextProblem::None;
}

QString FreeText::message(FreeTextProblem problem, const QString& fieldName, qsizetype maxLength)
{
    switch (problem) {
    case FreeTextProblem::None:
        break;
    case FreeTextProblem::ControlCharacter:
        return QCoreApplication::translate("FreeText",
            "“%1” contains an invisible control or text-direction character (for example NUL, escape, tab or a "
            "right-to-left mark), often from copying text. Type the text again without it.")
            .arg(fieldName);
    case FreeTextProblem::LineBreak:
        return QCoreApplication::translate("FreeText", "“%1” must be a single line: remove the line break.")
            .arg(fieldName);
    case FreeTextProblem::TooLong:
        return QCoreApplication::translate("FreeText", "“%1” is longer than %2 characters. Shorten it.")
            .arg(fieldName)
            .arg(maxLength);
    }
    return {};
}

} // namespace Meldeklient

#include "core/identity/IdentifierInput.h"

namespace Meldeklient::Identity {

namespace {
bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\u00A0' || c == u'\u202F' || c == u'\u2009';
}

bool isSeparator(char16_t c)
{
    return c == u'-' || c == u'.' || c == u'/' || c == u'\u2010' || c == u'\u2011' || c == u'\u2013';
}
} // namespace

void IdentifierInput::normalize(QStringView raw, int separatorAfterDigits, IdentifierCheck& check)
{
    check.digitCount = 0;
    int totalDigits = 0;
    int separators = 0;
    bool separatorMisplaced = false;
    bool seenDigit = false;
    for (QChar qc : raw) {
        const char16_t c = qc.unicode();
        if (c >= u'0' && c <= u'9') {
            if (check.digitCount < IdentifierCheck::MaxDigits)
                check.digits[static_cast<std::size_t>(check.digitCount++)] = static_cast<char>(c);
            ++totalDigits;
            seenDigit = true;
        } else if (isSpace(c)) {
            continue;
        } else if (isSeparator(c) && seenDigit) {
            ++separators;
            if (separatorAfterDigits == NoSeparator || totalDigits != separatorAfterDigits)
                separatorMisplaced = true;
        } else {
            check.add(IdentifierProblem::NonDigit);
        }
    }
    if (separators > 1 || separatorMisplaced)
        check.add(IdentifierProblem::Separator);
    if (totalDigits == 0 && check.problemBits == 0)
        check.add(IdentifierProblem::Empty);
    if (totalDigits > IdentifierCheck::MaxDigits)
        check.add(IdentifierProblem::Length);
}

bool IdentifierInput::normalizeDigits(QStringView raw, int separatorAfterDigits, int minDigits, int maxDigits,
    IdentifierCheck& check)
{
    normalize(raw, separatorAfterDigits, check);
    if (check.problemBits != 0)
        return false;
    if (check.digitCount < minDigits || check.digitCount > maxDigits) {
        check.add(IdentifierProblem::Length);
        return false;
    }
    return true;
}

} // namespace Meldeklient::Identity

#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Meldeklient::Birth {

// The character sets Folkeregisteret's Foedselsmelding_v1.1.xsd allows in names (TekstIPersonnavn) and addresses
// (TekstIAdresse), checked before sending so that the midwife learns which character is refused instead of getting a
// 400 from Skatteetaten. The traps (birth.md §7): capital Đ (U+0110) is refused in names while đ and Icelandic Ð pass,
// õ is refused in names (Õ passes), Polish ł, digits and Cyrillic are refused, and decomposed input (A + U+0301) only
// passes after NFC normalisation, which is why callers check the normalised text.
class RegisterText
{
public:
    enum class Kind { PersonName, Address };

    // NFC and trimmed: what is checked and sent.
    static QString normalized(const QString& text);
    // The first character (code point) of `text` the register refuses, or nullopt when all are accepted.
    static std::optional<char32_t> refusedCharacter(QStringView text, Kind kind);
    // "“Đ” (U+0110)", for messages that must say which character is refused.
    static QString describe(char32_t character);
};

} // namespace Meldeklient::Birth

#include "core/birth/RegisterText.h"

#include <QList>

namespace Meldeklient::Birth {

namespace {

// Copied character by character from the XSD's patterns (besides the ASCII letter ranges); `)-/` in TekstIAdresse
// is a range and therefore also admits * + , - .
const QString& personNameExtras()
{
    static const QString extras
        = QStringLiteral(u"æøåÆØÅÁÀÂÃÄČÇÐÉÈÊËÍÌÎÏÑŊÓÒÔÕÖŠŦÞÚÙÛÜÝŸŽáàâãäçčðđéèêëíìîïñŋóòôößþšŧúùûüýÿž *-'`´‘’‛′‵");
    return extras;
}

const QString& addressExtras()
{
    static const QString extras = QStringLiteral(u"æøåÆØÅÁÀÂÃÄÇÐÉÈÊËÍÌÎÏÑÓÒÔÕÖÞÚÙÛÜÝŸČĐŊŠŦŽáàâãäçðéèêëíìîïñóòôõößþúùûüý"
                                                 u"ÿčđŋšŧž 0123456789_:'`´‘’‛′‵.,()*+-/#\"&");
    return extras;
}

bool isAsciiLetter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

} // namespace

QString RegisterText::normalized(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C).trimmed();
}

std::optional<char32_t> RegisterText::refusedCharacter(QStringView text, Kind kind)
{
    const QString& extras = kind == Kind::PersonName ? personNameExtras() : addressExtras();
    for (const uint c : text.toUcs4()) {
        if (isAsciiLetter(c))
            continue;
        // Every allowed character is in the BMP, so a character outside it is refused.
        if (c > 0xFFFF || !extras.contains(QChar(static_cast<char16_t>(c))))
            return c;
    }
    return std::nullopt;
}

QString RegisterText::describe(char32_t character)
{
    const QString hex = QStringLiteral("U+%1").arg(static_cast<uint>(character), 4, 16, QLatin1Char('0')).toUpper();
    // Control and combining characters are not shown on their own, only by code point.
    const QString shown = QString::fromUcs4(&character, 1);
    const bool printable
        = character > 0x20 && shown.at(0).isPrint() && shown.at(0).category() != QChar::Mark_NonSpacing;
    return printable ? QStringLiteral(u"“%1” (%2)").arg(shown, hex) : hex;
}

} // namespace Meldeklient::Birth

#include "core/codes/SearchFolding.h"

namespace Meldeklient::Codes::SearchFolding {

namespace {
void appendFolded(QString& out, QChar c)
{
    if (c.unicode() < 0x80) {
        out.append(c.toLower());
        return;
    }
    switch (c.toLower().unicode()) {
    case 0x00e6: // æ
        out.append(QLatin1StringView("ae"));
        return;
    case 0x0153: // œ
        out.append(QLatin1StringView("oe"));
        return;
    case 0x00f8: // ø has no decomposition
        out.append(u'o');
        return;
    case 0x00df: // ß
        out.append(QLatin1StringView("ss"));
        return;
    case 0x0111: // đ
        out.append(u'd');
        return;
    case 0x0142: // ł
        out.append(u'l');
        return;
    case 0x2019: // typographic apostrophe, as in "Parkinson’s"
        out.append(u'\'');
        return;
    default:
        break;
    }
    if (c.decompositionTag() == QChar::Canonical) {
        // The first character of a canonical decomposition is the base letter; the rest are combining marks.
        const QString decomposed = c.decomposition();
        out.append(decomposed.at(0).toLower());
        return;
    }
    if (c.category() == QChar::Mark_NonSpacing)
        return;
    out.append(c.toLower());
}
} // namespace

QString fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        appendFolded(out, c);
    return out;
}

QStringList words(QStringView text)
{
    const QString folded = fold(text);
    QStringList result;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool inWord = i < folded.size() && folded.at(i).isLetterOrNumber();
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            result.append(folded.sliced(start, i - start));
            start = -1;
        }
    }
    return result;
}

} // namespace Meldeklient::Codes::SearchFolding

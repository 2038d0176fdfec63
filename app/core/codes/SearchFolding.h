#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Meldeklient::Codes {

// How search compares text: lower case without diacritics, so "Ménière", "meniere" and "MENIÈRE" meet.
// Norwegian letters fold to their base letter ("ø" -> "o", "å" -> "a", "æ" -> "ae") so a user without a Norwegian
// keyboard still finds them. Display texts are never folded.
namespace SearchFolding {

QString fold(QStringView text);
// The folded words of `text`: runs of letters and digits.
QStringList words(QStringView text);

} // namespace SearchFolding
} // namespace Meldeklient::Codes

#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Meldeklient::Codes {

// The translations of a GNU gettext .mo file (msgid -> msgstr), as Debian's iso-codes ships them for the country
// names (/usr/share/locale/nb/LC_MESSAGES/iso_3166-1.mo). Plural forms and contexts are not needed and are skipped.
// A damaged file gives an empty catalogue: names then stay English.
class GettextCatalog
{
public:
    static GettextCatalog fromFile(const QString& path);
    static GettextCatalog fromBytes(const QByteArray& mo);

    bool isEmpty() const { return m_translations.isEmpty(); }
    // The translation of `source`, or `source` itself when there is none.
    QString translate(const QString& source) const;

private:
    QHash<QString, QString> m_translations;
};

} // namespace Meldeklient::Codes

#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace Meldeklient::Codes {

struct Country {
    QString alpha2;  // the death notification's code ("NO"); empty for the register's own XUK and XXX
    QString alpha3;  // the birth notification's code ("NOR")
    QString name;    // English, from iso-codes
    QString nameNb;  // Bokmål, from iso-codes' gettext catalogue (English when it has none)
    QString nameNn;  // Nynorsk
    bool registerOwn = false; // not in ISO 3166-1: Folkeregisteret's XUK, XXX, XXK/XK
};

// Countries from Debian's iso-codes (ISO 3166-1 JSON and the nb/nn gettext catalogues, read at run time; LGPL-2.1+:
// the Windows package carries the same files with their licence), plus the codes the population register uses
// that ISO does not have: XUK (unknown), XXX (stateless) and XXK/XK (Kosovo).
// Error codes: codes-file (the JSON is missing), codes-json, codes-empty.
class CountryList
{
public:
    // Defaults: IsoCodesFiles' lookup (beside the application, then Debian's paths).
    static Result<CountryList> load(const QString& jsonPath = {}, const QString& localeDir = {});

    const QList<Country>& all() const { return m_countries; }
    // By alpha-2 or alpha-3, any case; nullptr when unknown.
    const Country* find(QStringView code) const;

private:
    QList<Country> m_countries;
};

} // namespace Meldeklient::Codes

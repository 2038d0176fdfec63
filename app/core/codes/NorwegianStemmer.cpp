#include "core/codes/NorwegianStemmer.h"

#include <libstemmer.h>

namespace Meldeklient::Codes {

NorwegianStemmer::NorwegianStemmer()
    : m_stemmer(sb_stemmer_new("norwegian", "UTF_8"))
{
}

NorwegianStemmer::NorwegianStemmer(const NorwegianStemmer&)
    : NorwegianStemmer()
{
}

NorwegianStemmer& NorwegianStemmer::operator=(const NorwegianStemmer&)
{
    return *this; // each instance keeps its own stemmer; they are all alike
}

NorwegianStemmer::~NorwegianStemmer()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

QString NorwegianStemmer::stem(QStringView word) const
{
    if (!m_stemmer || word.isEmpty())
        return word.toString();
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol* stemmed =
        sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol*>(utf8.constData()), static_cast<int>(utf8.size()));
    if (!stemmed)
        return word.toString(); // out of memory: search without stemming
    return QString::fromUtf8(reinterpret_cast<const char*>(stemmed), sb_stemmer_length(m_stemmer));
}

} // namespace Meldeklient::Codes

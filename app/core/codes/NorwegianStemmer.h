#pragma once

#include <QString>
#include <QStringView>

struct sb_stemmer;

namespace Meldeklient::Codes {

// Snowball's Norwegian (Bokmål) stemmer from libstemmer: "lungebetennelsen" -> "lungebetennels", "svulster" ->
// "svulst". Each instance owns its stemmer (not thread-safe); copies get their own.
class NorwegianStemmer
{
public:
    NorwegianStemmer();
    NorwegianStemmer(const NorwegianStemmer& other);
    NorwegianStemmer& operator=(const NorwegianStemmer& other);
    ~NorwegianStemmer();

    bool isAvailable() const { return m_stemmer != nullptr; }
    // The stem of one lower-case word; the word itself when no stemmer is available.
    QString stem(QStringView word) const;

private:
    sb_stemmer* m_stemmer = nullptr;
};

} // namespace Meldeklient::Codes

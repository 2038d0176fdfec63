#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Meldeklient::Codes {

// The team-written tables behind the Norwegian search, embedded from resources/codes: lay terms mapped to ICD-10
// codes (synonyms-nb.tsv) and how often a code is the underlying cause of death in Norway (underlying-causes-no.tsv,
// source stated in the file). Both are read once.
class SearchTables
{
public:
    struct Synonym {
        QString term;  // folded ("hjerneblodning")
        QStringList codes; // ICD-10 keys ("I619"), in the table's order
    };

    static const SearchTables& standard();
    // For tests and benchmarks: tables from text in the same formats.
    static SearchTables fromText(const QByteArray& synonyms, const QByteArray& frequencies);

    // Sorted by term.
    const QList<Synonym>& synonyms() const { return m_synonyms; }
    // The weight of a code (ICD-10 key): its own row, else its three-character category's row, else 0.
    int weight(const QString& icd10Key) const;

private:
    QList<Synonym> m_synonyms;
    QHash<QString, int> m_weights;
};

} // namespace Meldeklient::Codes

#include "core/codes/SearchTables.h"

#include "core/codes/CodeSystemUrl.h"
#include "core/codes/CodesLogging.h"
#include "core/codes/SearchFolding.h"

#include <QFile>

#include <algorithm>

namespace Meldeklient::Codes {

namespace {
QByteArray resource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcCodes) << "Search table missing" << path;
        return {};
    }
    return file.readAll();
}

// Lines "field<TAB>field", '#' comments and blank lines skipped.
QList<QStringList> rows(const QByteArray& text)
{
    QList<QStringList> result;
    for (const QByteArray& line : text.split('\n')) {
        const QString row = QString::fromUtf8(line).trimmed();
        if (row.isEmpty() || row.startsWith(u'#'))
            continue;
        const QStringList fields = row.split(u'\t');
        if (fields.size() == 2)
            result.append(fields);
    }
    return result;
}
} // namespace

SearchTables SearchTables::fromText(const QByteArray& synonyms, const QByteArray& frequencies)
{
    SearchTables tables;
    for (const QStringList& row : rows(synonyms)) {
        Synonym synonym {SearchFolding::words(row.at(0)).join(u' '), {}};
        for (const QString& code : row.at(1).split(u',', Qt::SkipEmptyParts))
            synonym.codes.append(CodeSystemUrl::icd10Key(code));
        if (!synonym.term.isEmpty() && !synonym.codes.isEmpty())
            tables.m_synonyms.append(synonym);
    }
    std::stable_sort(tables.m_synonyms.begin(), tables.m_synonyms.end(),
        [](const Synonym& a, const Synonym& b) { return a.term < b.term; });
    for (const QStringList& row : rows(frequencies)) {
        bool ok = false;
        const int weight = row.at(1).toInt(&ok);
        if (ok && weight > 0)
            tables.m_weights.insert(CodeSystemUrl::icd10Key(row.at(0)), weight);
    }
    return tables;
}

const SearchTables& SearchTables::standard()
{
    static const SearchTables tables = fromText(resource(QStringLiteral(":/codes/synonyms-nb.tsv")),
        resource(QStringLiteral(":/codes/underlying-causes-no.tsv")));
    return tables;
}

int SearchTables::weight(const QString& icd10Key) const
{
    if (const auto found = m_weights.constFind(icd10Key); found != m_weights.cend())
        return found.value();
    if (icd10Key.size() > 3) {
        if (const auto category = m_weights.constFind(icd10Key.left(3)); category != m_weights.cend())
            return category.value();
    }
    return 0;
}

} // namespace Meldeklient::Codes

#include "core/questionnaire/Icd10CompletionModel.h"

#include "core/codes/CodeSystemUrl.h"

namespace Meldeklient::Questionnaire {

Icd10CompletionModel::Icd10CompletionModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void Icd10CompletionModel::setSearchIndex(const Codes::Icd10Index* index)
{
    m_index = index;
    search();
}

void Icd10CompletionModel::setQuery(const QString& query)
{
    m_query = query;
    search();
}

void Icd10CompletionModel::search()
{
    beginResetModel();
    m_hits.clear();
    if (m_index != nullptr && !m_query.trimmed().isEmpty())
        m_hits = m_index->search(m_query, m_limit);
    endResetModel();
}

int Icd10CompletionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QVariant Icd10CompletionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Codes::Icd10SearchHit& hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(Codes::CodeSystemUrl::displayIcd10Code(hit.code), hit.display);
    case Qt::EditRole:
        return Codes::CodeSystemUrl::displayIcd10Code(hit.code);
    case CodeRole:
        return hit.code;
    case LabelRole:
        return hit.display;
    case KindRole:
        return static_cast<int>(hit.kind);
    default:
        return {};
    }
}

} // namespace Meldeklient::Questionnaire

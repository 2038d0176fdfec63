#pragma once

#include "core/codes/Icd10Index.h"

#include <QAbstractListModel>
#include <QList>

namespace Meldeklient::Questionnaire {

// The top hits of an ICD-10 search as a small list model for a completer popup. Each query asks the core's
// Icd10Index (prefix of a code or words of a label) for at most limit() hits and replaces the rows in one reset;
// the model never holds the whole code list. Qt::DisplayRole is "I21.9  Acute myocardial infarction",
// Qt::EditRole the code as the user writes it ("I21.9").
class Icd10CompletionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        CodeRole = Qt::UserRole + 1, // stored spelling, "I219"
        LabelRole, // the code's text
        KindRole, // Codes::Icd10SearchHit::Kind as int
    };
    Q_ENUM(Role)

    explicit Icd10CompletionModel(QObject* parent = nullptr);

    // The index must outlive the model; null (no ICD-10 list imported) gives no hits.
    void setSearchIndex(const Codes::Icd10Index* index);
    const Codes::Icd10Index* searchIndex() const { return m_index; }
    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }

    // Runs the search; an empty or blank query clears the list.
    void setQuery(const QString& query);
    const QString& query() const { return m_query; }
    const Codes::Icd10SearchHit& hit(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void search(); // one reset: the rows for m_query

    const Codes::Icd10Index* m_index = nullptr;
    int m_limit = 12;
    QString m_query;
    QList<Codes::Icd10SearchHit> m_hits;
};

} // namespace Meldeklient::Questionnaire

#pragma once

#include "core/questionnaire/ValidationIssue.h"

#include <QAbstractListModel>
#include <QList>

namespace Meldeklient::Questionnaire {

// The findings about a form as a list model for views (the summary at the top of a form, the review page):
// Qt::DisplayRole is the translated message, Qt::ToolTipRole adds the rule id; the roles below give the parts.
// setIssues() replaces the list in one reset, so views never see a half-updated list.
class ValidationIssueModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        SeverityRole = Qt::UserRole + 1, // ValidationIssue::Severity as int
        IsErrorRole, // bool
        RuleRole, // stable rule id, "icd-sex-conflict"
        LinkIdRole, // the item concerned; empty for rules about the whole form
        MessageRole, // translated message
        RepeatRole, // int: the repeat of the enclosing repeating group (0-based), -1 outside one
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    void setIssues(const QList<ValidationIssue>& issues);
    const QList<ValidationIssue>& issues() const { return m_issues; }
    const ValidationIssue& issue(int row) const { return m_issues.at(row); }
    int errorCount() const;
    int warningCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<ValidationIssue> m_issues;
};

} // namespace Meldeklient::Questionnaire

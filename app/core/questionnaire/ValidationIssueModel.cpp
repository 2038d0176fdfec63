#include "core/questionnaire/ValidationIssueModel.h"

#include <algorithm>

namespace Meldeklient::Questionnaire {

void ValidationIssueModel::setIssues(const QList<ValidationIssue>& issues)
{
    if (issues == m_issues)
        return;
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

int ValidationIssueModel::errorCount() const
{
    return static_cast<int>(std::count_if(
        m_issues.cbegin(), m_issues.cend(), [](const ValidationIssue& issue) { return issue.isError(); }));
}

int ValidationIssueModel::warningCount() const
{
    return static_cast<int>(m_issues.size()) - errorCount();
}

int ValidationIssueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_issues.size());
}

QVariant ValidationIssueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ValidationIssue& issue = m_issues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case MessageRole:
        return issue.message;
    case Qt::ToolTipRole:
        return QStringLiteral("%1 (%2)").arg(issue.message, issue.rule);
    case SeverityRole:
        return static_cast<int>(issue.severity);
    case IsErrorRole:
        return issue.isError();
    case RuleRole:
        return issue.rule;
    case LinkIdRole:
        return issue.linkId;
    case RepeatRole:
        return issue.repeat;
    default:
        return {};
    }
}

QHash<int, QByteArray> ValidationIssueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SeverityRole, "severity");
    names.insert(IsErrorRole, "isError");
    names.insert(RuleRole, "rule");
    names.insert(LinkIdRole, "linkId");
    names.insert(MessageRole, "message");
    names.insert(RepeatRole, "repeat");
    return names;
}

} // namespace Meldeklient::Questionnaire

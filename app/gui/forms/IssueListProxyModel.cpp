#include "gui/forms/IssueListProxyModel.h"

#include "core/questionnaire/ValidationIssueModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace Meldeklient::Gui {

using Questionnaire::ValidationIssueModel;

QVariant IssueListProxyModel::data(const QModelIndex& index, int role) const
{
    const bool error = QIdentityProxyModel::data(index, ValidationIssueModel::IsErrorRole).toBool();
    if (role == Qt::DecorationRole) {
        return QApplication::style()->standardIcon(
            error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        const QString message = QIdentityProxyModel::data(index, ValidationIssueModel::MessageRole).toString();
        const QString linkId = QIdentityProxyModel::data(index, ValidationIssueModel::LinkIdRole).toString();
        const int repeat = QIdentityProxyModel::data(index, ValidationIssueModel::RepeatRole).toInt();
        return describe(error, m_fieldNames.value(fieldKey(linkId, repeat), m_fieldNames.value(linkId)), message);
    }
    return QIdentityProxyModel::data(index, role);
}

QString IssueListProxyModel::describe(bool error, const QString& field, const QString& message)
{
    if (field.isEmpty())
        return error ? tr("Error: %1").arg(message) : tr("Warning: %1").arg(message);
    return error ? tr("Error – «%1»: %2").arg(field, message) : tr("Warning – «%1»: %2").arg(field, message);
}

} // namespace Meldeklient::Gui

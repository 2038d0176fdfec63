#include "gui/forms/ValidationSummary.h"

#include "core/questionnaire/ValidationIssueModel.h"
#include "gui/forms/IssueListProxyModel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace Meldeklient::Gui {

using Questionnaire::ValidationIssueModel;

ValidationSummary::ValidationSummary(QWidget* parent)
    : QFrame(parent)
    , m_model(new ValidationIssueModel(this))
    , m_proxy(new IssueListProxyModel(this))
    , m_title(new QLabel(this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("validationSummary"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#validationSummary { border: 2px solid #b00020; border-radius: 4px; }"));
    m_title->setObjectName(QStringLiteral("validationSummaryTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_proxy->setSourceModel(m_model);
    m_list->setObjectName(QStringLiteral("validationSummaryList"));
    m_list->setModel(m_proxy);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setAccessibleName(tr("Problems in the form"));
    m_title->setBuddy(m_list);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    connect(m_list, &QListView::activated, this, &ValidationSummary::activate);
    connect(m_list, &QListView::clicked, this, &ValidationSummary::activate);
    setVisible(false);
}

void ValidationSummary::setIssues(const QList<Questionnaire::ValidationIssue>& issues)
{
    m_model->setIssues(issues);
    const int errors = m_model->errorCount();
    const int warnings = m_model->warningCount();
    if (errors > 0)
        m_title->setText(tr("%n problem(s) must be fixed", nullptr, errors)
            + (warnings > 0 ? tr(", %n warning(s) to check", nullptr, warnings) : QString()));
    else
        m_title->setText(tr("%n warning(s) to check", nullptr, warnings));
    // A screen reader names the list as the heading above it says, counts included.
    m_list->setAccessibleName(m_title->text());
    // Show every entry without an inner scroll bar up to eight lines; the page scrolls beyond that.
    const int rows = std::min(static_cast<int>(issues.size()), 8);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 6);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 4);
    setVisible(!issues.isEmpty());
}

void ValidationSummary::setFieldNames(const QHash<QString, QString>& names)
{
    m_proxy->setFieldNames(names);
}

void ValidationSummary::activate(const QModelIndex& index)
{
    if (index.isValid())
        Q_EMIT issueActivated(index.data(ValidationIssueModel::LinkIdRole).toString(),
            index.data(ValidationIssueModel::RepeatRole).toInt());
}

} // namespace Meldeklient::Gui

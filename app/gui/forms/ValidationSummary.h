#pragma once

#include "core/questionnaire/ValidationIssue.h"

#include <QFrame>

class QLabel;
class QListView;

namespace Meldeklient::Questionnaire {
class ValidationIssueModel;
}

namespace Meldeklient::Gui {
class IssueListProxyModel;
}

namespace Meldeklient::Gui {

// The list of problems at the top of a form (GOV.UK / NHS error-summary pattern): one entry per issue, errors
// first; Enter or a click on an entry asks for its field (issueActivated). Hidden while there is nothing to show.
// objectNames: "validationSummary" (this frame), "validationSummaryList" (the list).
class ValidationSummary : public QFrame
{
    Q_OBJECT

public:
    explicit ValidationSummary(QWidget* parent = nullptr);

    void setIssues(const QList<Questionnaire::ValidationIssue>& issues);
    // linkId -> the field's label, to name the field in each entry.
    void setFieldNames(const QHash<QString, QString>& names);
    Questionnaire::ValidationIssueModel* model() const { return m_model; }
    QListView* listView() const { return m_list; }

Q_SIGNALS:
    // `repeat`: the repeat of the enclosing repeating group (0-based), -1 outside one.
    void issueActivated(const QString& linkId, int repeat);

private:
    void activate(const QModelIndex& index);

    Questionnaire::ValidationIssueModel* m_model;
    IssueListProxyModel* m_proxy;
    QLabel* m_title;
    QListView* m_list;
};

} // namespace Meldeklient::Gui

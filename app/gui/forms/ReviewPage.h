#pragma once

#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/QuestionnaireResponse.h"
#include "core/questionnaire/ValidationIssue.h"

#include <QSet>
#include <QWidget>

class QCheckBox;
class QGroupBox;
class QVBoxLayout;

namespace Meldeklient::Gui {

// The read-only check before sending, laid out like the legeerklæring: each part (Del 1, Del 2) with its sections
// and answers, an "Endre" button per section that asks to go back there (editRequested). Errors are listed as
// blocking; each warning has its own confirmation check box, and which warnings were confirmed can be read back
// to be recorded with the submission. canSend() = no errors and every warning confirmed.
// objectNames: "reviewPage", "reviewErrors", "reviewWarnings", "warningConfirm_<n>" (n from 0 in list order),
// "reviewErrorEdit_<n>", "reviewWarningEdit_<n>", "edit_<group linkId>", "reviewSection_<group linkId>",
// "reviewValue_<linkId>".
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget* parent = nullptr);

    void clear();
    // Adds a part; `form` must outlive the page. `partKey` comes back with editRequested().
    void addPart(const QString& partKey, const QString& heading, const Questionnaire::Questionnaire& form,
        const Questionnaire::QuestionnaireResponse& response, const QString& language = QString());
    // Errors and warnings of all parts. Confirmations of warnings that are still there are kept.
    void setIssues(const QList<Questionnaire::ValidationIssue>& issues);

    QList<Questionnaire::ValidationIssue> errors() const;
    QList<Questionnaire::ValidationIssue> warnings() const;
    QList<Questionnaire::ValidationIssue> confirmedWarnings() const;
    bool allWarningsConfirmed() const;
    bool canSend() const;

Q_SIGNALS:
    void editRequested(const QString& partKey, const QString& linkId);
    void canSendChanged(bool canSend);

private:
    struct Part
    {
        QString key;
        const Questionnaire::Questionnaire* form;
        QString language;
    };
    static QString issueKey(const Questionnaire::ValidationIssue& issue);
    QString partFor(const QString& linkId) const;
    QString fieldName(const QString& linkId) const;
    QWidget* issueRow(const Questionnaire::ValidationIssue& issue, int number, QWidget* parent);
    void orderTabs();
    void updateCanSend();

    QVBoxLayout* m_partsLayout;
    QGroupBox* m_errorsBox;
    QGroupBox* m_warningsBox;
    QList<Part> m_parts;
    QList<Questionnaire::ValidationIssue> m_errors;
    QList<Questionnaire::ValidationIssue> m_warnings;
    QList<QCheckBox*> m_confirmations;
    QSet<QString> m_confirmedKeys;
    bool m_canSend = false;
};

} // namespace Meldeklient::Gui

#pragma once

#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/QuestionnaireResponse.h"
#include "core/questionnaire/ValidationIssue.h"

#include <QSet>
#include <QWidget>

#include <functional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QVBoxLayout;

namespace Meldeklient::Gui {

// The read-only check before sending, laid out like the legeerklæring: each part (Del 1, Del 2) with its sections
// and answers, an "Endre" button per section that asks to go back there (editRequested). Errors are listed as
// blocking; each warning has its own confirmation check box, and which warnings were confirmed can be read back
// to be recorded with the submission (and saved with a draft: confirmationsChanged(), confirmWarnings()).
// canSend() = no errors and every warning confirmed. A repeating group (the children of a birth) shows one section per
// repeat, titled with setRepeatTitle(); its issues name the repeat.
// objectNames: "reviewPage", "reviewErrors", "reviewWarnings", "warningConfirm_<n>" (n from 0 in list order),
// "reviewErrorEdit_<n>", "reviewWarningEdit_<n>", "edit_<group linkId>", "reviewSection_<group linkId>",
// "reviewValue_<linkId>".
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget* parent = nullptr);

    void clear();
    // The heading above everything (default: the legeerklæring's).
    void setTitle(const QString& title);
    // "%1" is the 1-based repeat: "Child %1"; names the sections and issues of a repeating group.
    void setRepeatTitle(const QString& pattern);
    // Adds a part; `form` must outlive the page. `partKey` comes back with editRequested().
    void addPart(const QString& partKey, const QString& heading, const Questionnaire::Questionnaire& form,
        const Questionnaire::QuestionnaireResponse& response, const QString& language = QString());
    // Errors and warnings of all parts. Confirmations of warnings that are still there are kept.
    void setIssues(const QList<Questionnaire::ValidationIssue>& issues);

    QList<Questionnaire::ValidationIssue> errors() const;
    QList<Questionnaire::ValidationIssue> warnings() const;
    QList<Questionnaire::ValidationIssue> confirmedWarnings() const;
    // Ticks each warning shown for which `wasConfirmed` is true (a restored draft's confirmations); the others stay
    // as they are. Call after setIssues().
    void confirmWarnings(const std::function<bool(const Questionnaire::ValidationIssue&)>& wasConfirmed);
    bool allWarningsConfirmed() const;
    bool canSend() const;

Q_SIGNALS:
    // `repeat`: the repeat of the enclosing repeating group (0-based), -1 outside one.
    void editRequested(const QString& partKey, const QString& linkId, int repeat);
    void canSendChanged(bool canSend);
    // A warning was ticked or unticked (by the user or confirmWarnings()).
    void confirmationsChanged();

private:
    struct Part
    {
        QString key;
        const Questionnaire::Questionnaire* form;
        QString language;
    };
    static QString issueKey(const Questionnaire::ValidationIssue& issue);
    QString partFor(const QString& linkId) const;
    QString fieldName(const Questionnaire::ValidationIssue& issue) const;
    void addSection(const QString& partKey, const Questionnaire::Questionnaire& form, int group,
        const Questionnaire::QuestionnaireResponse& response, const QString& title, int repeat, const QString& lang);
    QWidget* issueRow(const Questionnaire::ValidationIssue& issue, int number, QWidget* parent);
    void orderTabs();
    void updateCanSend();

    QVBoxLayout* m_partsLayout;
    QLabel* m_title;
    QString m_repeatTitle;
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

#pragma once

#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/QuestionnaireResponse.h"
#include "core/questionnaire/ValidationIssue.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <functional>
#include <vector>

class QGroupBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace Meldeklient::Codes {
class CodeSystemRegistry;
class Icd10Index;
} // namespace Meldeklient::Codes

namespace Meldeklient::Gui {

class CauseChainEditor;
class ValidationSummary;

// Renders a FHIR Questionnaire (forms/) as widgets and reads the answers back as a QuestionnaireResponse.
// - Item types: group (a titled box), display (a visible help text), boolean (check box), choice / open-choice
//   (combo box from answerOption or an expandable answerValueSet; the ICD-10 value set gets an Icd10CodeEdit;
//   other large value sets a code field), string, text, date, dateTime, time, integer, decimal (line edits that
//   take Norwegian notation: 24.12.2024, 14:30). Repeating questions get three inputs.
// - A repeating group (one level, the children of a birth) is a tab per repeat ("Barn 1", "Barn 2"...) with buttons
//   to add a repeat and to remove the current one; its pages are built once (MaxGroupRepeats), only the first
//   repeatCount() tabs show, so adding and removing moves answers, never widgets. Issues of a repeat appear at its
//   fields and mark its tab (text and icon), so the midwife sees which child has a problem.
// - enableWhen is applied on every change: hidden items disappear, the code / free-text pair of a cause line is
//   greyed out instead so the chain keeps its shape. Answers of hidden items are kept (the core drops them when
//   the response is written), so toggling back restores them.
// - Validation runs when the doctor leaves a field (and on choices at once); each issue appears under its field
//   and in the summary at the top, whose entries move focus to the field. Until showAllIssues(), issues are shown
//   only for fields the doctor has left; rules set with setProminentRules() show at once, in a framed notice.
// - Accessibility: every input has a buddy label with a mnemonic, its accessible name is the label's text, the tab
//   order is the visual order, combo boxes ignore the mouse wheel unless focused.
// objectNames: each input is named by its linkId ("<linkId>_2", "_3" for further repeats of a question or of the
// enclosing repeating group); a repeating group's tabs "<linkId>_tabs", its buttons "<linkId>_add" and
// "<linkId>_remove", the read-only line at the top of each page "<linkId>_header" ("_header_2"...); beside each input
// "<linkId>_label", "<linkId>_issue", "<linkId>_hint" (text of a chosen ICD-10 code), "<linkId>_notice"; groups and
// display items by their linkId; the summary "validationSummary"; the cause chain "causeChainEditor".
class QuestionnaireForm : public QWidget
{
    Q_OBJECT

public:
    using Validator
        = std::function<QList<Questionnaire::ValidationIssue>(const Questionnaire::QuestionnaireResponse& response)>;

    struct Options
    {
        const Codes::CodeSystemRegistry* codes = nullptr; // value sets (Volven lists, municipalities), may be null
        const Codes::Icd10Index* icd10 = nullptr; // ICD-10 completion, may be null
        QString language; // "nb", "nn", "en"; empty: the installed UI language
    };

    // Pages built per repeating group: the most repeats a form can hold (Folkeregisteret's birth order stops at 7).
    static constexpr int MaxGroupRepeats = 7;
    struct RepeatTexts
    {
        QString tab; // "%1" is the 1-based number: "Child %1"
        QString add;
        QString remove;
        // The read-only line at the top of each page (values computed from the repeats, e.g. the birth order);
        // empty: none.
        std::function<QString(int index, int count)> header;
    };

    // `form` and what `options` point to must outlive the widget. The response starts with the form's initial
    // values. The default validator is the form's own rules (QuestionnaireValidator with options.codes).
    QuestionnaireForm(const Questionnaire::Questionnaire& form, const Options& options, QWidget* parent = nullptr);
    ~QuestionnaireForm() override;

    const Questionnaire::Questionnaire& questionnaire() const { return m_form; }
    Questionnaire::QuestionnaireResponse response() const { return m_response; }
    // Restores answers (a draft): widgets follow, fields already answered count as visited, no changed() signal.
    void setResponse(const Questionnaire::QuestionnaireResponse& response);
    // Sets the answers of one item outside any repeating group from outside the form (the mother's number after
    // the registry lookup); its widgets follow, the check runs, changed() follows.
    void setAnswers(const QString& linkId, const QList<Questionnaire::AnswerValue>& values);

    void setValidator(Validator validator);
    // Rules whose issues are shown at once and framed under the field (the police notice of an unnatural death).
    void setProminentRules(const QStringList& rules);
    // Runs the validator now and updates what is shown.
    void validate();
    // A new ICD-10 list was installed (Options::codes already holds it): the code fields complete from `index`,
    // keeping what was typed, and the checks run again. `index` must outlive the form.
    void setIcd10Index(const Codes::Icd10Index* index);
    // Shows every issue, also for fields not visited yet (before the review page).
    void showAllIssues();
    // All issues of the last validation (also those not shown yet), errors first.
    const QList<Questionnaire::ValidationIssue>& issues() const { return m_issues; }
    QList<Questionnaire::ValidationIssue> shownIssues() const { return m_shownIssues; }

    // Moves keyboard focus to the field of `linkId` (an empty linkId: the first field) and scrolls it into view;
    // false when the field does not exist or is hidden.
    // Inside a repeating group `repeat` (0-based) chooses the tab; -1 means the first.
    bool focusLinkId(const QString& linkId, int repeat = -1);
    // The field the doctor was last in; empty before any.
    QString currentLinkId() const;

    QWidget* input(const QString& linkId, int repeat = 0) const;
    QLabel* label(const QString& linkId, int repeat = 0) const;
    // Every input in tab order (also hidden ones).
    QList<QWidget*> inputs() const;
    ValidationSummary* summary() const { return m_summary; }
    static QString objectNameFor(const QString& linkId, int repeat = 0);

    // Repeating groups: texts of the tabs and buttons; how many repeats show; add one (false at MaxGroupRepeats);
    // remove one (false when it is the last one, or the user keeps a repeat with answers when asked).
    void setRepeatTexts(const QString& groupLinkId, const RepeatTexts& texts);
    int repeatCount(const QString& groupLinkId) const;
    bool addRepeat(const QString& groupLinkId);
    bool removeRepeat(const QString& groupLinkId, int index, bool askFirst = true);
    QTabWidget* repeatTabs(const QString& groupLinkId) const;

Q_SIGNALS:
    // An answer changed (for autosave).
    void changed();
    void issuesChanged();
    void repeatsChanged(const QString& groupLinkId, int count);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class InputKind { Check, Combo, Icd10, Code, Line, Text, Date, DateTime, Time, Integer, Decimal };
    struct Field
    {
        int item = -1;
        int repeat = 0;
        int groupRepeat = -1; // the repeat of the enclosing repeating group, -1 outside one
        InputKind kind = InputKind::Line;
        QWidget* container = nullptr; // null when laid out by the cause chain
        QLabel* label = nullptr;
        QLabel* requiredMarker = nullptr;
        QWidget* input = nullptr;
        QLabel* hint = nullptr;
        QLabel* issue = nullptr;
        QLabel* notice = nullptr;
        QList<Questionnaire::AnswerValue> options; // combo entries after the empty one
        QString plainLabel;
    };

    struct RepeatGroup
    {
        int item = -1;
        QTabWidget* tabs = nullptr;
        QPushButton* add = nullptr;
        QPushButton* remove = nullptr;
        QList<QLabel*> headers;
        RepeatTexts texts;
        int count = 1;
    };
    struct RepeatContainer
    {
        int item = -1;
        int groupRepeat = 0;
        QWidget* widget = nullptr;
    };

    void buildItem(int index, QVBoxLayout* layout, QWidget* parent);
    void buildRepeatingGroup(int index, QVBoxLayout* layout, QWidget* parent);
    QGroupBox* groupBox(int index, QWidget* parent) const;
    void addContainer(int index, QWidget* widget);
    RepeatGroup* repeatGroup(const QString& groupLinkId);
    const RepeatGroup* repeatGroup(const QString& groupLinkId) const;
    RepeatGroup* repeatGroupOf(int item);
    void ensureRepeats();
    void answerUntickedRequired();
    void updateRepeatTabs();
    void updateFieldNames();
    QList<Questionnaire::AnswerValue> answersFor(const Field& field) const;
    QString visitKey(const Field& field) const;
    QString visitKey(const Questionnaire::ValidationIssue& issue) const;
    void buildCauseChain(int groupIndex, QVBoxLayout* layout, QWidget* parent);
    int createField(int index, int repeat, const QString& labelSuffix, QWidget* parent);
    QWidget* wrapField(int field, QWidget* parent);
    QLabel* displayText(int index, QWidget* parent);
    void assignMnemonics();
    void setTabOrderFromFields();

    void onEdited(int field, bool leaveField);
    void readItem(int item);
    std::optional<Questionnaire::AnswerValue> readField(Field& field);
    void writeField(Field& field, const QList<Questionnaire::AnswerValue>& answers);
    void applyEnableWhen();
    void updateHint(Field& field);
    void updateIssueDisplay();
    bool isShown(const Questionnaire::ValidationIssue& issue) const;
    int fieldIndex(const QString& linkId, int repeat) const;

    const Questionnaire::Questionnaire& m_form;
    Options m_options;
    QString m_language;
    Questionnaire::QuestionnaireResponse m_response;
    Validator m_validator;
    QStringList m_prominentRules;
    std::vector<Field> m_fields;
    QHash<QString, QList<int>> m_fieldsByLinkId;
    QHash<int, QWidget*> m_itemContainers; // item index -> widget shown or hidden by enableWhen
    QList<RepeatContainer> m_repeatContainers; // the same inside a repeating group's pages
    std::vector<RepeatGroup> m_repeatGroups;
    QList<QWidget*> m_focusOrder; // inputs and the repeating groups' buttons and tab bars, in visual order
    int m_buildingRepeat = -1;
    QSet<int> m_chainItems; // items greyed out rather than hidden
    QHash<QString, Questionnaire::ValidationIssue> m_formatIssues;
    QSet<QString> m_visited;
    bool m_showAll = false;
    QList<Questionnaire::ValidationIssue> m_issues;
    QList<Questionnaire::ValidationIssue> m_shownIssues;
    ValidationSummary* m_summary;
    int m_currentField = -1;
};

} // namespace Meldeklient::Gui

#include "gui/forms/QuestionnaireForm.h"

#include "core/codes/CodeSystemRegistry.h"
#include "core/codes/CodeSystemUrl.h"
#include "core/common/Translations.h"
#include "core/identity/PersonNumber.h"
#include "core/questionnaire/EnableWhenEvaluator.h"
#include "core/questionnaire/IdentifierRule.h"
#include "core/questionnaire/QuestionnaireValidator.h"
#include "gui/forms/AnswerText.h"
#include "gui/forms/CauseChainEditor.h"
#include "gui/forms/Icd10CodeEdit.h"
#include "gui/forms/IssueListProxyModel.h"
#include "gui/forms/ValidationSummary.h"
#include "gui/forms/WheelEventEater.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleValidator>
#include <QEvent>
#include <QFocusEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <tuple>

namespace Meldeklient::Gui {

using Questionnaire::AnswerValue;
using Questionnaire::ItemType;
using Questionnaire::QuestionnaireItem;
using Questionnaire::ValidationIssue;
using Questionnaire::ValueType;

namespace {
constexpr int repeatInputs = 3;
constexpr qsizetype longLabel = 60; // characters
const QString formatRule = QStringLiteral("input-format");
const QString errorColour = QStringLiteral("#b00020");
const QString warningColour = QStringLiteral("#7a4a00");

bool isChainGroup(const Questionnaire::Questionnaire& form, const QuestionnaireItem& item)
{
    return item.type == ItemType::Group && form.indexOf(QStringLiteral("causeOfDeath_question_A_code")) >= 0
        && form.items().at(form.indexOf(QStringLiteral("causeOfDeath_question_A_code"))).parent
        == form.indexOf(item.linkId);
}

QString chainLinkId(QChar letter, QStringView field)
{
    return QStringLiteral("causeOfDeath_question_%1_%2").arg(letter).arg(field);
}

QDate parseDate(const QString& text)
{
    for (const QString& format : {QStringLiteral("d.M.yyyy"), QStringLiteral("ddMMyyyy"), QStringLiteral("yyyy-MM-dd"),
             QStringLiteral("d/M/yyyy")}) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid())
            return date;
    }
    return {};
}

QTime parseTime(const QString& text)
{
    for (const QString& format :
        {QStringLiteral("H:mm"), QStringLiteral("H.mm"), QStringLiteral("HHmm"), QStringLiteral("H:mm:ss")}) {
        const QTime time = QTime::fromString(text, format);
        if (time.isValid())
            return time;
    }
    return {};
}

// The FHIR text of a typed date/time, or nullopt when it cannot be read.
std::optional<QString> fhirTemporal(ValueType type, const QString& typed)
{
    const QString text = typed.simplified();
    switch (type) {
    case ValueType::Date: {
        const QDate date = parseDate(text);
        return date.isValid() ? std::optional(date.toString(Qt::ISODate)) : std::nullopt;
    }
    case ValueType::Time: {
        const QTime time = parseTime(text);
        return time.isValid() ? std::optional(time.toString(QStringLiteral("HH:mm:ss"))) : std::nullopt;
    }
    case ValueType::DateTime: {
        const QStringList parts = text.split(u' ');
        if (parts.size() != 2)
            return std::nullopt;
        const QDate date = parseDate(parts.at(0));
        const QTime time = parseTime(parts.at(1));
        if (!date.isValid() || !time.isValid())
            return std::nullopt;
        const QDateTime local(date, time);
        return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
    }
    default:
        return std::nullopt;
    }
}

QString formatMessage(ValueType type)
{
    switch (type) {
    case ValueType::Date:
        return QuestionnaireForm::tr("This is not a date: write it as dd.mm.yyyy, for example 24.12.2024.");
    case ValueType::Time:
        return QuestionnaireForm::tr("This is not a time of day: write it as hh:mm, for example 14:30.");
    case ValueType::DateTime:
        return QuestionnaireForm::tr(
            "This is not a date and time: write it as dd.mm.yyyy hh:mm, for example 24.12.2024 14:30.");
    case ValueType::Integer:
        return QuestionnaireForm::tr("Write a whole number.");
    default:
        return QuestionnaireForm::tr("Write a number.");
    }
}

ValueType temporalType(int kind)
{
    return kind == 0 ? ValueType::Date : kind == 1 ? ValueType::DateTime : ValueType::Time;
}
} // namespace

QuestionnaireForm::QuestionnaireForm(const Questionnaire::Questionnaire& form, const Options& options, QWidget* parent)
    : QWidget(parent)
    , m_form(form)
    , m_options(options)
    , m_language(options.language.isEmpty() ? Translations::currentLanguage() : options.language)
    , m_response(Questionnaire::QuestionnaireResponse::withInitialValues(form))
    , m_summary(new ValidationSummary(this))
{
    setObjectName(QStringLiteral("form_%1").arg(form.name().isEmpty() ? QStringLiteral("questionnaire") : form.name()));
    m_response.setQuestionnaire(form.canonical());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    connect(m_summary, &ValidationSummary::issueActivated, this,
        [this](const QString& linkId, int repeat) { focusLinkId(linkId, repeat); });
    for (int index : form.topLevelItems())
        buildItem(index, layout, this);
    layout->addStretch(1);
    assignMnemonics();
    setTabOrderFromFields();
    ensureRepeats();
    answerUntickedRequired();
    updateFieldNames();
    for (Field& field : m_fields)
        writeField(field, answersFor(field));
    updateRepeatTabs();
    applyEnableWhen();
}

void QuestionnaireForm::updateFieldNames()
{
    QHash<QString, QString> names;
    for (const Field& field : m_fields) {
        const QuestionnaireItem& item = m_form.items().at(field.item);
        const QString text = m_form.text(item, m_language).simplified();
        if (field.groupRepeat >= 0) {
            const RepeatGroup* group = repeatGroupOf(field.item);
            names.insert(IssueListProxyModel::fieldKey(item.linkId, field.groupRepeat),
                tr("%1: %2").arg(group->texts.tab.arg(field.groupRepeat + 1), text));
        } else if (field.repeat == 0) {
            names.insert(item.linkId, text);
        }
    }
    m_summary->setFieldNames(names);
}

void QuestionnaireForm::addContainer(int index, QWidget* widget)
{
    if (m_buildingRepeat >= 0)
        m_repeatContainers.append(RepeatContainer {index, m_buildingRepeat, widget});
    else
        m_itemContainers.insert(index, widget);
}

QList<AnswerValue> QuestionnaireForm::answersFor(const Field& field) const
{
    const QuestionnaireItem& item = m_form.items().at(field.item);
    if (field.groupRepeat < 0)
        return m_response.answers(item.linkId);
    const QList<Questionnaire::QuestionnaireResponse> repeats
        = m_response.repeats(m_form.items().at(item.repeatingGroup).linkId);
    return field.groupRepeat < repeats.size() ? repeats.at(field.groupRepeat).answers(item.linkId)
                                              : QList<AnswerValue>();
}

QString QuestionnaireForm::visitKey(const Field& field) const
{
    const QString& linkId = m_form.items().at(field.item).linkId;
    return field.groupRepeat < 0 ? linkId : objectNameFor(linkId, field.groupRepeat);
}

QString QuestionnaireForm::visitKey(const ValidationIssue& issue) const
{
    const QuestionnaireItem* item = m_form.item(issue.linkId);
    if (item == nullptr || item->repeatingGroup < 0 || issue.repeat < 0)
        return issue.linkId;
    return objectNameFor(issue.linkId, issue.repeat);
}

QuestionnaireForm::RepeatGroup* QuestionnaireForm::repeatGroup(const QString& groupLinkId)
{
    for (RepeatGroup& group : m_repeatGroups) {
        if (m_form.items().at(group.item).linkId == groupLinkId)
            return &group;
    }
    return nullptr;
}

const QuestionnaireForm::RepeatGroup* QuestionnaireForm::repeatGroup(const QString& groupLinkId) const
{
    return const_cast<QuestionnaireForm*>(this)->repeatGroup(groupLinkId);
}

QuestionnaireForm::RepeatGroup* QuestionnaireForm::repeatGroupOf(int item)
{
    const int group = m_form.items().at(item).repeatingGroup;
    for (RepeatGroup& candidate : m_repeatGroups) {
        if (candidate.item == group)
            return &candidate;
    }
    return nullptr;
}

QGroupBox* QuestionnaireForm::groupBox(int index, QWidget* parent) const
{
    const QuestionnaireItem& item = m_form.items().at(index);
    auto* box = new QGroupBox(m_form.text(item, m_language), parent);
    box->setObjectName(item.linkId);
    // Section titles stand out (a style sheet, so the larger font does not pass on to the fields).
    box->setStyleSheet(QStringLiteral("QGroupBox#%1 { font-weight: bold; font-size: %2pt; }")
                           .arg(item.linkId)
                           .arg(box->font().pointSizeF() * 1.15, 0, 'f', 1));
    return box;
}

void QuestionnaireForm::buildRepeatingGroup(int index, QVBoxLayout* layout, QWidget* parent)
{
    const QuestionnaireItem& item = m_form.items().at(index);
    QGroupBox* box = groupBox(index, parent);
    auto* inner = new QVBoxLayout(box);
    RepeatGroup group;
    group.item = index;
    group.texts = RepeatTexts {tr("No. %1"), tr("Add"), tr("Remove"), {}};
    group.add = new QPushButton(group.texts.add, box);
    group.add->setObjectName(item.linkId + QStringLiteral("_add"));
    group.add->setAutoDefault(false);
    group.remove = new QPushButton(group.texts.remove, box);
    group.remove->setObjectName(item.linkId + QStringLiteral("_remove"));
    group.remove->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(group.add);
    buttons->addWidget(group.remove);
    buttons->addStretch(1);
    inner->addLayout(buttons);
    group.tabs = new QTabWidget(box);
    group.tabs->setObjectName(item.linkId + QStringLiteral("_tabs"));
    group.tabs->tabBar()->setObjectName(item.linkId + QStringLiteral("_tabBar"));
    // The tab bar takes the focus; the tab widget itself (a focus proxy of it) would put the bar in the chain a
    // second time, after the form's last field, and Tab would circle inside the form.
    group.tabs->setFocusPolicy(Qt::NoFocus);
    group.tabs->tabBar()->setFocusPolicy(Qt::TabFocus); // arrow keys switch between the repeats
    m_focusOrder.append(group.add);
    m_focusOrder.append(group.remove);
    m_focusOrder.append(group.tabs->tabBar());
    for (int repeat = 0; repeat < MaxGroupRepeats; ++repeat) {
        auto* page = new QWidget(group.tabs);
        page->setObjectName(objectNameFor(item.linkId + QStringLiteral("_page"), repeat));
        auto* pageLayout = new QVBoxLayout(page);
        auto* header = new QLabel(page);
        header->setObjectName(objectNameFor(item.linkId + QStringLiteral("_header"), repeat));
        header->setWordWrap(true);
        header->setTextFormat(Qt::PlainText);
        header->setTextInteractionFlags(Qt::TextSelectableByMouse);
        header->setStyleSheet(QStringLiteral("QLabel { color: #1a1a1a; background: #f1f1f1; padding: 4px; }"));
        header->setVisible(false);
        pageLayout->addWidget(header);
        group.headers.append(header);
        m_buildingRepeat = repeat;
        for (int child : item.children)
            buildItem(child, pageLayout, page);
        m_buildingRepeat = -1;
        pageLayout->addStretch(1);
        group.tabs->addTab(page, QString());
    }
    inner->addWidget(group.tabs);
    layout->addWidget(box);
    m_itemContainers.insert(index, box);
    const QString linkId = item.linkId;
    connect(group.add, &QPushButton::clicked, this, [this, linkId] { addRepeat(linkId); });
    connect(group.remove, &QPushButton::clicked, this, [this, linkId] {
        if (const RepeatGroup* found = repeatGroup(linkId))
            removeRepeat(linkId, found->tabs->currentIndex());
    });
    m_repeatGroups.push_back(group);
}

void QuestionnaireForm::ensureRepeats()
{
    // A repeating group shows at least one repeat (a birth has at least one child); the response holds as many.
    for (RepeatGroup& group : m_repeatGroups) {
        const QString& linkId = m_form.items().at(group.item).linkId;
        QList<Questionnaire::QuestionnaireResponse> repeats = m_response.repeats(linkId);
        while (repeats.size() > MaxGroupRepeats)
            repeats.removeLast();
        while (repeats.isEmpty())
            repeats.append(Questionnaire::QuestionnaireResponse());
        group.count = static_cast<int>(repeats.size());
        m_response.setRepeats(linkId, repeats);
    }
}

void QuestionnaireForm::answerUntickedRequired()
{
    // A check box cannot look unanswered: where an answer is required, an unticked box says "no" from the start
    // (as readField() reads it), so the form never asks for a box that looks answered.
    for (const Field& field : m_fields) {
        const QuestionnaireItem& item = m_form.items().at(field.item);
        if (field.kind != InputKind::Check || !item.required || !answersFor(field).isEmpty())
            continue;
        const QList<AnswerValue> no {AnswerValue::fromBoolean(false)};
        if (field.groupRepeat < 0) {
            m_response.setAnswers(item.linkId, no);
            continue;
        }
        const QString& groupLinkId = m_form.items().at(item.repeatingGroup).linkId;
        QList<Questionnaire::QuestionnaireResponse> repeats = m_response.repeats(groupLinkId);
        if (field.groupRepeat < repeats.size()) {
            repeats[field.groupRepeat].setAnswers(item.linkId, no);
            m_response.setRepeats(groupLinkId, repeats);
        }
    }
}

void QuestionnaireForm::setRepeatTexts(const QString& groupLinkId, const RepeatTexts& texts)
{
    RepeatGroup* group = repeatGroup(groupLinkId);
    if (group == nullptr)
        return;
    group->texts = texts;
    group->add->setText(texts.add);
    group->remove->setText(texts.remove);
    updateFieldNames();
    updateRepeatTabs();
    updateIssueDisplay();
}

int QuestionnaireForm::repeatCount(const QString& groupLinkId) const
{
    const RepeatGroup* group = repeatGroup(groupLinkId);
    return group == nullptr ? 0 : group->count;
}

QTabWidget* QuestionnaireForm::repeatTabs(const QString& groupLinkId) const
{
    const RepeatGroup* group = repeatGroup(groupLinkId);
    return group == nullptr ? nullptr : group->tabs;
}

bool QuestionnaireForm::addRepeat(const QString& groupLinkId)
{
    RepeatGroup* group = repeatGroup(groupLinkId);
    if (group == nullptr || group->count >= MaxGroupRepeats)
        return false;
    // A new repeat starts with the form's initial values for the group's items.
    Questionnaire::QuestionnaireResponse repeat;
    for (const QuestionnaireItem& item : m_form.items()) {
        if (item.repeatingGroup == group->item && !item.initial.isEmpty())
            repeat.setAnswers(item.linkId, item.initial);
    }
    m_response.appendRepeat(groupLinkId, repeat);
    const int added = group->count++;
    answerUntickedRequired();
    for (Field& field : m_fields) {
        if (field.groupRepeat == added && m_form.items().at(field.item).repeatingGroup == group->item)
            writeField(field, answersFor(field));
    }
    updateRepeatTabs();
    applyEnableWhen();
    group->tabs->setCurrentIndex(added);
    validate();
    Q_EMIT repeatsChanged(groupLinkId, group->count);
    Q_EMIT changed();
    // Straight on to the new repeat's first field, so the keyboard user types on.
    for (const Field& field : m_fields) {
        if (field.groupRepeat == added && m_form.items().at(field.item).repeatingGroup == group->item
            && field.input->isEnabled()) {
            field.input->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
    return true;
}

bool QuestionnaireForm::removeRepeat(const QString& groupLinkId, int index, bool askFirst)
{
    RepeatGroup* group = repeatGroup(groupLinkId);
    if (group == nullptr || group->count <= 1 || index < 0 || index >= group->count)
        return false;
    const QList<Questionnaire::QuestionnaireResponse> repeats = m_response.repeats(groupLinkId);
    bool written = false; // anything beyond the unticked boxes every repeat starts with
    for (const QString& linkId : index < repeats.size() ? repeats.at(index).answeredLinkIds() : QStringList()) {
        for (const AnswerValue& value : repeats.at(index).answers(linkId))
            written = written || value.type() != ValueType::Boolean || value.toBoolean();
    }
    if (askFirst && written) {
        // What the midwife typed is not thrown away without her say.
        QMessageBox box(QMessageBox::Question, group->texts.remove,
            tr("Remove %1 and what is written there?").arg(group->texts.tab.arg(index + 1)), QMessageBox::NoButton,
            this);
        box.setObjectName(QStringLiteral("removeRepeatQuestion"));
        QPushButton* remove = box.addButton(group->texts.remove, QMessageBox::DestructiveRole);
        QPushButton* keep = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != remove)
            return false;
    }
    m_response.removeRepeat(groupLinkId, index);
    --group->count;
    // The pages stay; the answers move up one page. Visits and unreadable input of the group start afresh.
    for (Field& field : m_fields) {
        if (field.groupRepeat < 0 || m_form.items().at(field.item).repeatingGroup != group->item)
            continue;
        m_visited.remove(visitKey(field));
        m_formatIssues.remove(field.input->objectName());
    }
    for (Field& field : m_fields) {
        if (field.groupRepeat < 0 || m_form.items().at(field.item).repeatingGroup != group->item)
            continue;
        writeField(field, answersFor(field));
        if (!answersFor(field).isEmpty())
            m_visited.insert(visitKey(field));
    }
    updateRepeatTabs();
    applyEnableWhen();
    group->tabs->setCurrentIndex(std::min(index, group->count - 1));
    validate();
    Q_EMIT repeatsChanged(groupLinkId, group->count);
    Q_EMIT changed();
    group->tabs->tabBar()->setFocus(Qt::OtherFocusReason);
    return true;
}

void QuestionnaireForm::updateRepeatTabs()
{
    for (RepeatGroup& group : m_repeatGroups) {
        QHash<int, int> errors;
        QHash<int, int> warnings;
        for (const ValidationIssue& issue : std::as_const(m_shownIssues)) {
            const QuestionnaireItem* item = m_form.item(issue.linkId);
            if (item == nullptr || item->repeatingGroup != group.item || issue.repeat < 0)
                continue;
            ++(issue.isError() ? errors : warnings)[issue.repeat];
        }
        for (int repeat = 0; repeat < MaxGroupRepeats; ++repeat) {
            const bool shown = repeat < group.count;
            group.tabs->setTabVisible(repeat, shown);
            const QString title = group.texts.tab.arg(repeat + 1);
            // Marked in words as well as by icon and colour: a screen reader says the tab's text.
            QString text = title;
            QIcon icon;
            QColor colour;
            if (errors.value(repeat) > 0) {
                text = tr("%1 (%n error(s))", nullptr, errors.value(repeat)).arg(title);
                icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
                colour = QColor(errorColour);
            } else if (warnings.value(repeat) > 0) {
                text = tr("%1 (%n warning(s))", nullptr, warnings.value(repeat)).arg(title);
                icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
                colour = QColor(warningColour);
            }
            group.tabs->setTabText(repeat, text);
            group.tabs->setTabIcon(repeat, icon);
            group.tabs->tabBar()->setTabTextColor(repeat, colour);
            QLabel* header = group.headers.at(repeat);
            const QString headerText
                = group.texts.header && shown ? group.texts.header(repeat, group.count) : QString();
            header->setText(headerText);
            header->setVisible(!headerText.isEmpty());
        }
        group.add->setEnabled(group.count < MaxGroupRepeats);
        group.remove->setEnabled(group.count > 1);
        const QString current = group.texts.tab.arg(group.tabs->currentIndex() + 1);
        group.remove->setAccessibleName(QStringLiteral("%1: %2").arg(group.texts.remove, current));
    }
}

QuestionnaireForm::~QuestionnaireForm() = default;

QString QuestionnaireForm::objectNameFor(const QString& linkId, int repeat)
{
    return repeat == 0 ? linkId : QStringLiteral("%1_%2").arg(linkId).arg(repeat + 1);
}

QLabel* QuestionnaireForm::displayText(int index, QWidget* parent)
{
    const QuestionnaireItem& item = m_form.items().at(index);
    auto* text = new QLabel(m_form.text(item, m_language), parent);
    text->setObjectName(item.linkId);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Help texts stand out from questions, so a doctor sees them without hunting.
    text->setStyleSheet(QStringLiteral(
        "QLabel { background: #eef4fb; border-left: 4px solid #2a6ebb; padding: 6px; color: #1a1a1a; }"));
    addContainer(index, text);
    return text;
}

void QuestionnaireForm::buildItem(int index, QVBoxLayout* layout, QWidget* parent)
{
    const QuestionnaireItem& item = m_form.items().at(index);
    if (item.isRepeatingGroup()) {
        buildRepeatingGroup(index, layout, parent);
        return;
    }
    if (item.type == ItemType::Group) {
        QGroupBox* box = groupBox(index, parent);
        auto* inner = new QVBoxLayout(box);
        if (isChainGroup(m_form, item)) {
            buildCauseChain(index, inner, box);
        } else {
            for (int child : item.children)
                buildItem(child, inner, box);
        }
        layout->addWidget(box);
        addContainer(index, box);
        return;
    }
    if (item.type == ItemType::Display) {
        layout->addWidget(displayText(index, parent));
        return;
    }
    auto* holder = new QWidget(parent);
    holder->setObjectName(item.linkId + QStringLiteral("_item"));
    auto* holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->setSpacing(6);
    for (int repeat = 0; repeat < (item.repeats ? repeatInputs : 1); ++repeat)
        holderLayout->addWidget(wrapField(createField(index, repeat, QString(), holder), holder));
    layout->addWidget(holder);
    addContainer(index, holder);
}

void QuestionnaireForm::buildCauseChain(int groupIndex, QVBoxLayout* layout, QWidget* parent)
{
    auto* chain = new CauseChainEditor(parent);
    layout->addWidget(chain);
    const auto widgets = [this](int field) {
        const Field& f = m_fields.at(static_cast<std::size_t>(field));
        return FieldWidgets {f.label, f.requiredMarker, f.input, f.hint, f.issue};
    };
    QSet<int> placed;
    for (QChar letter : {u'A', u'B', u'C', u'D'}) {
        const int code = m_form.indexOf(chainLinkId(letter, u"code"));
        const int text = m_form.indexOf(chainLinkId(letter, u"text"));
        const int time = m_form.indexOf(chainLinkId(letter, u"time"));
        if (code < 0 || text < 0 || time < 0)
            continue;
        const int codeField = createField(code, 0, QString(), chain);
        const int textField = createField(text, 0, QString(), chain);
        // The interval question reads the same on every line; the letter tells a screen-reader user which one.
        const int timeField = createField(time, 0, QStringLiteral(" (%1)").arg(letter), chain);
        chain->addLine(letter, widgets(codeField), widgets(textField), widgets(timeField));
        for (int index : {code, text, time}) {
            m_chainItems.insert(index);
            placed.insert(index);
        }
    }
    for (int child : m_form.items().at(groupIndex).children) {
        if (placed.contains(child))
            continue;
        const QuestionnaireItem& item = m_form.items().at(child);
        if (item.type == ItemType::Display) {
            chain->addText(displayText(child, chain));
        } else if (item.takesAnswers()) {
            for (int repeat = 0; repeat < (item.repeats ? repeatInputs : 1); ++repeat)
                chain->addPartTwo(widgets(createField(child, repeat, QString(), chain)));
            m_chainItems.insert(child);
        }
    }
}

int QuestionnaireForm::createField(int index, int repeat, const QString& labelSuffix, QWidget* parent)
{
    const QuestionnaireItem& item = m_form.items().at(index);
    Field field;
    field.item = index;
    field.repeat = repeat;
    field.groupRepeat = m_buildingRepeat;
    // Inside a repeating group the page's number names the input (its items do not repeat themselves).
    const int nameRepeat = m_buildingRepeat >= 0 ? m_buildingRepeat : repeat;
    field.plainLabel = m_form.text(item, m_language).simplified() + labelSuffix;
    if (item.repeats)
        field.plainLabel += QStringLiteral(" (%1)").arg(repeat + 1);

    switch (item.type) {
    case ItemType::Boolean: {
        field.kind = InputKind::Check;
        field.input = new QCheckBox(field.plainLabel, parent);
        break;
    }
    case ItemType::Choice:
    case ItemType::OpenChoice: {
        if (Codes::CodeSystemUrl::isIcd10(Codes::CodeSystemUrl::canonical(item.answerValueSet))) {
            field.kind = InputKind::Icd10;
            field.input = new Icd10CodeEdit(m_options.icd10, parent);
            field.hint = new QLabel(parent);
            field.hint->setObjectName(objectNameFor(item.linkId, nameRepeat) + QStringLiteral("_hint"));
            field.hint->setWordWrap(true);
            field.hint->setStyleSheet(QStringLiteral("color: #333333;"));
            break;
        }
        for (const Questionnaire::AnswerOption& option : item.answerOptions)
            field.options.append(option.value);
        QStringList displays;
        for (const Questionnaire::AnswerOption& option : item.answerOptions)
            displays.append(m_form.optionDisplay(option, m_language));
        if (field.options.isEmpty() && !item.answerValueSet.isEmpty() && m_options.codes != nullptr) {
            if (const auto expansion = m_options.codes->expand(item.answerValueSet)) {
                for (const Codes::Coding& coding : *expansion) {
                    field.options.append(AnswerValue::fromCoding(coding));
                    displays.append(coding.display);
                }
            }
        }
        if (field.options.isEmpty()) {
            // A list too large to offer (or not imported): the code is typed and checked by the validator.
            field.kind = InputKind::Code;
            auto* edit = new QLineEdit(parent);
            edit->setPlaceholderText(tr("Code"));
            field.input = edit;
            break;
        }
        field.kind = InputKind::Combo;
        auto* combo = new QComboBox(parent);
        combo->addItem(QString());
        combo->addItems(displays);
        combo->setEditable(item.type == ItemType::OpenChoice);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        WheelEventEater::install(combo);
        field.input = combo;
        break;
    }
    case ItemType::Text: {
        field.kind = InputKind::Text;
        auto* edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 14);
        field.input = edit;
        break;
    }
    default: {
        auto* edit = new QLineEdit(parent);
        field.input = edit;
        switch (item.type) {
        case ItemType::Date:
            field.kind = InputKind::Date;
            edit->setPlaceholderText(tr("dd.mm.yyyy"));
            break;
        case ItemType::DateTime:
            field.kind = InputKind::DateTime;
            edit->setPlaceholderText(tr("dd.mm.yyyy hh:mm"));
            break;
        case ItemType::Time:
            field.kind = InputKind::Time;
            edit->setPlaceholderText(tr("hh:mm"));
            break;
        case ItemType::Integer:
            field.kind = InputKind::Integer;
            edit->setValidator(new QIntValidator(edit));
            break;
        case ItemType::Decimal:
            field.kind = InputKind::Decimal;
            edit->setValidator(new QDoubleValidator(edit));
            break;
        default:
            field.kind = InputKind::Line;
            // An identifier may be typed with a space ("240472 30752"); it is stored as digits only.
            if (item.maxLength)
                edit->setMaxLength(Questionnaire::identifierRuleOf(item) ? *item.maxLength + 2 : *item.maxLength);
            break;
        }
        if (field.kind == InputKind::Line && item.maxLength && *item.maxLength <= 20) // short answers: a short field
            edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(u'0') * (*item.maxLength + 4) + 16);
        else if (field.kind != InputKind::Line)
            edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00.00.0000 00:00")) + 40);
        break;
    }
    }

    const QString name = objectNameFor(item.linkId, nameRepeat);
    field.input->setObjectName(name);
    m_focusOrder.append(field.input);
    field.input->setAccessibleName(field.plainLabel);
    if (item.required)
        field.input->setAccessibleDescription(tr("Required"));
    field.input->installEventFilter(this);
    if (field.kind != InputKind::Check) {
        field.label = new QLabel(field.plainLabel, parent);
        field.label->setObjectName(name + QStringLiteral("_label"));
        // Short labels stay on one line with the marker right after them; Qt gives word-wrapped labels in a row
        // a narrow "pleasing" width, so only long questions wrap (and then take the row's width).
        field.label->setWordWrap(field.plainLabel.size() > longLabel);
        field.label->setBuddy(field.input);
        if (item.required) {
            field.requiredMarker = new QLabel(QStringLiteral("*"), parent);
            field.requiredMarker->setObjectName(name + QStringLiteral("_required"));
            field.requiredMarker->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(errorColour));
            field.requiredMarker->setToolTip(tr("Required"));
        }
    }
    field.issue = new QLabel(parent);
    field.issue->setObjectName(name + QStringLiteral("_issue"));
    field.issue->setWordWrap(true);
    field.issue->setVisible(false);

    const int fieldIndex = static_cast<int>(m_fields.size());
    switch (field.kind) {
    case InputKind::Check:
        connect(static_cast<QCheckBox*>(field.input), &QCheckBox::toggled, this,
            [this, fieldIndex] { onEdited(fieldIndex, true); });
        break;
    case InputKind::Combo:
        connect(static_cast<QComboBox*>(field.input), &QComboBox::currentIndexChanged, this,
            [this, fieldIndex] { onEdited(fieldIndex, true); });
        break;
    case InputKind::Text:
        connect(static_cast<QPlainTextEdit*>(field.input), &QPlainTextEdit::textChanged, this,
            [this, fieldIndex] { onEdited(fieldIndex, false); });
        break;
    default:
        connect(static_cast<QLineEdit*>(field.input), &QLineEdit::textEdited, this,
            [this, fieldIndex] { onEdited(fieldIndex, false); });
        break;
    }
    if (field.kind == InputKind::Icd10) {
        // Taking a hit from the list is a finished answer: check the line at once.
        connect(static_cast<Icd10CodeEdit*>(field.input), &Icd10CodeEdit::codeChosen, this,
            [this, fieldIndex] { onEdited(fieldIndex, true); });
    }
    m_fieldsByLinkId[item.linkId].append(fieldIndex);
    m_fields.push_back(field);
    return fieldIndex;
}

QWidget* QuestionnaireForm::wrapField(int fieldIndex, QWidget* parent)
{
    Field& field = m_fields.at(static_cast<std::size_t>(fieldIndex));
    auto* container = new QWidget(parent);
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    if (field.label != nullptr)
        layout->addLayout(
            labelRow(FieldWidgets {field.label, field.requiredMarker, field.input, field.hint, field.issue}));
    const bool narrow = field.kind != InputKind::Text && field.input->maximumWidth() < QWIDGETSIZE_MAX;
    layout->addWidget(field.input, 0, narrow ? Qt::AlignLeft : Qt::Alignment());
    if (field.hint != nullptr)
        layout->addWidget(field.hint);
    layout->addWidget(field.issue);
    field.notice = new QLabel(container);
    field.notice->setObjectName(field.input->objectName() + QStringLiteral("_notice"));
    field.notice->setWordWrap(true);
    field.notice->setTextFormat(Qt::PlainText);
    field.notice->setStyleSheet(QStringLiteral("QLabel { border: 3px solid %1; background: #fdecee; color: #5c0011; "
                                               "padding: 10px; font-weight: bold; }")
                                    .arg(errorColour));
    QFont larger = field.notice->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    field.notice->setFont(larger);
    field.notice->setVisible(false);
    layout->addWidget(field.notice);
    field.container = container;
    return container;
}

void QuestionnaireForm::assignMnemonics()
{
    // Alt+letter reaches a field; each letter once per form, preferring the first letter of a word.
    QSet<QChar> used;
    QHash<QString, QChar> byLinkId; // the pages of a repeating group: one at a time shows, so they share letters
    for (Field& field : m_fields) {
        const QString text = field.plainLabel;
        const QString& linkId = m_form.items().at(field.item).linkId;
        qsizetype chosen = -1;
        if (field.groupRepeat > 0 && byLinkId.contains(linkId)) {
            for (qsizetype i = 0; i < text.size() && chosen < 0; ++i) {
                if (text.at(i).toLower() == byLinkId.value(linkId))
                    chosen = i;
            }
        }
        for (int pass = 0; pass < 2 && chosen < 0 && field.groupRepeat <= 0; ++pass) {
            for (qsizetype i = 0; i < text.size(); ++i) {
                const QChar c = text.at(i).toLower();
                const bool wordStart = i == 0 || !text.at(i - 1).isLetterOrNumber();
                if (c.isLetter() && c.unicode() < 0x80 && !used.contains(c) && (pass == 1 || wordStart)) {
                    chosen = i;
                    used.insert(c);
                    break;
                }
            }
        }
        if (chosen >= 0 && field.groupRepeat == 0)
            byLinkId.insert(linkId, text.at(chosen).toLower());
        QString withMnemonic = text;
        withMnemonic.replace(u'&', QStringLiteral("&&"));
        if (chosen >= 0)
            withMnemonic.insert(chosen + text.left(chosen).count(u'&'), u'&');
        if (field.label != nullptr)
            field.label->setText(withMnemonic);
        else if (auto* check = qobject_cast<QCheckBox*>(field.input))
            check->setText(withMnemonic);
    }
}

void QuestionnaireForm::setTabOrderFromFields()
{
    QWidget* previous = m_summary->listView();
    for (QWidget* next : std::as_const(m_focusOrder)) {
        QWidget::setTabOrder(previous, next);
        previous = next;
    }
}

QList<QWidget*> QuestionnaireForm::inputs() const
{
    QList<QWidget*> result;
    for (const Field& field : m_fields)
        result.append(field.input);
    return result;
}

int QuestionnaireForm::fieldIndex(const QString& linkId, int repeat) const
{
    const QList<int> fields = m_fieldsByLinkId.value(linkId);
    return repeat < fields.size() ? fields.at(repeat) : -1;
}

QWidget* QuestionnaireForm::input(const QString& linkId, int repeat) const
{
    const int index = fieldIndex(linkId, repeat);
    return index < 0 ? nullptr : m_fields.at(static_cast<std::size_t>(index)).input;
}

QLabel* QuestionnaireForm::label(const QString& linkId, int repeat) const
{
    const int index = fieldIndex(linkId, repeat);
    return index < 0 ? nullptr : m_fields.at(static_cast<std::size_t>(index)).label;
}

std::optional<AnswerValue> QuestionnaireForm::readField(Field& field)
{
    const QuestionnaireItem& item = m_form.items().at(field.item);
    const QString key = field.input->objectName();
    m_formatIssues.remove(key);
    switch (field.kind) {
    case InputKind::Check: {
        const bool checked = static_cast<QCheckBox*>(field.input)->isChecked();
        // An unticked box answers "no" only where an answer is required; elsewhere it is no answer.
        if (checked || item.required)
            return AnswerValue::fromBoolean(checked);
        return std::nullopt;
    }
    case InputKind::Combo: {
        auto* combo = static_cast<QComboBox*>(field.input);
        const int index = combo->currentIndex();
        if (index >= 1 && index - 1 < field.options.size() && combo->currentText() == combo->itemText(index))
            return field.options.at(index - 1);
        if (combo->isEditable() && !combo->currentText().trimmed().isEmpty())
            return AnswerValue::fromString(combo->currentText().trimmed());
        return std::nullopt;
    }
    case InputKind::Icd10: {
        const auto coding = static_cast<Icd10CodeEdit*>(field.input)->coding();
        return coding ? std::optional(AnswerValue::fromCoding(*coding)) : std::nullopt;
    }
    case InputKind::Code: {
        const QString code = static_cast<QLineEdit*>(field.input)->text().trimmed();
        if (code.isEmpty())
            return std::nullopt;
        const QString system = Codes::CodeSystemUrl::canonical(item.answerValueSet);
        return AnswerValue::fromCoding(
            Codes::Coding {system, Codes::CodeSystemUrl::normalizedCode(system, code), {}, {}});
    }
    case InputKind::Text: {
        const QString text = static_cast<QPlainTextEdit*>(field.input)->toPlainText();
        return text.trimmed().isEmpty() ? std::nullopt : std::optional(AnswerValue::fromString(text.trimmed()));
    }
    case InputKind::Line: {
        const QString text = static_cast<QLineEdit*>(field.input)->text().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        if (Questionnaire::identifierRuleOf(item)) {
            const Identity::IdentifierCheck check = Identity::PersonNumber::check(text);
            if (check.isValid())
                return AnswerValue::fromString(check.normalized());
        }
        return AnswerValue::fromString(text);
    }
    default:
        break;
    }
    const QString typed = static_cast<QLineEdit*>(field.input)->text().trimmed();
    if (typed.isEmpty())
        return std::nullopt;
    ValueType type = ValueType::String;
    std::optional<AnswerValue> value;
    if (field.kind == InputKind::Integer || field.kind == InputKind::Decimal) {
        bool ok = false;
        const QLocale locale;
        if (field.kind == InputKind::Integer) {
            type = ValueType::Integer;
            const qint64 number = locale.toLongLong(typed, &ok);
            if (ok)
                value = AnswerValue::fromInteger(number);
        } else {
            type = ValueType::Decimal;
            double number = locale.toDouble(typed, &ok);
            if (!ok)
                number = typed.toDouble(&ok);
            if (ok)
                value = AnswerValue::fromDecimal(number);
        }
    } else {
        type = temporalType(field.kind == InputKind::Date ? 0 : field.kind == InputKind::DateTime ? 1 : 2);
        if (const std::optional<QString> fhir = fhirTemporal(type, typed)) {
            Result<AnswerValue> parsed = AnswerValue::fromTemporal(type, *fhir);
            if (parsed)
                value = parsed.value();
        }
    }
    if (!value) {
        // Kept in the field, reported at once; the answer stays unset until it can be read.
        m_formatIssues.insert(key,
            ValidationIssue {
                ValidationIssue::Severity::Error, formatRule, item.linkId, formatMessage(type), field.groupRepeat});
    }
    return value;
}

void QuestionnaireForm::readItem(int item)
{
    const QString& linkId = m_form.items().at(item).linkId;
    if (const int group = m_form.items().at(item).repeatingGroup; group >= 0) {
        const QString& groupLinkId = m_form.items().at(group).linkId;
        QList<Questionnaire::QuestionnaireResponse> repeats = m_response.repeats(groupLinkId);
        for (int index : m_fieldsByLinkId.value(linkId)) {
            Field& field = m_fields.at(static_cast<std::size_t>(index));
            if (field.groupRepeat >= repeats.size()) {
                m_formatIssues.remove(field.input->objectName());
                continue;
            }
            const std::optional<AnswerValue> value = readField(field);
            repeats[field.groupRepeat].setAnswers(linkId, value ? QList<AnswerValue> {*value} : QList<AnswerValue>());
        }
        m_response.setRepeats(groupLinkId, repeats);
        return;
    }
    QList<AnswerValue> answers;
    for (int index : m_fieldsByLinkId.value(linkId)) {
        if (std::optional<AnswerValue> value = readField(m_fields.at(static_cast<std::size_t>(index))))
            answers.append(*value);
    }
    m_response.setAnswers(linkId, answers);
}

void QuestionnaireForm::writeField(Field& field, const QList<AnswerValue>& answers)
{
    const QSignalBlocker blocker(field.input);
    const std::optional<AnswerValue> value
        = field.repeat < answers.size() ? std::optional(answers.at(field.repeat)) : std::nullopt;
    switch (field.kind) {
    case InputKind::Check:
        static_cast<QCheckBox*>(field.input)
            ->setChecked(value && value->type() == ValueType::Boolean && value->toBoolean());
        break;
    case InputKind::Combo: {
        auto* combo = static_cast<QComboBox*>(field.input);
        int index = 0;
        for (qsizetype i = 0; value && i < field.options.size(); ++i) {
            if (field.options.at(i).equals(*value)) {
                index = static_cast<int>(i) + 1;
                break;
            }
        }
        combo->setCurrentIndex(index);
        if (index == 0 && combo->isEditable() && value)
            combo->setEditText(value->toText());
        break;
    }
    case InputKind::Icd10:
        static_cast<Icd10CodeEdit*>(field.input)
            ->setCoding(value && value->type() == ValueType::Coding ? std::optional(value->toCoding()) : std::nullopt);
        break;
    case InputKind::Text:
        static_cast<QPlainTextEdit*>(field.input)->setPlainText(value ? value->toText() : QString());
        break;
    case InputKind::Integer:
        static_cast<QLineEdit*>(field.input)->setText(value ? QString::number(value->toInteger()) : QString());
        break;
    case InputKind::Decimal:
        static_cast<QLineEdit*>(field.input)->setText(value ? QLocale().toString(value->toDecimal()) : QString());
        break;
    case InputKind::Date:
    case InputKind::DateTime:
    case InputKind::Time:
        static_cast<QLineEdit*>(field.input)
            ->setText(value ? shownTemporal(value->type(), value->toText()) : QString());
        break;
    case InputKind::Code:
    case InputKind::Line:
        static_cast<QLineEdit*>(field.input)->setText(value ? value->toText() : QString());
        break;
    }
    updateHint(field);
}

void QuestionnaireForm::updateHint(Field& field)
{
    if (field.hint == nullptr)
        return;
    auto* edit = static_cast<Icd10CodeEdit*>(field.input);
    const QString label = edit->codeLabel();
    if (!label.isEmpty())
        field.hint->setText(label);
    else if (!edit->text().trimmed().isEmpty() && m_options.icd10 != nullptr
        && !edit->codeCompleter()->popup()->isVisible())
        field.hint->setText(tr("Not a code in the ICD-10 list: take a hit from the list, or write the cause as free "
                               "text."));
    else
        field.hint->clear();
}

void QuestionnaireForm::onEdited(int fieldIndex, bool leaveField)
{
    Field& field = m_fields.at(static_cast<std::size_t>(fieldIndex));
    readItem(field.item);
    updateHint(field);
    applyEnableWhen();
    if (leaveField)
        m_visited.insert(visitKey(field));
    // A message at the field goes away as soon as the answer is fixed, not only on leaving it.
    if (leaveField || !field.issue->isHidden() || m_formatIssues.contains(field.input->objectName()))
        validate();
    Q_EMIT changed();
}

void QuestionnaireForm::applyEnableWhen()
{
    const Questionnaire::EnabledItems enabled = Questionnaire::EnableWhenEvaluator::evaluate(m_form, m_response);
    for (auto it = m_itemContainers.constBegin(); it != m_itemContainers.constEnd(); ++it) {
        if (!m_chainItems.contains(it.key()))
            it.value()->setHidden(!enabled.isEnabled(it.key()));
    }
    // Inside a repeating group each page follows its own repeat's answers (and those outside the group).
    QHash<int, QHash<int, Questionnaire::EnabledItems>> perRepeat; // group item -> repeat -> state
    for (const RepeatContainer& container : std::as_const(m_repeatContainers)) {
        const int group = m_form.items().at(container.item).repeatingGroup;
        auto& states = perRepeat[group];
        if (!states.contains(container.groupRepeat))
            states.insert(container.groupRepeat,
                Questionnaire::EnableWhenEvaluator::evaluate(
                    m_form, m_response.repeatView(m_form.items().at(group).linkId, container.groupRepeat)));
        container.widget->setHidden(!states.value(container.groupRepeat).isEnabled(container.item));
    }
    for (Field& field : m_fields) {
        if (!m_chainItems.contains(field.item))
            continue;
        const bool on = enabled.isEnabled(field.item);
        for (QWidget* widget :
            {field.input, static_cast<QWidget*>(field.label), static_cast<QWidget*>(field.requiredMarker)}) {
            if (widget != nullptr)
                widget->setEnabled(on);
        }
    }
}

void QuestionnaireForm::setResponse(const Questionnaire::QuestionnaireResponse& response)
{
    m_response = response;
    m_response.setQuestionnaire(m_form.canonical());
    m_formatIssues.clear();
    m_visited.clear();
    ensureRepeats();
    answerUntickedRequired();
    for (Field& field : m_fields) {
        const QList<AnswerValue> answers = answersFor(field);
        writeField(field, answers);
        if (!answers.isEmpty())
            m_visited.insert(visitKey(field));
    }
    updateRepeatTabs();
    applyEnableWhen();
    validate();
}

void QuestionnaireForm::setAnswers(const QString& linkId, const QList<AnswerValue>& values)
{
    m_response.setAnswers(linkId, values);
    for (int index : m_fieldsByLinkId.value(linkId)) {
        Field& field = m_fields.at(static_cast<std::size_t>(index));
        writeField(field, answersFor(field));
    }
    applyEnableWhen();
    validate();
    Q_EMIT changed();
}

void QuestionnaireForm::setValidator(Validator validator)
{
    m_validator = std::move(validator);
}

void QuestionnaireForm::setProminentRules(const QStringList& rules)
{
    m_prominentRules = rules;
}

void QuestionnaireForm::showAllIssues()
{
    m_showAll = true;
    validate();
}

bool QuestionnaireForm::isShown(const ValidationIssue& issue) const
{
    if (issue.linkId.isEmpty())
        return m_showAll;
    if (!m_fieldsByLinkId.contains(issue.linkId))
        return false;
    return m_showAll || m_visited.contains(visitKey(issue)) || m_prominentRules.contains(issue.rule);
}

void QuestionnaireForm::setIcd10Index(const Codes::Icd10Index* index)
{
    m_options.icd10 = index; // for cause lines added later
    for (Field& field : m_fields) {
        if (field.kind != InputKind::Icd10)
            continue;
        static_cast<Icd10CodeEdit*>(field.input)->setSearchIndex(index);
        updateHint(field);
    }
    validate();
}

void QuestionnaireForm::validate()
{
    QList<ValidationIssue> issues = m_formatIssues.values();
    issues += m_validator ? m_validator(m_response)
                          : Questionnaire::QuestionnaireValidator(m_form, m_options.codes).validate(m_response);
    // A field that cannot be read is reported once, as a format problem, not also as unanswered.
    QSet<QString> unreadable;
    for (const ValidationIssue& issue : std::as_const(m_formatIssues))
        unreadable.insert(issue.linkId);
    issues.erase(std::remove_if(issues.begin(), issues.end(),
                     [&](const ValidationIssue& issue) {
                         return issue.rule == u"q-required" && unreadable.contains(issue.linkId);
                     }),
        issues.end());
    // Errors first, then in the order of the form, so the summary reads top to bottom like the page.
    // Inside a repeating group: repeat by repeat (the first child's issues, then the second's).
    const auto order = [this](const ValidationIssue& issue) {
        const int index = m_form.indexOf(issue.linkId);
        const int group = index < 0 ? -1 : m_form.items().at(index).repeatingGroup;
        return group < 0 ? std::tuple(index, -1, index) : std::tuple(group, issue.repeat, index);
    };
    std::stable_sort(issues.begin(), issues.end(), [&order](const ValidationIssue& a, const ValidationIssue& b) {
        if (a.isError() != b.isError())
            return a.isError();
        return order(a) < order(b);
    });
    m_issues = issues;
    updateIssueDisplay();
    Q_EMIT issuesChanged();
}

void QuestionnaireForm::updateIssueDisplay()
{
    m_shownIssues.clear();
    QHash<QString, QList<ValidationIssue>> byField; // visitKey -> issues
    QHash<QString, QStringList> notices;
    for (const ValidationIssue& issue : std::as_const(m_issues)) {
        if (!isShown(issue))
            continue;
        m_shownIssues.append(issue);
        if (m_prominentRules.contains(issue.rule))
            notices[visitKey(issue)].append(issue.message);
        else
            byField[visitKey(issue)].append(issue);
    }
    for (Field& field : m_fields) {
        const QString key = visitKey(field);
        const QList<ValidationIssue> here = field.repeat == 0 ? byField.value(key) : QList<ValidationIssue>();
        QStringList lines;
        bool error = false;
        for (const ValidationIssue& issue : here) {
            lines.append((issue.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(issue.message));
            error = error || issue.isError();
        }
        field.issue->setText(lines.join(u'\n'));
        field.issue->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(error ? errorColour : warningColour));
        field.issue->setVisible(!lines.isEmpty());
        QString description = m_form.items().at(field.item).required ? tr("Required") : QString();
        if (!lines.isEmpty())
            description = (description.isEmpty() ? QString() : description + u". ") + lines.join(u' ');
        field.input->setAccessibleDescription(description);
        if (field.notice != nullptr) {
            const QStringList texts = field.repeat == 0 ? notices.value(key) : QStringList();
            field.notice->setText(texts.join(u'\n'));
            field.notice->setVisible(!texts.isEmpty());
        }
    }
    m_summary->setIssues(m_shownIssues);
    updateRepeatTabs();
}

bool QuestionnaireForm::focusLinkId(const QString& linkId, int repeat)
{
    int index = -1;
    if (linkId.isEmpty()) {
        for (std::size_t i = 0; i < m_fields.size() && index < 0; ++i) {
            if (m_fields.at(i).input->isVisibleTo(this) && m_fields.at(i).input->isEnabled())
                index = static_cast<int>(i);
        }
    } else {
        index = fieldIndex(linkId, std::max(repeat, 0));
    }
    if (index < 0)
        return false;
    const Field& field = m_fields.at(static_cast<std::size_t>(index));
    if (field.groupRepeat >= 0) {
        RepeatGroup* group = repeatGroupOf(field.item);
        if (field.groupRepeat >= group->count)
            return false;
        group->tabs->setCurrentIndex(field.groupRepeat);
    }
    QWidget* target = field.input;
    if (!target->isVisibleTo(this) || !target->isEnabled())
        return false;
    for (QWidget* ancestor = parentWidget(); ancestor != nullptr; ancestor = ancestor->parentWidget()) {
        if (auto* scroll = qobject_cast<QScrollArea*>(ancestor)) {
            // Inside a repeating group the tab bar shows too, so it is clear whose field it is.
            if (field.groupRepeat >= 0)
                scroll->ensureWidgetVisible(repeatGroupOf(field.item)->tabs->tabBar(), 40, 40);
            scroll->ensureWidgetVisible(target, 40, 80);
            break;
        }
    }
    target->setFocus(Qt::OtherFocusReason);
    m_currentField = index;
    return true;
}

QString QuestionnaireForm::currentLinkId() const
{
    return m_currentField < 0 ? QString()
                              : m_form.items().at(m_fields.at(static_cast<std::size_t>(m_currentField)).item).linkId;
}

bool QuestionnaireForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        for (std::size_t i = 0; i < m_fields.size(); ++i) {
            if (m_fields[i].input != watched)
                continue;
            if (event->type() == QEvent::FocusIn) {
                m_currentField = static_cast<int>(i);
            } else if (static_cast<QFocusEvent*>(event)->reason() != Qt::PopupFocusReason) {
                // Leaving a field: check it now, so warnings appear while the doctor still has the case in mind.
                m_visited.insert(visitKey(m_fields[i]));
                updateHint(m_fields[i]);
                validate();
            }
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Meldeklient::Gui

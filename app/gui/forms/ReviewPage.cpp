#include "gui/forms/ReviewPage.h"

#include "core/codes/CodeSystemUrl.h"
#include "core/common/Translations.h"
#include "core/questionnaire/EnableWhenEvaluator.h"
#include "gui/forms/AnswerText.h"

#include <QCheckBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Meldeklient::Gui {

using Questionnaire::AnswerValue;
using Questionnaire::ItemType;
using Questionnaire::QuestionnaireItem;
using Questionnaire::ValidationIssue;
using Questionnaire::ValueType;

namespace {
void clearLayout(QLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            // Out of the page at once (tests and findChild see only the new rows); deleted later because the
            // clear may come from one of its own buttons.
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        } else if (QLayout* inner = item->layout())
            clearLayout(inner);
        delete item;
    }
}

QFont scaled(QFont font, double factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

ReviewPage::ReviewPage(QWidget* parent)
    : QWidget(parent)
    , m_partsLayout(new QVBoxLayout)
    , m_title(new QLabel(tr("Legeerklæring om dødsfall: check before sending"), this))
    , m_repeatTitle(tr("No. %1"))
    , m_errorsBox(new QGroupBox(tr("Must be fixed before sending"), this))
    , m_warningsBox(new QGroupBox(tr("Warnings: confirm each one you have considered"), this))
{
    setObjectName(QStringLiteral("reviewPage"));
    auto* layout = new QVBoxLayout(this);
    auto* title = m_title;
    title->setObjectName(QStringLiteral("reviewTitle"));
    title->setFont(scaled(title->font(), 1.5, true));
    title->setWordWrap(true);
    layout->addWidget(title);
    m_errorsBox->setObjectName(QStringLiteral("reviewErrors"));
    m_errorsBox->setStyleSheet(QStringLiteral("#reviewErrors { border: 2px solid #b00020; border-radius: 4px; "
                                              "margin-top: 1.4em; padding: 6px; } #reviewErrors::title { color: "
                                              "#b00020; subcontrol-origin: margin; left: 8px; }"));
    new QVBoxLayout(m_errorsBox);
    m_warningsBox->setObjectName(QStringLiteral("reviewWarnings"));
    m_warningsBox->setStyleSheet(QStringLiteral("#reviewWarnings { border: 2px solid #b26a00; border-radius: 4px; "
                                                "margin-top: 1.4em; padding: 6px; } #reviewWarnings::title { "
                                                "color: #7a4a00; subcontrol-origin: margin; left: 8px; }"));
    new QVBoxLayout(m_warningsBox);
    layout->addWidget(m_errorsBox);
    layout->addWidget(m_warningsBox);
    layout->addLayout(m_partsLayout);
    layout->addStretch(1);
    m_errorsBox->setVisible(false);
    m_warningsBox->setVisible(false);
}

void ReviewPage::setTitle(const QString& title)
{
    m_title->setText(title);
}

void ReviewPage::setRepeatTitle(const QString& pattern)
{
    m_repeatTitle = pattern;
}

void ReviewPage::clear()
{
    clearLayout(m_partsLayout);
    m_parts.clear();
}

void ReviewPage::addPart(const QString& partKey, const QString& heading, const Questionnaire::Questionnaire& form,
    const Questionnaire::QuestionnaireResponse& response, const QString& language)
{
    const QString lang = language.isEmpty() ? Translations::currentLanguage() : language;
    m_parts.append(Part {partKey, &form, lang});
    auto* headingLabel = new QLabel(heading, this);
    headingLabel->setObjectName(QStringLiteral("reviewPart_%1").arg(partKey));
    headingLabel->setFont(scaled(headingLabel->font(), 1.25, true));
    headingLabel->setWordWrap(true);
    m_partsLayout->addWidget(headingLabel);

    const Questionnaire::EnabledItems enabled = Questionnaire::EnableWhenEvaluator::evaluate(form, response);
    for (int top : form.topLevelItems()) {
        const QuestionnaireItem& group = form.items().at(top);
        if (!enabled.isEnabled(top))
            continue;
        if (!group.isRepeatingGroup()) {
            addSection(partKey, form, top, response, form.text(group, lang), -1, lang);
            continue;
        }
        // One section per repeat (each child of a birth), read through that repeat's view of the answers.
        for (qsizetype repeat = 0; repeat < response.repeatCount(group.linkId); ++repeat)
            addSection(partKey, form, top, response.repeatView(group.linkId, repeat), m_repeatTitle.arg(repeat + 1),
                static_cast<int>(repeat), lang);
    }
}

void ReviewPage::addSection(const QString& partKey, const Questionnaire::Questionnaire& form, int top,
    const Questionnaire::QuestionnaireResponse& response, const QString& title, int repeat, const QString& lang)
{
    const Questionnaire::EnabledItems enabled = Questionnaire::EnableWhenEvaluator::evaluate(form, response);
    const QuestionnaireItem& group = form.items().at(top);
    auto* section = new QFrame(this);
    const QString suffix = repeat > 0 ? QStringLiteral("_%1").arg(repeat + 1) : QString();
    section->setObjectName(QStringLiteral("reviewSection_%1").arg(group.linkId) + suffix);
    section->setFrameShape(QFrame::StyledPanel);
    auto* sectionLayout = new QVBoxLayout(section);
    auto* header = new QHBoxLayout;
    auto* titleLabel = new QLabel(title, section);
    titleLabel->setFont(scaled(titleLabel->font(), 1.0, true));
    titleLabel->setWordWrap(true);
    header->addWidget(titleLabel, 1);
    auto* edit = new QPushButton(tr("Endre"), section);
    edit->setObjectName(QStringLiteral("edit_%1").arg(group.linkId) + suffix);
    edit->setAccessibleName(tr("Endre: %1").arg(title));
    const QString firstLinkId = group.children.isEmpty() ? group.linkId : QString();
    QString target = firstLinkId;
    // "Endre" goes to the section's first question that is shown.
    QList<int> pending = group.children;
    while (target.isEmpty() && !pending.isEmpty()) {
        const int index = pending.takeFirst();
        const QuestionnaireItem& item = form.items().at(index);
        if (!enabled.isEnabled(index))
            continue;
        if (item.takesAnswers())
            target = item.linkId;
        else
            pending = item.children + pending;
    }
    connect(edit, &QPushButton::clicked, this,
        [this, partKey, target, repeat] { Q_EMIT editRequested(partKey, target, repeat); });
    // A question at the top level of the form is one row with its "Endre"; a group has a title row.
    if (group.takesAnswers()) {
        delete header;
        delete titleLabel;
    } else {
        header->addWidget(edit, 0, Qt::AlignTop);
        sectionLayout->addLayout(header);
    }
    // Question on the left, answer on the right, as on the printed legeerklæring; long questions wrap.
    auto* rows = new QGridLayout;
    rows->setColumnStretch(0, 2);
    rows->setColumnStretch(1, 3);
    rows->setHorizontalSpacing(16);
    int row = 0;
    for (int index : shownQuestions(form, group.takesAnswers() ? QList<int> {top} : group.children, enabled)) {
        const QuestionnaireItem& item = form.items().at(index);
        const QList<AnswerValue> answers = response.answers(item.linkId);
        if (answers.isEmpty() && !item.required)
            continue;
        QStringList values;
        for (const AnswerValue& answer : answers)
            values.append(answerText(form, item, answer, lang));
        auto* value = new QLabel(section);
        value->setObjectName(QStringLiteral("reviewValue_%1").arg(item.linkId) + suffix);
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        if (values.isEmpty()) {
            value->setText(tr("(not answered)"));
            value->setStyleSheet(QStringLiteral("color: #b00020;"));
        } else {
            value->setText(values.join(u'\n'));
            value->setFont(scaled(value->font(), 1.0, true));
        }
        auto* label = new QLabel(form.text(item, lang), section);
        label->setWordWrap(true);
        rows->addWidget(label, row, 0, Qt::AlignTop);
        rows->addWidget(value, row, 1, Qt::AlignTop);
        ++row;
    }
    if (group.takesAnswers())
        rows->addWidget(edit, 0, 2, Qt::AlignTop);
    sectionLayout->addLayout(rows);
    m_partsLayout->addWidget(section);
}

QString ReviewPage::issueKey(const ValidationIssue& issue)
{
    return issue.rule + u'\x1f' + issue.linkId + u'\x1f' + QString::number(issue.repeat) + u'\x1f' + issue.message;
}

QString ReviewPage::partFor(const QString& linkId) const
{
    for (const Part& part : m_parts) {
        if (part.form->indexOf(linkId) >= 0)
            return part.key;
    }
    return m_parts.isEmpty() ? QString() : m_parts.constLast().key;
}

QString ReviewPage::fieldName(const ValidationIssue& issue) const
{
    for (const Part& part : m_parts) {
        if (const QuestionnaireItem* item = part.form->item(issue.linkId)) {
            const QString name = part.form->text(*item, part.language).simplified();
            if (issue.repeat < 0 || item->repeatingGroup < 0)
                return name;
            return tr("%1: %2").arg(m_repeatTitle.arg(issue.repeat + 1), name);
        }
    }
    return {};
}

QWidget* ReviewPage::issueRow(const ValidationIssue& issue, int number, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 2, 0, 2);
    const QString field = fieldName(issue);
    // The box says whether these are errors or warnings; each line names its field.
    auto* message = new QLabel(field.isEmpty() ? issue.message : tr("«%1»: %2").arg(field, issue.message), row);
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    if (!issue.isError()) {
        auto* confirm = new QCheckBox(row);
        confirm->setObjectName(QStringLiteral("warningConfirm_%1").arg(number));
        confirm->setText(tr("Considered"));
        // The name is what the box says; the warning it confirms is its description.
        confirm->setAccessibleDescription(message->text());
        confirm->setChecked(m_confirmedKeys.contains(issueKey(issue)));
        const QString key = issueKey(issue);
        connect(confirm, &QCheckBox::toggled, this, [this, key](bool checked) {
            if (checked)
                m_confirmedKeys.insert(key);
            else
                m_confirmedKeys.remove(key);
            updateCanSend();
            Q_EMIT confirmationsChanged();
        });
        m_confirmations.append(confirm);
        layout->addWidget(confirm, 0, Qt::AlignTop);
    }
    layout->addWidget(message, 1);
    if (!issue.linkId.isEmpty()) {
        auto* edit = new QPushButton(tr("Endre"), row);
        edit->setObjectName(
            QStringLiteral("%1_%2").arg(issue.isError() ? u"reviewErrorEdit" : u"reviewWarningEdit").arg(number));
        edit->setAccessibleName(tr("Endre: %1").arg(issue.message));
        const QString part = partFor(issue.linkId);
        const QString linkId = issue.linkId;
        const int repeat = issue.repeat;
        connect(edit, &QPushButton::clicked, this,
            [this, part, linkId, repeat] { Q_EMIT editRequested(part, linkId, repeat); });
        layout->addWidget(edit, 0, Qt::AlignTop);
    }
    return row;
}

void ReviewPage::setIssues(const QList<ValidationIssue>& issues)
{
    m_errors.clear();
    m_warnings.clear();
    for (const ValidationIssue& issue : issues)
        (issue.isError() ? m_errors : m_warnings).append(issue);
    QSet<QString> stillThere;
    for (const ValidationIssue& warning : std::as_const(m_warnings))
        stillThere.insert(issueKey(warning));
    m_confirmedKeys.intersect(stillThere);

    m_confirmations.clear();
    clearLayout(m_errorsBox->layout());
    clearLayout(m_warningsBox->layout());
    for (qsizetype i = 0; i < m_errors.size(); ++i)
        m_errorsBox->layout()->addWidget(issueRow(m_errors.at(i), static_cast<int>(i), m_errorsBox));
    for (qsizetype i = 0; i < m_warnings.size(); ++i)
        m_warningsBox->layout()->addWidget(issueRow(m_warnings.at(i), static_cast<int>(i), m_warningsBox));
    m_errorsBox->setTitle(tr("%n problem(s) must be fixed before sending", nullptr, static_cast<int>(m_errors.size())));
    m_warningsBox->setTitle(
        tr("%n warning(s): confirm each one you have considered", nullptr, static_cast<int>(m_warnings.size())));
    m_errorsBox->setVisible(!m_errors.isEmpty());
    m_warningsBox->setVisible(!m_warnings.isEmpty());
    orderTabs();
    updateCanSend();
}

void ReviewPage::orderTabs()
{
    // The issue rows are built after the sections below them: Tab follows the page from top to bottom.
    QList<QWidget*> order;
    const auto collect = [&order](QWidget* container) {
        for (QWidget* widget : container->findChildren<QWidget*>()) {
            if (widget->focusPolicy() & Qt::TabFocus)
                order.append(widget);
        }
    };
    collect(m_errorsBox);
    collect(m_warningsBox);
    for (int i = 0; i < m_partsLayout->count(); ++i) {
        if (QWidget* part = m_partsLayout->itemAt(i)->widget())
            collect(part);
    }
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

QList<ValidationIssue> ReviewPage::errors() const
{
    return m_errors;
}

QList<ValidationIssue> ReviewPage::warnings() const
{
    return m_warnings;
}

QList<ValidationIssue> ReviewPage::confirmedWarnings() const
{
    QList<ValidationIssue> confirmed;
    for (const ValidationIssue& warning : m_warnings) {
        if (m_confirmedKeys.contains(issueKey(warning)))
            confirmed.append(warning);
    }
    return confirmed;
}

void ReviewPage::confirmWarnings(const std::function<bool(const ValidationIssue&)>& wasConfirmed)
{
    // One box per warning, in the same order (issueRow).
    for (qsizetype i = 0; i < m_warnings.size() && i < m_confirmations.size(); ++i) {
        if (wasConfirmed(m_warnings.at(i)))
            m_confirmations.at(i)->setChecked(true);
    }
}

bool ReviewPage::allWarningsConfirmed() const
{
    return confirmedWarnings().size() == m_warnings.size();
}

bool ReviewPage::canSend() const
{
    return m_errors.isEmpty() && allWarningsConfirmed();
}

void ReviewPage::updateCanSend()
{
    const bool can = canSend();
    if (can != m_canSend) {
        m_canSend = can;
        Q_EMIT canSendChanged(can);
    }
}

} // namespace Meldeklient::Gui

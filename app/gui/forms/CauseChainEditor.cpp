#include "gui/forms/CauseChainEditor.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Meldeklient::Gui {

namespace {
enum Column { LetterColumn, CodeColumn, OrColumn, TextColumn, IntervalColumn };
} // namespace

CauseChainEditor::CauseChainEditor(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_texts(new QVBoxLayout)
    , m_lines(new QGridLayout)
{
    setObjectName(QStringLiteral("causeChainEditor"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addLayout(m_texts);
    auto* partOne = new QLabel(tr("Part I: the chain of events, from the immediate cause (A) down to the underlying "
                                  "cause"),
        this);
    partOne->setObjectName(QStringLiteral("causeChainPartOne"));
    partOne->setWordWrap(true);
    QFont bold = partOne->font();
    bold.setBold(true);
    partOne->setFont(bold);
    m_layout->addWidget(partOne);
    m_lines->setHorizontalSpacing(10);
    m_lines->setVerticalSpacing(2);
    m_lines->setColumnStretch(CodeColumn, 2);
    m_lines->setColumnStretch(TextColumn, 3);
    m_lines->setColumnStretch(IntervalColumn, 2);
    m_layout->addLayout(m_lines);
}

void CauseChainEditor::addText(QWidget* text)
{
    m_texts->addWidget(text);
}

void CauseChainEditor::place(const FieldWidgets& field, int row, int column)
{
    if (field.label != nullptr) {
        // Long labels ("Approximate interval between onset and death (A)") wrap, so that the four columns fit a
        // narrow window (1366×768 at 150 %) without scrolling sideways.
        field.label->setWordWrap(true);
        m_lines->addLayout(labelRow(field), row, column, Qt::AlignBottom);
    }
    m_lines->addWidget(field.input, row + 1, column, Qt::AlignTop); // a row's inputs start on one line
    auto* below = new QVBoxLayout;
    below->setContentsMargins(0, 0, 0, 0);
    below->setSpacing(0);
    if (field.hint != nullptr)
        below->addWidget(field.hint);
    below->addWidget(field.issue);
    below->addStretch(1);
    m_lines->addLayout(below, row + 2, column);
}

void CauseChainEditor::addLine(
    QChar letter, const FieldWidgets& code, const FieldWidgets& freeText, const FieldWidgets& interval)
{
    const int row = m_nextRow;
    if (row > 0) {
        // "som følge av": each line is the cause of the line above it.
        auto* dueTo = new QLabel(tr("↑ due to (som følge av)"), this);
        dueTo->setObjectName(QStringLiteral("causeChainDueTo_%1").arg(letter));
        dueTo->setStyleSheet(QStringLiteral("color: #555555;"));
        m_lines->addWidget(dueTo, row, CodeColumn, 1, 3);
    }
    const int fieldsRow = row + (row > 0 ? 1 : 0);
    auto* badge = new QLabel(QString(letter), this);
    badge->setObjectName(QStringLiteral("causeChainLetter_%1").arg(letter));
    QFont big = badge->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    badge->setFont(big);
    badge->setAlignment(Qt::AlignCenter);
    badge->setMinimumWidth(badge->fontMetrics().horizontalAdvance(u'W') + 8);
    badge->setAccessibleName(tr("Line %1").arg(letter));
    m_lines->addWidget(badge, fieldsRow + 1, LetterColumn);
    place(code, fieldsRow, CodeColumn);
    auto* orLabel = new QLabel(tr("or"), this);
    orLabel->setObjectName(QStringLiteral("causeChainOr_%1").arg(letter));
    orLabel->setAlignment(Qt::AlignCenter);
    m_lines->addWidget(orLabel, fieldsRow + 1, OrColumn);
    place(freeText, fieldsRow, TextColumn);
    place(interval, fieldsRow, IntervalColumn);
    m_nextRow = fieldsRow + 3;
}

void CauseChainEditor::addPartTwo(const FieldWidgets& field)
{
    if (m_partTwo == nullptr) {
        auto* line = new QFrame(this);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        m_layout->addWidget(line);
        auto* heading = new QLabel(tr("Part II: other significant conditions contributing to the death"), this);
        heading->setObjectName(QStringLiteral("causeChainPartTwo"));
        heading->setWordWrap(true);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        m_layout->addWidget(heading);
        m_partTwo = new QVBoxLayout;
        m_partTwo->setSpacing(2);
        m_layout->addLayout(m_partTwo);
    }
    if (field.label != nullptr)
        m_partTwo->addLayout(labelRow(field));
    m_partTwo->addWidget(field.input);
    if (field.hint != nullptr)
        m_partTwo->addWidget(field.hint);
    m_partTwo->addWidget(field.issue);
}

} // namespace Meldeklient::Gui

#pragma once

#include "gui/forms/FieldWidgets.h"

#include <QWidget>

class QGridLayout;
class QVBoxLayout;

namespace Meldeklient::Gui {

// Part I of the cause of death laid out like the WHO certificate: one row per line A (immediate cause) and
// "som følge av" B, C, D (down to the underlying cause), each with the ICD-10 code, "eller" the free text (only
// one of them can be filled in: the other is greyed out) and the interval between onset and death. Part II
// (contributing causes) and the help texts sit below. The fields themselves are QuestionnaireForm's; this widget
// only arranges them, so reading, validation and tab order stay in one place.
class CauseChainEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CauseChainEditor(QWidget* parent = nullptr);

    // Texts shown above the lines (the question and the help on terminal diagnoses).
    void addText(QWidget* text);
    void addLine(QChar letter, const FieldWidgets& code, const FieldWidgets& freeText, const FieldWidgets& interval);
    // Part II: contributing causes, under its own heading.
    void addPartTwo(const FieldWidgets& field);

private:
    void place(const FieldWidgets& field, int row, int column);

    QVBoxLayout* m_layout;
    QVBoxLayout* m_texts;
    QGridLayout* m_lines;
    QVBoxLayout* m_partTwo = nullptr;
    int m_nextRow = 0;
};

} // namespace Meldeklient::Gui

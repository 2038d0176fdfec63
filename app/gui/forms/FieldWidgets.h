#pragma once

class QHBoxLayout;
class QLabel;
class QWidget;

namespace Meldeklient::Gui {

// The widgets of one rendered question, for whoever lays them out: the label (null for a check box, which is its
// own label) and the required marker, the input, an optional line under the input (the text of a chosen ICD-10
// code) and the line where the field's issues appear. They must stay siblings (children of one widget): Qt finds
// the "labelled by" relation screen readers use among the input's siblings only.
struct FieldWidgets
{
    QLabel* label = nullptr;
    QLabel* requiredMarker = nullptr;
    QWidget* input = nullptr;
    QLabel* hint = nullptr;
    QLabel* issue = nullptr;
};

// The label with the required marker right after it (a long, word-wrapped label takes the row's width).
QHBoxLayout* labelRow(const FieldWidgets& field);

} // namespace Meldeklient::Gui

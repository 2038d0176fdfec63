#pragma once

class QLabel;
class QWidget;

namespace Meldeklient::Gui {

// The widgets of one rendered question, for whoever lays them out: the label row (label and required marker;
// null for a check box, which is its own label), the input, an optional line under the input (the text of a chosen
// ICD-10 code) and the line where the field's issues appear.
struct FieldWidgets {
    QWidget* labelRow = nullptr;
    QLabel* label = nullptr;
    QWidget* input = nullptr;
    QLabel* hint = nullptr;
    QLabel* issue = nullptr;
};

} // namespace Meldeklient::Gui

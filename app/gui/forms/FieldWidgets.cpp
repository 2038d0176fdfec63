#include "gui/forms/FieldWidgets.h"

#include <QHBoxLayout>
#include <QLabel>

namespace Meldeklient::Gui {

QHBoxLayout* labelRow(const FieldWidgets& field)
{
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(field.label, field.label->wordWrap() ? 1 : 0);
    if (field.requiredMarker != nullptr)
        row->addWidget(field.requiredMarker, 0, Qt::AlignTop);
    if (!field.label->wordWrap())
        row->addStretch(1);
    return row;
}

} // namespace Meldeklient::Gui

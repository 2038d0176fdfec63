#pragma once

#include <QStringList>

class QWidget;

namespace Meldeklient::Test {

// What a screen reader and a keyboard user meet on one shown page, checked the same way for every page of the
// window (and each form): every input has an accessible name; an input labelled by a buddy QLabel is named exactly
// as the label reads (without the mnemonic and a trailing colon) and points to it through the "labelled by"
// relation; a button's name contains its visible text; and Tab from the first input visits every visible, enabled
// input in the visual order (top to bottom, left to right within a row). Returns one line per violation.
class AccessibilityWalk
{
public:
    // `minimumInputs`: fewer inputs than this is a violation too (a walk that finds nothing proves nothing).
    static QStringList violations(QWidget* page, const QString& what, int minimumInputs = 1);
    // The visible, focusable inputs of `page` the walk checks (for tests that count them).
    static QList<QWidget*> inputs(QWidget* page, bool enabledOnly);
    static QString withoutMnemonic(QString text);
};

} // namespace Meldeklient::Test

#include "AccessibilityWalk.h"

#include <QAbstractButton>
#include <QTabBar>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QTextEdit>

namespace Meldeklient::Test {

namespace {
// Parts of a compound widget (a combo box's or spin box's line edit, a line edit's clear button, a view's
// viewport) are not inputs of their own: the compound widget is.
bool isPartOfAnInput(QWidget* widget, QWidget* page)
{
    for (QWidget* parent = widget->parentWidget(); parent && parent != page; parent = parent->parentWidget()) {
        if (qobject_cast<QComboBox*>(parent) || qobject_cast<QAbstractSpinBox*>(parent)
            || qobject_cast<QLineEdit*>(parent) || qobject_cast<QAbstractItemView*>(parent)
            || qobject_cast<QPlainTextEdit*>(parent) || qobject_cast<QTextEdit*>(parent))
            return true;
    }
    return false;
}

// A scroll area only holds a page; it takes focus for scrolling, but is not something the doctor fills in.
bool isContainer(QWidget* widget)
{
    return widget->metaObject() == &QScrollArea::staticMetaObject;
}

QString labelText(const QLabel* label)
{
    QString text = AccessibilityWalk::withoutMnemonic(label->text()).trimmed();
    if (text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}

// Where `widget` is on `page` compared with `other`: a widget in a scroll area that `other` is not in stands where
// its scroll area stands (the steps of a notification scroll above the fixed Back and Next).
QRect rectIn(QWidget* widget, QWidget* other, QWidget* page)
{
    QWidget* shown = widget;
    for (QWidget* parent = widget->parentWidget(); parent && parent != page; parent = parent->parentWidget()) {
        if (qobject_cast<QScrollArea*>(parent) && !parent->isAncestorOf(other))
            shown = parent;
    }
    return QRect(shown->mapTo(page, QPoint(0, 0)), shown->size());
}
} // namespace

QString AccessibilityWalk::withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QList<QWidget*> AccessibilityWalk::inputs(QWidget* page, bool enabledOnly)
{
    QList<QWidget*> found;
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy()
            || isContainer(widget) || isPartOfAnInput(widget, page) || (enabledOnly && !widget->isEnabled()))
            continue;
        found.append(widget);
    }
    return found;
}

QStringList AccessibilityWalk::violations(QWidget* page, const QString& what, int minimumInputs)
{
    QApplication::processEvents();
    QStringList problems;
    const auto problem = [&](const QString& text) { problems.append(what + QStringLiteral(": ") + text); };
    const QList<QWidget*> all = inputs(page, false);
    if (all.size() < minimumInputs)
        problem(QStringLiteral("only %1 inputs, expected at least %2").arg(all.size()).arg(minimumInputs));

    const QList<QLabel*> labels = page->window()->findChildren<QLabel*>();
    for (QWidget* input : all) {
        const QString name = input->objectName().isEmpty() ? QString::fromLatin1(input->metaObject()->className())
                                                           : input->objectName();
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(input);
        if (!accessible) {
            problem(name + QStringLiteral(" has no accessibility interface"));
            continue;
        }
        const QString accessibleName = accessible->text(QAccessible::Name);
        if (accessibleName.trimmed().isEmpty()) {
            problem(name + QStringLiteral(" has no accessible name"));
            continue;
        }
        // A label the doctor can select text in is read as its text; it is in the tab order, not named by a label.
        if (qobject_cast<QLabel*>(input))
            continue;
        // A tab list is read as its tabs ("Barn 1", "Barn 2"…), each announced with its own text; it has no label.
        if (qobject_cast<QTabBar*>(input))
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(input)) {
            const QString visible = withoutMnemonic(button->text()).trimmed();
            // A check box is named by its text; a button may say more than it shows, but never something else.
            const bool named = qobject_cast<QCheckBox*>(input) || qobject_cast<QRadioButton*>(input)
                ? accessibleName == visible
                : visible.isEmpty() || accessibleName.contains(visible);
            if (!named)
                problem(QStringLiteral("%1 is named \"%2\" but shows \"%3\"").arg(name, accessibleName, visible));
            continue;
        }
        QList<QLabel*> buddies;
        for (QLabel* candidate : labels) {
            if (candidate->buddy() == input)
                buddies.append(candidate);
        }
        if (buddies.size() != 1) {
            problem(QStringLiteral("%1 has %2 buddy labels").arg(name).arg(buddies.size()));
            continue;
        }
        const QString label = labelText(buddies.constFirst());
        if (!buddies.constFirst()->isVisible())
            problem(name + QStringLiteral(": its label is hidden"));
        // Qt on Linux names a combo box with a choice by its current text and points to the label through the
        // "labelled by" relation, which is what AT-SPI screen readers read; its own accessible name is the label.
        const auto* combo = qobject_cast<QComboBox*>(input);
        const QString comparedName
            = combo && !combo->currentText().isEmpty() ? input->accessibleName() : accessibleName;
        if (comparedName != label)
            problem(QStringLiteral("%1 is named \"%2\" but labelled \"%3\"").arg(name, comparedName, label));
        // Qt's item views report no relations at all; their name is the label's text (checked above).
        if (qobject_cast<QAbstractItemView*>(input))
            continue;
        bool labelled = false;
        for (const auto& relation : accessible->relations(QAccessible::Label)) {
            QString related = withoutMnemonic(relation.first->text(QAccessible::Name)).trimmed();
            if (related.endsWith(u':'))
                related.chop(1);
            labelled = labelled || related.trimmed() == label;
        }
        if (!labelled)
            problem(name + QStringLiteral(" has no \"labelled by\" relation to its label"));
    }

    // Tab from the page: the focus chain visits every visible, enabled input, in reading order.
    const QList<QWidget*> enabled = inputs(page, true);
    QList<QWidget*> chain;
    QWidget* current = page->nextInFocusChain();
    for (int steps = 0; steps < 5000 && chain.size() < enabled.size() && current != page; ++steps) {
        if (enabled.contains(current) && !chain.contains(current))
            chain.append(current);
        current = current->nextInFocusChain();
    }
    if (chain.size() != enabled.size())
        problem(QStringLiteral("Tab reaches %1 of %2 inputs").arg(chain.size()).arg(enabled.size()));
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QRect before = rectIn(chain.at(i - 1), chain.at(i), page);
        const QRect after = rectIn(chain.at(i), chain.at(i - 1), page);
        const bool sameRow = after.top() < before.bottom() && before.top() < after.bottom();
        const bool inOrder = sameRow ? after.left() > before.left() : after.top() > before.top();
        if (!inOrder) {
            problem(QStringLiteral("Tab goes from %1 to %2 against the visual order")
                        .arg(chain.at(i - 1)->objectName(), chain.at(i)->objectName()));
        }
    }
    return problems;
}

} // namespace Meldeklient::Test

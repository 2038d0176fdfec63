#include "gui/forms/WheelEventEater.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace Meldeklient::Gui {

void WheelEventEater::install(QWidget* widget)
{
    static WheelEventEater* shared = new WheelEventEater(qApp);
    widget->setFocusPolicy(Qt::StrongFocus);
    widget->installEventFilter(shared);
}

bool WheelEventEater::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Wheel) {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget != nullptr && !widget->hasFocus()) {
            event->ignore(); // the scroll area behind gets the wheel and scrolls the page
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Meldeklient::Gui

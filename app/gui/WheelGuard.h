#pragma once

#include <QObject>

class QWidget;

namespace Meldeklient::Gui {

// Combo boxes and spin boxes ignore the mouse wheel unless they have focus, so scrolling a page can never change an
// answer (qBittorrent's WheelEventEater, gui.md §3.2).
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    static void install(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace Meldeklient::Gui

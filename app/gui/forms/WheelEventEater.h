#pragma once

#include <QObject>

namespace Meldeklient::Gui {

// Keeps combo boxes and spin boxes from changing value when the mouse wheel scrolls the page across them
// (qBittorrent's WheelEventEater): the wheel only reaches a widget that has keyboard focus.
class WheelEventEater : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // Installs one shared eater on `widget` and gives it StrongFocus so a wheel never takes focus by itself.
    static void install(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace Meldeklient::Gui

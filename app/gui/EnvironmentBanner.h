#pragma once

#include "core/config/Environment.h"

#include <QLabel>

namespace Meldeklient::Gui {

// The coloured strip that tells a doctor, on every page and before sign-in, that this is not the real registry
// (gui.md §4 "Environment badge"). It exists only outside production and refuses to be hidden, so no page, dialog
// or setting can make a sandbox look like production.
class EnvironmentBanner : public QLabel
{
    Q_OBJECT

public:
    // nullptr for production: there is no banner there at all.
    static EnvironmentBanner* create(const Config::Environment& environment, QWidget* parent = nullptr);
    // What the window title ends with (" – SANDKASSE"), empty for production.
    static QString titleSuffix(const Config::Environment& environment);

    void setVisible(bool visible) override;

private:
    EnvironmentBanner(const QString& text, const QString& colour, QWidget* parent);
};

} // namespace Meldeklient::Gui

#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Meldeklient::Config {
class Configuration;
}

namespace Meldeklient::Gui {

// A read-only table of every setting with its value and where it comes from; settings locked by the organisation's
// policy are marked and carry the reason (Configuration::lockReason). For the settings dialog, which disables the
// matching fields.
class LockedSettingsView : public QWidget
{
    Q_OBJECT

public:
    explicit LockedSettingsView(QWidget* parent = nullptr);
    void setConfiguration(const Config::Configuration& configuration);
    QTableWidget* table() const { return m_table; }

private:
    QLabel* m_heading;
    QTableWidget* m_table;
};

} // namespace Meldeklient::Gui

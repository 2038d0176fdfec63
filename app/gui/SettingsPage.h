#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace Meldeklient::Gui {

// Settings: the language of the user interface (applied at the next start; LanguageSetting says why).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget* parent = nullptr);

    QComboBox* languageBox() const { return m_language; }

private:
    QComboBox* m_language;
    QLabel* m_restartNote;
};

} // namespace Meldeklient::Gui

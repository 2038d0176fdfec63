#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace Meldeklient::Gui {

class LockedSettingsView;

// Settings: the language of the user interface (applied at the next start; LanguageSetting says why; disabled with
// the reason when the policy locks it), every setting in use with its origin (LockedSettingsView), and the About box.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget* parent = nullptr);

    QComboBox* languageBox() const { return m_language; }
    QLabel* languageLockNote() const { return m_lockNote; }
    LockedSettingsView* lockedSettingsView() const { return m_lockedSettings; }

private:
    QComboBox* m_language;
    QLabel* m_restartNote;
    QLabel* m_lockNote;
    LockedSettingsView* m_lockedSettings;
    QPushButton* m_aboutButton;
};

} // namespace Meldeklient::Gui

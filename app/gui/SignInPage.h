#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Meldeklient::Gui {

// What a doctor sees before signing in: the one button, progress while the browser is open, and why the last
// attempt failed in plain words.
class SignInPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(QWidget* parent = nullptr);

    void setSigningIn(bool signingIn);
    void showError(const QString& message);
    void clearError();
    QPushButton* signInButton() const { return m_signIn; }
    QString errorText() const;

Q_SIGNALS:
    void signInRequested();

private:
    QPushButton* m_signIn;
    QLabel* m_progress;
    QLabel* m_error;
};

} // namespace Meldeklient::Gui

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Meldeklient::Gui {

// The signed-in doctor as HelseID vouched for them (name, HPR number, security level) and the sign-out button.
// Empty while nobody is signed in.
class DoctorHeader : public QWidget
{
    Q_OBJECT

public:
    explicit DoctorHeader(QWidget* parent = nullptr);

    void setDoctor(const QString& name, const QString& hprNumber, int securityLevel);
    void clearDoctor();
    QString text() const;

Q_SIGNALS:
    void signOutRequested();

private:
    QLabel* m_doctor;
    QPushButton* m_signOut;
};

} // namespace Meldeklient::Gui

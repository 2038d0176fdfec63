#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Meldeklient::Gui {

// The last step of a death notification: where it is (queued, waiting for the network, sent) and, once the
// registry has answered, its receipt (dødsfallId and time) or the registry's own message when it needs correction.
class ReceiptPage : public QWidget
{
    Q_OBJECT

public:
    enum class Stage { Sending, Waiting, SignInRequired, Accepted, NeedsCorrection };
    Q_ENUM(Stage)

    explicit ReceiptPage(QWidget* parent = nullptr);

    void showSending();
    // Offline or a transient failure: the notification stays in the outbox and goes out by itself.
    void showWaiting(const QString& reason, const QDateTime& nextAttempt);
    void showSignInRequired();
    // Del 1 accepted (dødsfallId) and, when it has come, Del 2's receipt.
    void showAccepted(const QString& deathId, const QDateTime& receivedAt, bool causesAccepted);
    void showNeedsCorrection(const QString& registryMessage);

    Stage stage() const { return m_stage; }
    QString statusText() const;
    QString deathId() const { return m_deathId; }

Q_SIGNALS:
    void newNotificationRequested();
    void outboxRequested();

private:
    void setStatus(Stage stage, const QString& heading, const QString& body, const QString& colour);

    Stage m_stage = Stage::Sending;
    QString m_deathId;
    QLabel* m_heading;
    QLabel* m_body;
    QPushButton* m_new;
    QPushButton* m_outbox;
};

} // namespace Meldeklient::Gui

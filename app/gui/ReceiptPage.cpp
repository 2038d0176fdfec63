#include "gui/ReceiptPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Meldeklient::Gui {

ReceiptPage::ReceiptPage(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_body(new QLabel(this))
    , m_new(new QPushButton(tr("&New death notification"), this))
    , m_outbox(new QPushButton(tr("Show the &outbox"), this))
{
    m_heading->setObjectName(QStringLiteral("receiptHeading"));
    m_body->setObjectName(QStringLiteral("receiptBody"));
    m_new->setObjectName(QStringLiteral("receiptNewButton"));
    m_outbox->setObjectName(QStringLiteral("receiptOutboxButton"));
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.5);
    large.setBold(true);
    m_heading->setFont(large);
    m_heading->setWordWrap(true);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_outbox);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_heading);
    layout->addWidget(m_body);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_new, &QPushButton::clicked, this, &ReceiptPage::newNotificationRequested);
    connect(m_outbox, &QPushButton::clicked, this, &ReceiptPage::outboxRequested);
    showSending();
}

void ReceiptPage::setStatus(Stage stage, const QString& heading, const QString& body, const QString& colour)
{
    m_stage = stage;
    m_heading->setText(heading);
    m_heading->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(colour));
    m_body->setText(body);
    setAccessibleDescription(heading + u' ' + body);
}

void ReceiptPage::showSending()
{
    m_deathId.clear();
    setStatus(Stage::Sending, tr("Sending…"),
        tr("The notification is in the outbox and is being sent. You may close this page; nothing is lost."),
        QStringLiteral("#0d47a1"));
}

void ReceiptPage::showWaiting(const QString& reason, const QDateTime& nextAttempt)
{
    QString body = tr("The notification is saved in the outbox and is sent by itself when the connection is back.");
    if (nextAttempt.isValid())
        body += u' ' + tr("Next attempt: %1.").arg(QLocale().toString(nextAttempt.toLocalTime(), QLocale::ShortFormat));
    if (!reason.isEmpty())
        body += u' ' + tr("Reason: %1").arg(reason);
    setStatus(Stage::Waiting, tr("Waiting to send"), body, QStringLiteral("#e65100"));
}

void ReceiptPage::showSignInRequired()
{
    setStatus(Stage::SignInRequired, tr("Log in again to send"),
        tr("Your HelseID login has expired. The notification is saved in the outbox and is sent when you have "
           "logged in again."),
        QStringLiteral("#e65100"));
}

void ReceiptPage::showAccepted(const QString& deathId, const QDateTime& receivedAt, bool causesAccepted)
{
    m_deathId = deathId;
    const QString when = QLocale().toString(receivedAt.toLocalTime(), QStringLiteral("d. MMMM yyyy HH:mm:ss"));
    QString body = tr("dødsfallId: %1\nReceived by the registry: %2").arg(deathId, when);
    body += u'\n'
        + (causesAccepted ? tr("Del 2 (causes of death) has been received by the Cause of Death Registry.")
                          : tr("Del 2 (causes of death) is being sent."));
    setStatus(Stage::Accepted, tr("The death has been reported"), body, QStringLiteral("#1b5e20"));
}

void ReceiptPage::showNeedsCorrection(const QString& registryMessage)
{
    setStatus(Stage::NeedsCorrection, tr("The registry did not accept the notification"),
        tr("The registry's message: %1").arg(registryMessage), QStringLiteral("#b00020"));
}

QString ReceiptPage::statusText() const
{
    return m_heading->text() + u'\n' + m_body->text();
}

} // namespace Meldeklient::Gui

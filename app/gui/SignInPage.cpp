#include "gui/SignInPage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Meldeklient::Gui {

SignInPage::SignInPage(QWidget* parent)
    : QWidget(parent)
    , m_signIn(new QPushButton(tr("&Log in with HelseID"), this))
    , m_progress(new QLabel(this))
    , m_error(new QLabel(this))
{
    auto* heading = new QLabel(tr("<h2>Melding om dødsfall og dødsårsak</h2>"), this);
    auto* intro = new QLabel(tr("Log in with HelseID (BankID, Buypass or Commfides, security level 3 or higher). "
                                "Your web browser opens for the login and you come back here afterwards."),
        this);
    intro->setWordWrap(true);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_signIn->setMinimumHeight(m_signIn->sizeHint().height() * 3 / 2);
    m_progress->setObjectName(QStringLiteral("signInProgress"));
    m_progress->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addWidget(m_signIn, 0, Qt::AlignLeft);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addStretch();
    connect(m_signIn, &QPushButton::clicked, this, &SignInPage::signInRequested);
    setSigningIn(false);
    clearError();
}

void SignInPage::setSigningIn(bool signingIn)
{
    m_signIn->setEnabled(!signingIn);
    m_progress->setText(signingIn ? tr("Waiting for the login in your web browser…") : QString());
    m_progress->setVisible(signingIn);
    if (signingIn)
        clearError();
}

void SignInPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(true);
}

void SignInPage::clearError()
{
    m_error->clear();
    m_error->setVisible(false);
}

QString SignInPage::errorText() const
{
    return m_error->text();
}

} // namespace Meldeklient::Gui

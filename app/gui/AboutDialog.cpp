#include "gui/AboutDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

#include <openssl/crypto.h>

namespace Meldeklient::Gui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Meldeklient"));
    const QString openSsl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    m_text = QStringLiteral("<h3>Meldeklient %1</h3>").arg(QStringLiteral(MELDEKLIENT_VERSION)) + QStringLiteral("<p>")
        + tr("Death, cause-of-death and birth notifications for Norwegian health personnel.")
        + QStringLiteral("</p><p>")
        + tr("Built with Qt %1, running on Qt %2; %3.")
              .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()), openSsl)
        + QStringLiteral("</p><p><b>") + tr("Third-party software") + QStringLiteral("</b></p><ul>")
        + QStringLiteral("<li>Qt 6 — GNU LGPL 3.0 (https://www.qt.io/licensing)</li>")
        + QStringLiteral("<li>QtKeychain — BSD 3-Clause (https://github.com/frankosterfeld/qtkeychain)</li>")
        + QStringLiteral("<li>OpenSSL 3 — Apache License 2.0 (https://www.openssl.org/source/license.html)</li>")
        + QStringLiteral(
            "<li>iso-codes — GNU LGPL 2.1 or later (https://salsa.debian.org/iso-codes-team/iso-codes)</li>")
        + QStringLiteral("</ul>");
    auto* label = new QLabel(m_text, this);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(buttons);
}

} // namespace Meldeklient::Gui

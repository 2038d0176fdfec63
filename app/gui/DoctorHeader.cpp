#include "gui/DoctorHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Meldeklient::Gui {

DoctorHeader::DoctorHeader(QWidget* parent)
    : QWidget(parent)
    , m_doctor(new QLabel(this))
    , m_signOut(new QPushButton(tr("Sign &out"), this))
{
    m_doctor->setObjectName(QStringLiteral("doctorLabel"));
    m_doctor->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_doctor, 1);
    layout->addWidget(m_signOut);
    connect(m_signOut, &QPushButton::clicked, this, &DoctorHeader::signOutRequested);
    clearDoctor();
}

void DoctorHeader::setDoctor(const QString& name, const QString& hprNumber, int securityLevel)
{
    const QString hpr = hprNumber.isEmpty() ? tr("no HPR number") : tr("HPR %1").arg(hprNumber);
    m_doctor->setText(tr("Signed in: <b>%1</b> · %2 · security level %3")
                          .arg(name.toHtmlEscaped(), hpr.toHtmlEscaped(), QString::number(securityLevel)));
    m_doctor->setAccessibleName(text());
    m_signOut->setVisible(true);
}

void DoctorHeader::clearDoctor()
{
    m_doctor->setText(tr("Not signed in"));
    m_doctor->setAccessibleName(text());
    m_signOut->setVisible(false);
}

QString DoctorHeader::text() const
{
    QString plain = m_doctor->text();
    plain.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
    return plain;
}

} // namespace Meldeklient::Gui

#include "gui/birth/BirthStatusView.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Meldeklient::Gui {

using Outbox::ItemState;
using Session::BirthChildStatus;

BirthStatusView::BirthStatusView(QWidget* parent)
    : QWidget(parent)
    , m_rows(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("birthStatusView"));
    m_rows->setContentsMargins(0, 0, 0, 0);
}

QString BirthStatusView::spacedNumber(const QString& number)
{
    return number.size() == 11 ? number.left(6) + u' ' + number.mid(6) : number;
}

QString BirthStatusView::describe(const BirthChildStatus& child)
{
    const QString who = tr("Child %1").arg(child.childNumber);
    QString text;
    switch (child.state) {
    case ItemState::Draft:
    case ItemState::Queued:
    case ItemState::Sending:
        text = tr("%1: waiting to be sent to Folkeregisteret.").arg(who);
        break;
    case ItemState::WaitingToRetry:
        text = tr("%1: not sent yet, tried again automatically.").arg(who);
        break;
    case ItemState::Accepted:
    case ItemState::AcceptedForProcessing:
        text = tr("%1: received by Folkeregisteret for processing (reference %2). The decision comes later.")
                   .arg(who, child.folkeregisterReferanse);
        break;
    case ItemState::Registered:
        if (!child.liveBorn)
            text = tr("%1: registered as stillborn. A stillborn child is given no fødselsnummer.").arg(who);
        else if (child.newIdentifier.isEmpty())
            text = tr("%1: registered by Folkeregisteret.").arg(who);
        else
            text = tr("%1: registered with fødselsnummer %2.").arg(who, spacedNumber(child.newIdentifier));
        break;
    case ItemState::NeedsCorrection:
    case ItemState::Refused:
        text = tr("%1: refused by Folkeregisteret.").arg(who);
        break;
    case ItemState::Cancelled:
        text = tr("%1: withdrawn, not sent.").arg(who);
        break;
    }
    if (!child.message.isEmpty() && child.state != ItemState::Registered)
        text += u' ' + child.message;
    if (!child.liveBorn && child.state != ItemState::Registered)
        text += u' ' + tr("A stillborn child is given no fødselsnummer.");
    if (child.corrects)
        text += u' ' + tr("This is a correction of message %1.").arg(child.corrects->messageId);
    if (child.correctedBy)
        text += u' ' + tr("Corrected by message %1.").arg(child.correctedBy->messageId);
    return text;
}

void BirthStatusView::clear()
{
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            // Out of the view at once (findChild and screen readers see only the new rows), deleted later.
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        delete item;
    }
    m_lines.clear();
    m_shown.clear();
}

void BirthStatusView::setStatus(const QList<BirthChildStatus>& children)
{
    // Rows are rebuilt only when what they show changed: a rebuild would take the keyboard focus from a row's button.
    QStringList shown;
    for (const BirthChildStatus& child : children) {
        shown.append(describe(child) + u'|' + child.newIdentifier + u'|'
            + QString::number(static_cast<int>(child.correctability)));
    }
    if (shown == m_shown && !shown.isEmpty())
        return;
    clear();
    m_shown = shown;
    for (const BirthChildStatus& child : children) {
        auto* row = new QFrame(this);
        row->setFrameShape(QFrame::StyledPanel);
        auto* layout = new QVBoxLayout(row);
        const QString text = describe(child);
        m_lines.append(text);
        auto* label = new QLabel(text, row);
        label->setObjectName(QStringLiteral("birthChildStatus_%1").arg(child.childNumber));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        layout->addWidget(label);
        const bool refused = child.state == ItemState::Refused || child.state == ItemState::NeedsCorrection;
        if (refused)
            label->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        if (child.state == ItemState::Registered && child.liveBorn && !child.newIdentifier.isEmpty()) {
            // The number the midwife copies into the patient record: large, and selectable by keyboard too.
            auto* number = new QLabel(spacedNumber(child.newIdentifier), row);
            number->setObjectName(QStringLiteral("birthChildNumber_%1").arg(child.childNumber));
            number->setAccessibleName(tr("Fødselsnummer of child %1").arg(child.childNumber));
            number->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            QFont large = number->font();
            large.setPointSizeF(large.pointSizeF() * 1.8);
            large.setBold(true);
            number->setFont(large);
            layout->addWidget(number);
        }
        if (child.correctability == Session::BirthCorrectability::Correctable) {
            auto* correct = new QPushButton(tr("&Correct child %1…").arg(child.childNumber), row);
            correct->setObjectName(QStringLiteral("birthCorrect_%1").arg(child.childNumber));
            correct->setAutoDefault(false);
            connect(correct, &QPushButton::clicked, this, [this, child] { requestCorrection(child); });
            auto* buttons = new QHBoxLayout;
            buttons->addWidget(correct);
            buttons->addStretch(1);
            layout->addLayout(buttons);
        }
        m_rows->addWidget(row);
    }
}

void BirthStatusView::requestCorrection(const Session::BirthChildStatus& child)
{
    if (child.state == ItemState::Registered) {
        // A registered child's data is changed in Folkeregisteret by a correction: never by a slip of a key.
        QMessageBox box(QMessageBox::Warning, tr("Correct a registered child?"),
            tr("Child %1 is registered in Folkeregisteret. A correction changes the child's registered data there "
               "(for example sex or birth date) once Folkeregisteret approves it. Correct only what is wrong.")
                .arg(child.childNumber),
            QMessageBox::NoButton, this);
        QPushButton* correct = box.addButton(tr("&Correct"), QMessageBox::AcceptRole);
        QPushButton* cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
        box.setDefaultButton(cancel);
        box.exec();
        if (box.clickedButton() != correct)
            return;
    }
    Q_EMIT correctRequested(child.childNumber);
}

} // namespace Meldeklient::Gui

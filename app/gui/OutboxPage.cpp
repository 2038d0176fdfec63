#include "gui/OutboxPage.h"

#include "core/outbox/ItemKind.h"
#include "core/outbox/ItemState.h"
#include "core/outbox/OutboxStore.h"
#include "core/session/BirthNotificationService.h"
#include "core/session/OutboxModel.h"
#include "core/session/Session.h"

#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Meldeklient::Gui {

using Session::OutboxModel;

OutboxPage::OutboxPage(Session::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new OutboxModel(this))
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
    , m_empty(new QLabel(tr("Nothing has been sent from this computer yet."), this))
    , m_correct(new QPushButton(tr("&Correct this birth notification…"), this))
{
    // The heading names the table for screen readers (a buddy with a mnemonic) and reads as a heading.
    auto* heading = new QLabel(tr("&Outbox and sent notifications"), this);
    QFont large = heading->font();
    large.setPointSizeF(large.pointSizeF() * 1.5);
    large.setBold(true);
    heading->setFont(large);
    heading->setObjectName(QStringLiteral("outboxHeading"));
    heading->setBuddy(m_view);
    m_view->setObjectName(QStringLiteral("outboxView"));
    m_view->setAccessibleName(tr("Outbox and sent notifications"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMinimumHeight(240);
    m_details->setObjectName(QStringLiteral("outboxDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_empty->setObjectName(QStringLiteral("outboxEmpty"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    m_correct->setObjectName(QStringLiteral("outboxCorrectButton"));
    m_correct->setAutoDefault(false);
    m_correct->setVisible(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_correct);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_correct, &QPushButton::clicked, this, [this] {
        const auto [birthId, child] = correctableBirthChild();
        if (!birthId.isEmpty())
            Q_EMIT birthCorrectionRequested(birthId, child);
    });
    connect(m_model, &OutboxModel::reloaded, this, [this] {
        m_empty->setVisible(m_model->rowCount() == 0);
        m_view->resizeColumnsToContents();
        showDetails();
        Q_EMIT countsChanged();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OutboxPage::showDetails);
    m_model->setSession(&session);
    m_empty->setVisible(m_model->rowCount() == 0);
}

OutboxPage::Counts OutboxPage::counts() const
{
    Counts counts;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Outbox::OutboxItem* item = m_model->itemAt(row);
        if (!item)
            continue;
        switch (item->state) {
        case Outbox::ItemState::Queued:
        case Outbox::ItemState::Sending:
        case Outbox::ItemState::WaitingToRetry:
        case Outbox::ItemState::AcceptedForProcessing:
            ++counts.waiting;
            break;
        case Outbox::ItemState::NeedsCorrection:
        case Outbox::ItemState::Refused:
            ++counts.needsCorrection;
            break;
        case Outbox::ItemState::Accepted:
        case Outbox::ItemState::Registered:
            ++counts.accepted;
            break;
        case Outbox::ItemState::Draft:
        case Outbox::ItemState::Cancelled:
            break;
        }
    }
    return counts;
}

void OutboxPage::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    const Outbox::OutboxItem* item = current.isValid() ? m_model->itemAt(current.row()) : nullptr;
    m_correct->setVisible(!correctableBirthChild().first.isEmpty());
    if (!item) {
        m_details->clear();
        return;
    }
    QStringList lines;
    lines.append(m_model->data(m_model->index(current.row(), OutboxModel::KindColumn)).toString() + QStringLiteral(": ")
        + m_model->data(m_model->index(current.row(), OutboxModel::StateColumn)).toString());
    const QString receipt = m_model->data(m_model->index(current.row(), OutboxModel::ReceiptColumn)).toString();
    if (!receipt.isEmpty())
        lines.append(tr("Receipt: %1").arg(receipt));
    if (item->state == Outbox::ItemState::NeedsCorrection && m_session.outbox()) {
        const Result<QByteArray> message = m_session.outbox()->serverMessage(item->id);
        if (message && !message->isEmpty())
            lines.append(tr("The registry's message: %1").arg(QString::fromUtf8(message.value())));
    }
    const QString ours = m_model->data(m_model->index(current.row(), OutboxModel::MessageColumn)).toString();
    if (!ours.isEmpty())
        lines.append(ours);
    m_details->setText(lines.join(u'\n'));
}

std::pair<QString, int> OutboxPage::correctableBirthChild() const
{
    const QModelIndex current = m_view->currentIndex();
    const Outbox::OutboxItem* item = current.isValid() ? m_model->itemAt(current.row()) : nullptr;
    const Session::BirthNotificationService* births = m_session.births();
    if (!item || !births || item->kind != Outbox::ItemKind::Birth || item->state != Outbox::ItemState::Refused)
        return {};
    for (const Session::BirthChildStatus& child : births->status(item->groupId)) {
        if (child.itemId == item->id && child.correctability == Session::BirthCorrectability::Correctable)
            return {item->groupId, child.childNumber};
    }
    return {};
}

} // namespace Meldeklient::Gui

#include "gui/DraftsPage.h"

#include "core/session/Drafts.h"
#include "core/session/OutboxWatcher.h"
#include "core/session/Session.h"
#include "gui/DeathDraft.h"
#include "gui/birth/BirthDraft.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Meldeklient::Gui {

DraftsPage::DraftsPage(Session::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_drafts(new Session::Drafts(session, this))
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(tr("No drafts. Everything you type in a new death or birth notification is saved here by "
                            "itself until it is sent."),
          this))
    , m_continue(new QPushButton(tr("&Continue"), this))
    , m_discard(new QPushButton(tr("&Discard…"), this))
{
    auto* heading = new QLabel(tr("<h2>Drafts</h2>"), this);
    auto* label = new QLabel(tr("Notifications not sent &yet:"), this);
    label->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("draftList"));
    m_list->setAccessibleName(tr("Notifications not sent yet"));
    m_list->setMinimumHeight(200);
    m_empty->setObjectName(QStringLiteral("draftsEmpty"));
    m_empty->setWordWrap(true);
    m_continue->setObjectName(QStringLiteral("draftContinueButton"));
    m_discard->setObjectName(QStringLiteral("draftDiscardButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_continue);
    buttons->addWidget(m_discard);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(heading);
    layout->addWidget(m_empty);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    const auto continueCurrent = [this] {
        const qint64 id = currentId();
        if (!id)
            return;
        // The kind as the store knows it now, not as the row was drawn.
        if (const Result<Session::DraftKind> kind = m_drafts->kind(id))
            Q_EMIT continueRequested(id, kind.value());
    };
    connect(m_continue, &QPushButton::clicked, this, continueCurrent);
    connect(m_list, &QListWidget::itemActivated, this, continueCurrent);
    connect(m_discard, &QPushButton::clicked, this, &DraftsPage::discardCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &DraftsPage::updateButtons);
    connect(&session, &Session::Session::outboxChanged, this, [this] {
        if (Session::OutboxWatcher* watcher = m_session.outboxWatcher())
            connect(watcher, &Session::OutboxWatcher::changed, this, &DraftsPage::reload, Qt::UniqueConnection);
        reload();
    });
    if (Session::OutboxWatcher* watcher = m_session.outboxWatcher())
        connect(watcher, &Session::OutboxWatcher::changed, this, &DraftsPage::reload, Qt::UniqueConnection);
    reload();
}

int DraftsPage::draftCount() const
{
    return m_list->count();
}

qint64 DraftsPage::currentId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void DraftsPage::reload()
{
    const qint64 selected = currentId();
    m_list->clear();
    const Result<QList<Session::DraftSummary>> drafts = m_drafts->list();
    if (drafts) {
        for (const Session::DraftSummary& summary : drafts.value()) {
            auto* item = new QListWidgetItem(describe(summary), m_list);
            item->setData(Qt::UserRole, summary.id);
            if (summary.id == selected)
                m_list->setCurrentItem(item);
        }
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_empty->setVisible(m_list->count() == 0);
    updateButtons();
}

QString DraftsPage::describe(const Session::DraftSummary& summary) const
{
    const Result<QByteArray> content = m_drafts->load(summary.id);
    QString kind;
    QString who;
    switch (summary.kind) {
    case Session::DraftKind::Death: {
        kind = tr("Death notification");
        who = tr("(no person chosen yet)");
        const std::optional<DeathDraft> draft = content ? DeathDraft::fromJson(content.value()) : std::nullopt;
        if (draft && !draft->personLabel.isEmpty())
            who = draft->personLabel;
        break;
    }
    case Session::DraftKind::Birth: {
        kind = tr("Birth notification");
        who = tr("(no mother chosen yet)");
        if (const std::optional<BirthDraft> draft = content ? BirthDraft::fromJson(content.value()) : std::nullopt) {
            if (!draft->correctsBirthId.isEmpty())
                kind = tr("Correction of a birth notification");
            if (!draft->motherLabel.isEmpty())
                who = tr("mother %1").arg(draft->motherLabel);
            who += u' ' + tr("(%n child(ren))", nullptr, draft->childCount);
        }
        break;
    }
    }
    const QString when = QLocale().toString(summary.updatedAt.toLocalTime(), QLocale::ShortFormat);
    return tr("%1: %2 – changed %3").arg(kind, who, when);
}

void DraftsPage::discardCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return;
    QMessageBox box(QMessageBox::Question, tr("Discard the draft?"),
        tr("The draft \"%1\" is deleted. This cannot be undone.").arg(m_list->currentItem()->text()),
        QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("discardDraftQuestion"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Discard)
        return;
    if (const Result<void> discarded = m_drafts->discard(id); !discarded)
        QMessageBox::warning(this, tr("Discard the draft?"), discarded.error().message);
    reload();
}

void DraftsPage::updateButtons()
{
    const bool any = currentId() != 0;
    m_continue->setEnabled(any);
    m_discard->setEnabled(any);
}

} // namespace Meldeklient::Gui

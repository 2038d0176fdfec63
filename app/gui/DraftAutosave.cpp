#include "gui/DraftAutosave.h"

#include "core/session/Drafts.h"
#include "core/session/Session.h"

#include <QSettings>

namespace Meldeklient::Gui {

namespace {
QString openDraftKey(const Session::Session& session)
{
    return QStringLiteral("drafts/open-") + session.outboxOwner();
}
} // namespace

DraftAutosave::DraftAutosave(Session::Session& session, Session::DraftKind kind, Source source, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_kind(kind)
    , m_source(std::move(source))
    , m_drafts(new Session::Drafts(session, this))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosave::saveNow);
}

void DraftAutosave::changed()
{
    m_timer.start();
}

void DraftAutosave::flush()
{
    if (m_timer.isActive())
        saveNow();
}

void DraftAutosave::saveNow()
{
    m_timer.stop();
    if (!m_session.outbox())
        return;
    const Snapshot snapshot = m_source();
    if (!m_id) {
        if (!snapshot.worthKeeping)
            return;
        const Result<qint64> created = m_drafts->create(m_kind, snapshot.content);
        if (!created)
            return;
        m_id = created.value();
    } else if (!m_drafts->save(*m_id, snapshot.content)) {
        return;
    }
    rememberOpen(*m_id);
    Q_EMIT saved(*m_id);
}

Result<QByteArray> DraftAutosave::load(qint64 id) const
{
    return m_drafts->load(id, m_kind);
}

bool DraftAutosave::open(qint64 id, const std::function<bool(const QByteArray&)>& show)
{
    flush();
    const Result<QByteArray> content = load(id);
    if (!content || !show(content.value()))
        return false;
    m_timer.stop(); // showing it is no change
    m_id = id;
    rememberOpen(id);
    return true;
}

void DraftAutosave::detach()
{
    m_timer.stop();
    m_id.reset();
}

void DraftAutosave::close()
{
    QSettings settings;
    if (m_id && settings.value(openDraftKey(m_session)).toLongLong() == *m_id)
        settings.remove(openDraftKey(m_session));
    detach();
}

std::optional<qint64> DraftAutosave::lastOpen(const Session::Session& session)
{
    const QVariant open = QSettings().value(openDraftKey(session));
    if (!open.isValid())
        return std::nullopt;
    return open.toLongLong();
}

void DraftAutosave::rememberOpen(qint64 id) const
{
    QSettings settings;
    if (settings.value(openDraftKey(m_session)).toLongLong() != id)
        settings.setValue(openDraftKey(m_session), id);
}

} // namespace Meldeklient::Gui

#include "gui/CodeListUpdateStatus.h"

namespace Meldeklient::Gui {

using Codes::CodeListUpdater;

CodeListUpdateStatus::CodeListUpdateStatus(const Codes::CodeListCache& cache, QWidget* parent)
    : QLabel(parent)
    , m_updater(&m_network, cache)
{
    setObjectName(QStringLiteral("codeListUpdateStatus"));
    setVisible(false);
    connect(&m_updater, &CodeListUpdater::progress, this, &CodeListUpdateStatus::showProgress);
    connect(&m_updater, &CodeListUpdater::finished, this, &CodeListUpdateStatus::showOutcome);
}

bool CodeListUpdateStatus::startIfDue(const QUrl& url)
{
    if (m_updater.isRunning() || !CodeListUpdater::isDue(m_updater.lastCheck(), QDateTime::currentDateTimeUtc()))
        return false;
    startNow(url);
    return true;
}

void CodeListUpdateStatus::startNow(const QUrl& url)
{
    if (m_updater.isRunning())
        return;
    m_updater.setUrl(url);
    setToolTip({});
    setText(tr("Checking the ICD-10 list…"));
    setVisible(true);
    m_updater.check();
}

void CodeListUpdateStatus::showProgress(qint64 received, qint64 total)
{
    if (total > 0)
        setText(tr("Checking the ICD-10 list… %1 %").arg(received * 100 / total));
}

void CodeListUpdateStatus::showOutcome(CodeListUpdater::Outcome outcome, const QString& version, const Error& error)
{
    switch (outcome) {
    case CodeListUpdater::Outcome::Updated:
        setText(tr("ICD-10 list updated (%1) and in use.").arg(version));
        break;
    case CodeListUpdater::Outcome::Unchanged:
        setText(tr("The ICD-10 list is the newest (%1).").arg(version));
        break;
    case CodeListUpdater::Outcome::Kept:
        setText(tr("The ICD-10 list could not be updated; the current list is kept."));
        setToolTip(error.message);
        break;
    }
    Q_EMIT checkFinished(outcome);
}

} // namespace Meldeklient::Gui

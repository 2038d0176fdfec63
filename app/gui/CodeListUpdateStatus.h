#pragma once

#include "core/codes/CodeListUpdater.h"

#include <QLabel>
#include <QNetworkAccessManager>

namespace Meldeklient::Gui {

// The status-bar note of the background ICD-10 check (Codes::CodeListUpdater): hidden until a check runs, then its
// progress and outcome; a failure says that the working list is kept and names the reason in the tooltip. An
// updated list is used at once (MainWindow switches its checks and completer to it).
class CodeListUpdateStatus : public QLabel
{
    Q_OBJECT

public:
    // main.cpp asks startIfDue() this long after the window is shown: the check's thread, DNS and TLS set-up stay out
    // of the start-up the doctor waits for (a weekly or monthly check loses nothing by a few seconds).
    static constexpr int StartDelayMs = 3000;

    explicit CodeListUpdateStatus(const Codes::CodeListCache& cache = Codes::CodeListCache(), QWidget* parent = nullptr);

    // Checks `url` when the schedule says a check is due (weekly October–January, monthly otherwise, counted from
    // the last check, which survives restarts); false when it is not due.
    bool startIfDue(const QUrl& url);
    // Checks `url` now, whatever the schedule.
    void startNow(const QUrl& url);
    Codes::CodeListUpdater& updater() { return m_updater; }

Q_SIGNALS:
    void checkFinished(Meldeklient::Codes::CodeListUpdater::Outcome outcome);

private:
    void showProgress(qint64 received, qint64 total);
    void showOutcome(Codes::CodeListUpdater::Outcome outcome, const QString& version, const Error& error);

    QNetworkAccessManager m_network;
    Codes::CodeListUpdater m_updater;
};

} // namespace Meldeklient::Gui

#pragma once

#include "core/config/Environment.h"
#include "core/session/Session.h"
#include "support/SandboxProcess.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace Meldeklient::Gui {
class MainWindow;
}

namespace Meldeklient::Test {

// What a GUI test of the doctor's window needs: the real sandbox (provider + national API), the real keychain of
// the test session (an issuer of its own, so tests never share a sign-in), and a private data folder and settings
// file. The variables are set in this process's environment, so a child process (the kill-and-restart test) sees
// the same ones.
class GuiHarness
{
public:
    GuiHarness();
    ~GuiHarness();

    // Points MELDEKLIENT_DATA_DIR and XDG_CONFIG_HOME at `home` (a private folder by default) and, when the
    // sandbox runs, MELDEKLIENT_ISSUER at it.
    void useHome(const QString& home = {});
    Config::Environment environment() const;
    std::unique_ptr<Session::Session> session() const;
    // A session that also sends births: the sandbox's Folkeregisteret (mutual TLS with its test certificate, whose
    // password goes into the test keychain as IT stores it). Null, with `why`, when that fails.
    std::unique_ptr<Session::Session> birthSession(QString* why) const;

    // Clicks "Log in with HelseID" and waits until the window shows the pages. False (with a QTest failure message
    // in `why`) when it did not get there.
    static bool signIn(Gui::MainWindow& window, QString* why = nullptr);
    // A shown, active window over `session`, signed in (restored, or with the button), on a new notification (the
    // last test's autosaved draft reopens at start, as it should; a test starts afresh). Null, with `why`, when not.
    static std::unique_ptr<Gui::MainWindow> openSignedIn(Session::Session& session, QString* why);
    // Restores the stored sign-in, or signs in with the button when there is none (each test stands alone).
    static bool restoreOrSignIn(Gui::MainWindow& window, Session::Session& session, QString* why = nullptr);
    // The crash tests: starts this test binary with --child and returns its first line that starts with "saved" or
    // "error" (empty when none came within 90 s).
    static QByteArray startChildUntilSaved(QProcess& child);
    // SIGKILL, as a power cut: true once the child is gone by the crash.
    static bool killWithoutWarning(QProcess& child);
    // Imports ICD-10 (Iris tables from MELDEKLIENT_REFERENCE_DIR) into the code-list cache of the data folder, as
    // `meldeklient-cli codes import` does. Returns why it could not (no reference folder), else an empty string.
    // The Iris tables make every sex restriction mandatory (an error); the codes in `sexCheckOnly` are imported
    // with a check-level restriction instead (Iris "C": a warning the physician may confirm, as for a person whose
    // registered sex differs from their anatomy), so a flow can meet a sex-conflict warning.
    static QString importIcd10(const QStringList& sexCheckOnly = {});
    // The sandbox's records count of Del 1 (deaths) and Del 2 (causes).
    int recordedDeaths();
    int recordedCauses();

    SandboxProcess sandbox;

private:
    QTemporaryDir m_home;
};

// The crash tests' child process (this test binary with --child): its harness (the environment comes from the
// parent), the session, and the window signed in with the stored sign-in, in Bokmål and active.
struct CrashChild {
    GuiHarness harness;
    std::unique_ptr<Session::Session> session;
    std::unique_ptr<Gui::MainWindow> window;

    // Null after printing "error <why>" for the parent when it could not sign in.
    static std::unique_ptr<CrashChild> open();
};

} // namespace Meldeklient::Test

#include "GuiHarness.h"

#include "core/api/OrganisationCertificate.h"
#include "core/codes/CodeListCache.h"
#include "core/codes/CodeListFileImporter.h"
#include "core/common/Translations.h"
#include "gui/MainWindow.h"
#include "gui/NotificationFlow.h"
#include "support/ReferenceData.h"
#include "gui/SignInPage.h"

#include <QApplication>
#include <QFile>
#include <QJsonObject>
#include <QPushButton>
#include <QTest>

#include <csignal>
#include <cstdio>

namespace Meldeklient::Test {

GuiHarness::GuiHarness() = default;
GuiHarness::~GuiHarness() = default;

void GuiHarness::useHome(const QString& home)
{
    const QString folder = home.isEmpty() ? m_home.path() : home;
    qputenv("MELDEKLIENT_DATA_DIR", (folder + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", (folder + QStringLiteral("/config")).toUtf8());
    if (sandbox.isRunning())
        qputenv("MELDEKLIENT_ISSUER", sandbox.issuer().toString().toUtf8());
}

Config::Environment GuiHarness::environment() const
{
    return Config::Environment::fromProcessEnvironment(QStringLiteral("sandbox")).value();
}

std::unique_ptr<Session::Session> GuiHarness::session() const
{
    Session::Session::Options options;
    options.requestTimeoutMs = 15000;
    return std::make_unique<Session::Session>(environment(), options);
}

std::unique_ptr<Session::Session> GuiHarness::birthSession(QString* why) const
{
    const QJsonObject freg = sandbox.folkeregisteret();
    const Config::FolkeregisteretSettings settings {
        QUrl(freg.value(u"url").toString()), freg.value(u"clientP12File").toString(), freg.value(u"caFile").toString()};
    Session::Session::Options options;
    options.requestTimeoutMs = 15000;
    options.folkeregisteret = settings;
    auto session = std::make_unique<Session::Session>(environment(), options);
    const Result<void> stored = Api::OrganisationCertificate::storePassword(
        settings, session->secrets(), freg.value(u"clientP12Password").toString().toUtf8());
    if (!stored) {
        *why = QStringLiteral("the test certificate's password: ") + stored.error().message;
        return nullptr;
    }
    return session;
}

bool GuiHarness::signIn(Gui::MainWindow& window, QString* why)
{
    auto* button = window.findChild<QPushButton*>(QStringLiteral("signInButton"));
    if (!button) {
        if (why)
            *why = QStringLiteral("no signInButton");
        return false;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    for (int i = 0; i < 400 && window.isSignInShown(); ++i)
        QTest::qWait(50);
    if (window.isSignInShown() && why)
        *why = QStringLiteral("still on the sign-in page: ") + window.signInPage()->errorText();
    return !window.isSignInShown();
}

QString GuiHarness::importIcd10(const QStringList& sexCheckOnly)
{
    QString valid = referenceFile(QStringLiteral("icd10-iris/ValidIcdCodes.csv"));
    if (valid.isEmpty())
        return QStringLiteral("no Iris ICD-10 tables in MELDEKLIENT_REFERENCE_DIR/icd10-iris");
    QTemporaryDir changed;
    if (!sexCheckOnly.isEmpty()) {
        // A copy of both tables with SexConsistency "M" → "C" on the rows of `sexCheckOnly`.
        const QString restrictions = referenceFile(QStringLiteral("icd10-iris/NonConsistentIcdCodes_NewFormat.csv"));
        QFile in(restrictions);
        QFile out(changed.filePath(QStringLiteral("NonConsistentIcdCodes_NewFormat.csv")));
        if (restrictions.isEmpty() || !in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return QStringLiteral("the Iris restriction table cannot be copied");
        int changedRows = 0;
        QList<QByteArray> lines = in.readAll().split('\n');
        for (QByteArray& line : lines) {
            QList<QByteArray> fields = line.split(',');
            if (fields.size() > 5 && sexCheckOnly.contains(QString::fromLatin1(fields.at(1)).remove(u'"'))
                && fields.at(5) == "\"M\"") {
                fields[5] = "\"C\"";
                line = fields.join(',');
                ++changedRows;
            }
        }
        out.write(lines.join('\n'));
        out.close();
        if (changedRows != sexCheckOnly.size())
            return QStringLiteral("not every code of %1 has a sex restriction").arg(sexCheckOnly.join(u' '));
        const QString copy = changed.filePath(QStringLiteral("ValidIcdCodes.csv"));
        if (!QFile::copy(valid, copy))
            return QStringLiteral("the Iris code table cannot be copied");
        valid = copy;
    }
    const Result<Codes::CodeList> list = Codes::CodeListFileImporter::importFile(valid, {});
    if (!list)
        return list.error().message;
    if (const Result<void> saved = Codes::CodeListCache().save(list.value()); !saved)
        return saved.error().message;
    return {};
}

std::unique_ptr<Gui::MainWindow> GuiHarness::openSignedIn(Session::Session& session, QString* why)
{
    auto window = std::make_unique<Gui::MainWindow>(session);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get())) {
        *why = QStringLiteral("the window did not become active");
        return nullptr;
    }
    if (!restoreOrSignIn(*window, session, why))
        return nullptr;
    window->notificationFlow()->startNew();
    return window;
}

bool GuiHarness::restoreOrSignIn(Gui::MainWindow& window, Session::Session& session, QString* why)
{
    session.restore();
    for (int i = 0; i < 400 && window.isSignInShown() && session.state() != Session::Session::State::SignedOut; ++i)
        QTest::qWait(50);
    if (!window.isSignInShown())
        return true;
    return signIn(window, why);
}

int GuiHarness::recordedDeaths()
{
    return sandbox.get(QStringLiteral("/_sandbox/api/records"))
        .body.value(QStringLiteral("counts"))
        .toObject()
        .value(QStringLiteral("deaths"))
        .toInt(-1);
}

int GuiHarness::recordedCauses()
{
    return sandbox.get(QStringLiteral("/_sandbox/api/records"))
        .body.value(QStringLiteral("counts"))
        .toObject()
        .value(QStringLiteral("causes"))
        .toInt(-1);
}

QByteArray GuiHarness::startChildUntilSaved(QProcess& child)
{
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child")});
    if (!child.waitForStarted())
        return {};
    QByteArray line;
    for (int i = 0; i < 900 && !line.startsWith("saved") && !line.startsWith("error"); ++i) {
        if (child.waitForReadyRead(100) || child.canReadLine())
            line = child.readLine().trimmed();
    }
    return line;
}

std::unique_ptr<CrashChild> CrashChild::open()
{
    auto child = std::make_unique<CrashChild>();
    Translations::install(QStringLiteral("nb"));
    child->session = child->harness.session();
    child->window = std::make_unique<Gui::MainWindow>(*child->session);
    child->window->show();
    QApplication::setActiveWindow(child->window.get());
    QString why;
    if (!GuiHarness::restoreOrSignIn(*child->window, *child->session, &why)) {
        std::printf("error %s\n", qPrintable(why));
        std::fflush(stdout);
        return nullptr;
    }
    return child;
}

bool GuiHarness::killWithoutWarning(QProcess& child)
{
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    return child.waitForFinished(10000) && child.exitStatus() == QProcess::CrashExit;
}

} // namespace Meldeklient::Test

#include "core/codes/CodeListEndpoints.h"
#include "core/common/LogPolicy.h"
#include "core/common/Translations.h"
#include "core/config/Configuration.h"
#include "core/config/ProxySetting.h"
#include "core/config/Environment.h"
#include "core/session/Session.h"
#include "gui/CodeListUpdateStatus.h"
#include "gui/LanguageSetting.h"
#include "gui/MainWindow.h"
#include "gui/SystemBrowserLauncher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char* argv[])
{
    Meldeklient::LogPolicy::install();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Meldeklient"));
    QApplication::setOrganizationName(QStringLiteral("Meldeklient"));
    QApplication::setApplicationVersion(QStringLiteral(MELDEKLIENT_VERSION));

    // The layered configuration (policy > MELDEKLIENT_* variables > user > system > built-in) picks the language; a
    // bad setting, above all a bad policy, stops the program here with a message naming the key.
    const Meldeklient::Result<Meldeklient::Config::Configuration> configuration
        = Meldeklient::Config::Configuration::load();
    Meldeklient::Translations::install(Meldeklient::Gui::LanguageSetting::effective());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Gui",
        "Death, cause-of-death and birth "
        "notifications for Norwegian health personnel"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    if (!configuration) {
        const QString message = configuration.error().message;
        fprintf(stderr, "%s: %s\n", qPrintable(configuration.error().code), qPrintable(message));
        // Nobody could answer a dialog on the offscreen platform (CI, scripts): standard error says it there.
        if (QGuiApplication::platformName() != u"offscreen")
            QMessageBox::critical(nullptr, QCoreApplication::translate("Gui", "Meldeklient cannot start"), message);
        return 1;
    }

    Meldeklient::Config::applyProxySetting(*configuration);

    const std::optional<Meldeklient::Config::Environment> environment
        = Meldeklient::Config::Environment::fromProcessEnvironment();
    if (!environment) {
        QMessageBox::critical(nullptr, QStringLiteral("Meldeklient"),
            QCoreApplication::translate("Gui", "Unknown environment in MELDEKLIENT_ENVIRONMENT. Use one of: %1.")
                .arg(Meldeklient::Config::Environment::names().join(QStringLiteral(", "))));
        return 2;
    }
    Meldeklient::Gui::SystemBrowserLauncher browser;
    Meldeklient::Session::Session::Options options;
    options.browser = &browser;
    Meldeklient::Session::Session session(*environment, options);
    Meldeklient::Gui::MainWindow window(session);
    window.show();
    // After the window is up, so the doctor sees it at once; the restore itself never blocks.
    QTimer::singleShot(0, &session, &Meldeklient::Session::Session::restore);
    // The ICD-10 check when due, in the background (download and import never on this thread's critical path), a
    // little after the start.
    const QUrl icd10Url = Meldeklient::Codes::CodeListEndpoints::configured(
        *configuration, Meldeklient::Codes::CodeListEndpoints::Source::Icd10No);
    QTimer::singleShot(Meldeklient::Gui::CodeListUpdateStatus::StartDelayMs, window.codeListUpdateStatus(),
        [&window, icd10Url] { window.codeListUpdateStatus()->startIfDue(icd10Url); });
    // tests/bench/BenchGuiStartup: end after the first turn of the event loop, as its empty-window yardstick does.
    if (qEnvironmentVariable("MELDEKLIENT_QUIT_WHEN_SHOWN") == u"1")
        QTimer::singleShot(0, &app, &QApplication::quit);
    return app.exec();
}

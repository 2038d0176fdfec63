#include "core/common/Translations.h"
#include "core/config/Configuration.h"
#include "core/config/ProxySetting.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Meldeklient"));
    QApplication::setOrganizationName(QStringLiteral("Meldeklient"));
    QApplication::setApplicationVersion(QStringLiteral(MELDEKLIENT_VERSION));

    // The layered configuration (policy > MELDEKLIENT_* variables > user > system > built-in) picks the language; a
    // bad setting, above all a bad policy, stops the program here with a message naming the key.
    const Meldeklient::Result<Meldeklient::Config::Configuration> configuration
        = Meldeklient::Config::Configuration::load();
    Meldeklient::Translations::install(configuration
            ? configuration->value(Meldeklient::Config::SettingKey::Language)
            : qEnvironmentVariable("MELDEKLIENT_LANG", Meldeklient::Translations::defaultLanguage()));

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
    Meldeklient::Gui::MainWindow window;
    window.show();
    return app.exec();
}

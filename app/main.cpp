#include "core/common/Translations.h"
#include "gui/MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Meldeklient"));
    QApplication::setOrganizationName(QStringLiteral("Meldeklient"));
    QApplication::setApplicationVersion(QStringLiteral(MELDEKLIENT_VERSION));
    Meldeklient::Translations::install(
        qEnvironmentVariable("MELDEKLIENT_LANG", Meldeklient::Translations::defaultLanguage()));

    Meldeklient::Gui::MainWindow window;
    window.show();
    return app.exec();
}

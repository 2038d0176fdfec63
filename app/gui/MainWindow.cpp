#include "gui/MainWindow.h"

#include "gui/IdentifierField.h"

#include <QApplication>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Meldeklient::Gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_identifierField(new IdentifierField)
{
    setWindowTitle(tr("Meldeklient"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/meldeklient.svg")));
    setObjectName(QStringLiteral("mainWindow"));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* heading = new QLabel(tr("<h2>Melding om dødsfall og dødsårsak</h2>"), central);
    heading->setObjectName(QStringLiteral("heading"));
    layout->addWidget(heading);
    auto* intro = new QLabel(tr("Start with the deceased's national identity number (fødselsnummer) or D number."),
        central);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->addRow(tr("Fødselsnummer or D number:"), m_identifierField);
    layout->addLayout(form);
    layout->addStretch();
    setCentralWidget(central);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    statusBar()->showMessage(tr("Sandbox environment: nothing is sent to the national registries."));
    resize(720, 480);
}

} // namespace Meldeklient::Gui

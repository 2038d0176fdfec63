#include "gui/DeathConfirmation.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace Meldeklient::Gui {

bool DeathConfirmation::ask(QWidget* parent, const QString& person)
{
    QMessageBox box(parent);
    box.setObjectName(QLatin1StringView(DialogObjectName));
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(QCoreApplication::translate("Gui", "Report the death to Folkeregisteret?"));
    box.setText(QCoreApplication::translate("Gui", "<b>%1</b> will be registered as dead.").arg(person.toHtmlEscaped()));
    box.setInformativeText(QCoreApplication::translate("Gui",
        "Folkeregisteret is updated at once. BankID, bank and NAV services for this person stop soon after. "
        "Send only when you are sure that this is the right person."));
    QPushButton* send
        = box.addButton(QCoreApplication::translate("Gui", "&Send to Folkeregisteret"), QMessageBox::AcceptRole);
    send->setObjectName(QLatin1StringView(SendButtonObjectName));
    send->setAutoDefault(false);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QLatin1StringView(CancelButtonObjectName));
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    cancel->setFocus();
    box.exec();
    return box.clickedButton() == send;
}

} // namespace Meldeklient::Gui

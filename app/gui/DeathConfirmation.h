#pragma once

#include <QString>

class QWidget;

namespace Meldeklient::Gui {

// The last question before Del 1 leaves: it names the person and says what happens at once (Folkeregisteret is
// updated; BankID, bank and NAV services stop). Cancel is the default button and Escape cancels, so an Enter pressed
// out of habit sends nothing (issue 10 §4; 11 living people were registered dead in 2021).
class DeathConfirmation
{
public:
    static constexpr const char* DialogObjectName = "deathConfirmation";
    static constexpr const char* SendButtonObjectName = "deathConfirmationSend";
    static constexpr const char* CancelButtonObjectName = "deathConfirmationCancel";

    // `person`: name and birth date as the doctor confirmed them. True only when the doctor chose to send.
    static bool ask(QWidget* parent, const QString& person);
};

} // namespace Meldeklient::Gui

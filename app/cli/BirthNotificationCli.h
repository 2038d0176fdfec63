#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Meldeklient::Cli {

class CliContext;

// The birth notification's paths through `validate` and `export --format folkeregisteret-xml`: the commands detect
// a fodselsmelding QuestionnaireResponse (Birth::BirthBundle::isBirthNotification) and hand the file here.
class BirthNotificationCli
{
public:
    // Prints {"valid", "issues", "validatedAgainst": {"questionnaire", "countryCodes"}}; exit 0 valid, 1 not,
    // 2 unreadable.
    static int validate(const QByteArray& json, bool allowSyntheticNumbers, CliContext& context);
    // Prints one foedselsmelding per child, each preceded by "### foedselsmelding N/M MESSAGE-ID"; with the same
    // prefix and time the output is byte-identical. Errors of the rules stop it (printed as by validate).
    static int exportXml(const QByteArray& json, bool allowSyntheticNumbers, const QString& messageIdPrefix,
        const QDateTime& now, CliContext& context);
};

} // namespace Meldeklient::Cli

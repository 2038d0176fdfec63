#include "core/common/LogPolicy.h"

#include <QLoggingCategory>
#include <QtGlobal>

namespace Meldeklient {

namespace {
void dropMessage(QtMsgType type, const QMessageLogContext&, const QString&)
{
    if (type == QtFatalMsg)
        abort(); // a fatal message still ends the program, as Qt's own handler would
}
} // namespace

bool LogPolicy::isLoggingRequested()
{
    return !qEnvironmentVariableIsEmpty("MELDEKLIENT_LOG") && qEnvironmentVariable("MELDEKLIENT_LOG") != u"0";
}

void LogPolicy::install()
{
    if (isLoggingRequested()) {
        QLoggingCategory::setFilterRules(QStringLiteral("meldeklient.*=true"));
        return;
    }
    // Warnings too: "sqlite: …" or "network error" lines between the JSON a user reads are noise, and the user gets
    // a translated message for every error anyway.
    qInstallMessageHandler(dropMessage);
}

} // namespace Meldeklient

#include "cli/ConfigCommand.h"

#include "cli/AuthSession.h"
#include "cli/CliContext.h"
#include "core/config/Configuration.h"
#include "core/audit/AuditLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Meldeklient::Cli {

namespace {
QString describe(const Config::ResolvedSetting& setting)
{
    QStringList details {Config::settingOriginName(setting.origin)};
    if (setting.locked())
        details.append(QStringLiteral("locked"));
    if (!setting.source.isEmpty())
        details.append(setting.source);
    return Config::settingName(setting.key) + QStringLiteral(" = ") + setting.value + QStringLiteral(" [")
        + details.join(QStringLiteral(", ")) + u']';
}
} // namespace

QString ConfigCommand::name() const
{
    return QStringLiteral("config");
}

QString ConfigCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Show or change settings (locked ones are set by your IT department)");
}

int ConfigCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("show | set KEY VALUE | unset KEY"));
    const QCommandLineOption help = AuthSession::helpOption();
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        context.err() << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        context.out() << QCoreApplication::translate("Cli",
            "Usage: meldeklient-cli config show | set KEY VALUE | "
            "unset KEY")
                      << '\n'
                      << summary() << '\n';
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const int expected = action == u"show" ? 1 : action == u"set" ? 3 : action == u"unset" ? 2 : -1;
    if (positional.size() != expected) {
        context.err() << QCoreApplication::translate("Cli",
            "Usage: meldeklient-cli config show | set KEY VALUE | "
            "unset KEY")
                      << '\n';
        return ExitUsage;
    }

    Result<Config::Configuration> configuration = Config::Configuration::load();
    if (!configuration)
        return context.fail(configuration.error());
    if (action == u"show") {
        for (const Config::ResolvedSetting& setting : configuration->settings())
            context.out() << describe(setting) << '\n';
        for (const QString& warning : configuration->warnings())
            context.err() << warning << '\n';
        return ExitOk;
    }

    const std::optional<Config::SettingKey> key = Config::settingKeyFromName(positional.at(1));
    if (!key) {
        context.err() << QCoreApplication::translate("Cli", "Unknown setting \"%1\". Settings: %2.")
                             .arg(positional.at(1), Config::allSettingNames().join(QStringLiteral(", ")))
                      << '\n';
        return ExitUsage;
    }
    const Result<void> changed
        = action == u"set" ? configuration->setUserValue(*key, positional.at(2)) : configuration->unsetUserValue(*key);
    if (!changed)
        return context.fail(changed.error());
    Audit::AuditLog::record(
        Audit::AuditAction::SettingChange, {}, QStringLiteral("setting:") + Config::settingName(*key), action);
    context.out() << describe(configuration->setting(*key)) << '\n';
    return ExitOk;
}

} // namespace Meldeklient::Cli

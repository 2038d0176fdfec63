#include "cli/CommandLineTool.h"

#include "cli/CliContext.h"
#include "core/common/Translations.h"
#include "core/config/Configuration.h"
#include "core/config/ProxySetting.h"
#include "core/audit/AuditLog.h"

#include <QCoreApplication>

namespace Meldeklient::Cli {

void CommandLineTool::addCommand(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

CliCommand* CommandLineTool::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

void CommandLineTool::printHelp(CliContext& context) const
{
    QTextStream& out = context.out();
    out << QCoreApplication::translate("Cli", "Usage: meldeklient-cli [--lang nb|nn|en] COMMAND [OPTIONS] [ARGUMENTS]")
        << "\n\n"
        << QCoreApplication::translate("Cli", "Commands:") << "\n";
    for (const auto& command : m_commands)
        out << "  " << command->name().leftJustified(12) << ' ' << command->summary() << '\n';
    out << '\n'
        << QCoreApplication::translate("Cli", "Global options:") << '\n'
        << "  --help        " << QCoreApplication::translate("Cli", "Show this help, or a command's help") << '\n'
        << "  --version     " << QCoreApplication::translate("Cli", "Show the version") << '\n'
        << "  --lang LANG   " << QCoreApplication::translate("Cli", "Language of messages: nb (default), nn or en")
        << '\n'
        << '\n'
        << QCoreApplication::translate("Cli", "Exit status: 0 success, 1 validation failed, 2 usage error.") << '\n';
    out.flush();
}

int CommandLineTool::run(const QStringList& arguments, CliContext& context)
{
    QString language = qEnvironmentVariable("MELDEKLIENT_LANG", Translations::defaultLanguage());
    bool languageChosen = false;
    int index = 1;
    while (index < arguments.size() && arguments.at(index).startsWith(u'-')) {
        const QString& option = arguments.at(index);
        if (option == u"--help" || option == u"-h") {
            Translations::install(language);
            printHelp(context);
            return ExitOk;
        }
        if (option == u"--version" || option == u"-v") {
            context.out() << "meldeklient-cli " << QStringLiteral(MELDEKLIENT_VERSION) << '\n';
            context.out().flush();
            return ExitOk;
        }
        if (option == u"--lang" && index + 1 < arguments.size()) {
            language = arguments.at(index + 1);
            languageChosen = true;
            index += 2;
            continue;
        }
        if (option.startsWith(u"--lang=")) {
            language = option.mid(7);
            languageChosen = true;
            ++index;
            continue;
        }
        context.err() << QCoreApplication::translate("Cli", "Unknown option: %1").arg(option) << '\n';
        context.err().flush();
        return ExitUsage;
    }
    if (!Translations::supportedLanguages().contains(language)) {
        context.err() << QCoreApplication::translate("Cli", "Unsupported language \"%1\": use nb, nn or en.")
                             .arg(language)
                      << '\n';
        context.err().flush();
        return ExitUsage;
    }
    Translations::install(language);

    // A bad setting (above all a bad policy) stops every command before it does anything, naming the key.
    const Result<Config::Configuration> configuration = Config::Configuration::load();
    if (!configuration) {
        context.fail(configuration.error());
        context.err().flush();
        return ExitFailed;
    }
    if (configuration->isLocked(Config::SettingKey::Language)
        || (!languageChosen
            && configuration->setting(Config::SettingKey::Language).origin != Config::SettingOrigin::BuiltIn)) {
        if (languageChosen && language != configuration->value(Config::SettingKey::Language)) {
            context.err() << QCoreApplication::translate("Cli", "--lang is ignored: %1")
                                 .arg(configuration->lockReason(Config::SettingKey::Language))
                          << '\n';
        }
        language = configuration->value(Config::SettingKey::Language);
        Translations::install(language);
    }
    Config::applyProxySetting(*configuration);
    // A policy that differs from the one seen last is recorded in the audit trail (best effort).
    if (const Result<bool> recorded = Audit::AuditLog().recordPolicy(configuration->policyFingerprint()); !recorded)
        context.err() << recorded.error().code << ": " << recorded.error().message << '\n';

    if (index >= arguments.size()) {
        printHelp(context);
        return ExitUsage;
    }
    CliCommand* command = find(arguments.at(index));
    if (!command) {
        context.err() << QCoreApplication::translate("Cli", "Unknown command \"%1\". Run meldeklient-cli --help.")
                             .arg(arguments.at(index))
                      << '\n';
        context.err().flush();
        return ExitUsage;
    }
    const int status = command->run(arguments.mid(index), context);
    context.out().flush();
    context.err().flush();
    return status;
}

} // namespace Meldeklient::Cli

#include "cli/AuthKeyCommand.h"

#include "cli/AuthSession.h"
#include "cli/CliContext.h"
#include "cli/JsonLine.h"
#include "core/auth/ClientKeyStore.h"

#include <QCoreApplication>

namespace Meldeklient::Cli {

QString AuthKeyCommand::name() const
{
    return QStringLiteral("auth");
}

QString AuthKeyCommand::summary() const
{
    return QCoreApplication::translate("Cli",
        "auth key: show the client's public key (JWK) and thumbprint for HelseID registration");
}

int AuthKeyCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption importOption(QStringLiteral("import"),
        QCoreApplication::translate("Cli", "Import the private key (JWK file) IT provided, replacing the current one."),
        QStringLiteral("FILE"));
    parser.addOption(importOption);
    parser.addPositionalArgument(QStringLiteral("key"), QCoreApplication::translate("Cli", "The only sub-command."));
    // "key" is the sub-command; the shared parser refuses positional arguments, so take it off first.
    QStringList rest = arguments;
    if (rest.size() < 2 || rest.at(1) != u"key") {
        if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
            context.out() << QStringLiteral("meldeklient-cli auth key [--import FILE] [--environment NAME]\n");
            return ExitOk;
        }
        context.err() << QCoreApplication::translate("Cli", "Usage: meldeklient-cli auth key [--import FILE]") << '\n';
        return ExitUsage;
    }
    rest.removeAt(1);
    int exitCode = ExitOk;
    const std::optional<Config::Environment> environment
        = AuthSession::parseEnvironment(parser, rest, context, QStringLiteral("auth key"), exitCode);
    if (!environment)
        return exitCode;

    AuthSession session(*environment);
    Result<Auth::Jose::Jwk> key = parser.isSet(importOption)
        ? session.client().keyStore().importFromFile(parser.value(importOption))
        : session.client().clientKey();
    JsonLine line;
    if (!key) {
        line.add(QStringLiteral("code"), key.error().code).add(QStringLiteral("message"), key.error().message);
        context.out() << line.toString() << '\n';
        return ExitFailed;
    }
    line.add(QStringLiteral("environment"), environment->name)
        .addRaw(QStringLiteral("jwk"), QString::fromUtf8(Auth::ClientKeyStore::publicJwkJson(key.value())))
        .add(QStringLiteral("thumbprint"), QString::fromLatin1(key->thumbprint()))
        .add(QStringLiteral("remembered"), session.client().keyStore().isRemembered());
    if (!session.client().keyStore().isRemembered())
        line.add(QStringLiteral("warning"), session.client().keyStore().storeError().message);
    context.out() << line.toString() << '\n';
    return ExitOk;
}

} // namespace Meldeklient::Cli

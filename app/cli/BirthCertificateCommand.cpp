#include "cli/BirthCertificateCommand.h"

#include "cli/AuthSession.h"
#include "cli/CliContext.h"
#include "cli/JsonLine.h"
#include "core/api/OrganisationCertificate.h"
#include "core/common/KeychainSecretStore.h"
#include "core/config/FolkeregisteretSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSslCertificate>

namespace Meldeklient::Cli {

BirthCertificateCommand::BirthCertificateCommand(Session::SessionOptions::SecretStoreFactory secrets)
    : m_secrets(std::move(secrets))
{
}

QString BirthCertificateCommand::name() const
{
    return QStringLiteral("birth-certificate");
}

QString BirthCertificateCommand::summary() const
{
    return QCoreApplication::translate("Cli",
        "birth-certificate set-password|check: the organisation certificate for sending births to Folkeregisteret");
}

int BirthCertificateCommand::run(const QStringList& arguments, CliContext& context)
{
    QStringList rest = arguments;
    const QString action = rest.value(1);
    if (action != u"set-password" && action != u"check") {
        if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
            context.out() << QStringLiteral(
                "meldeklient-cli birth-certificate set-password|check [--environment NAME]\n"
                "set-password reads the PKCS#12 password from standard input.\n");
            return ExitOk;
        }
        context.err() << QCoreApplication::translate("Cli",
            "Usage: meldeklient-cli birth-certificate set-password|check (the password is read from standard input)")
                      << '\n';
        return ExitUsage;
    }
    rest.removeAt(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    int exitCode = ExitOk;
    const std::optional<Config::Environment> environment = AuthSession::parseEnvironment(
        parser, rest, context, QStringLiteral("birth-certificate ") + action, exitCode);
    if (!environment)
        return exitCode;

    const Config::FolkeregisteretSettings settings = Config::FolkeregisteretSettings::load(environment->name);
    std::unique_ptr<SecretStore> secrets = m_secrets ? m_secrets(environment->keychainService())
                                                     : std::make_unique<KeychainSecretStore>(environment->keychainService());
    JsonLine line;
    line.add(QStringLiteral("environment"), environment->name)
        .add(QStringLiteral("certificateFile"), settings.certificateFile);
    Result<QSslConfiguration> loaded = Error {};
    if (action == u"set-password") {
        // One line; the password never appears on the command line (process lists) nor in a file.
        const QString password = context.in().readLine();
        if (const Result<void> stored
            = Api::OrganisationCertificate::storePassword(settings, *secrets, password.toUtf8());
            !stored) {
            loaded = stored.error();
        } else {
            loaded = Api::OrganisationCertificate::load(settings, *secrets);
        }
    } else {
        loaded = Api::OrganisationCertificate::load(settings, *secrets);
    }
    if (!loaded) {
        line.add(QStringLiteral("code"), loaded.error().code).add(QStringLiteral("message"), loaded.error().message);
        context.out() << line.toString() << '\n';
        return ExitFailed;
    }
    const QSslCertificate certificate = loaded->localCertificate();
    line.add(QStringLiteral("ok"), true)
        .add(QStringLiteral("subject"), certificate.subjectDisplayName())
        .add(QStringLiteral("expires"), certificate.expiryDate().toUTC().toString(Qt::ISODate))
        .add(QStringLiteral("folkeregisteretUrl"), settings.baseUrl.toString());
    context.out() << line.toString() << '\n';
    return ExitOk;
}

} // namespace Meldeklient::Cli

#include "cli/LookupCommand.h"

#include "cli/AuthSession.h"
#include "cli/CliContext.h"
#include "cli/JsonLine.h"
#include "core/session/PersonLookup.h"
#include "core/identity/PersonNumber.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

namespace Meldeklient::Cli {

namespace {
QString sexName(Identity::Sex sex)
{
    switch (sex) {
    case Identity::Sex::Female:
        return QStringLiteral("female");
    case Identity::Sex::Male:
        return QStringLiteral("male");
    case Identity::Sex::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString isoDate(const std::optional<QDate>& date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}
} // namespace

QString LookupCommand::name() const
{
    return QStringLiteral("lookup");
}

QString LookupCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Look a person up in the registry before reporting the death");
}

int LookupCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption environmentOption = AuthSession::environmentOption();
    const QCommandLineOption helpOption = AuthSession::helpOption();
    parser.addOptions({environmentOption, helpOption});
    parser.addPositionalArgument(QStringLiteral("NUMBER"),
        QCoreApplication::translate("Cli", "Fødselsnummer or D-nummer (11 digits; spaces allowed)."));
    if (!parser.parse(arguments)) {
        context.err() << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        context.out() << parser.helpText().replace(QStringLiteral("lookup [options]"),
            QStringLiteral("meldeklient-cli lookup [options]"));
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err() << QCoreApplication::translate("Cli", "lookup needs exactly one NUMBER.") << '\n';
        return ExitUsage;
    }
    const Identity::IdentifierCheck check = Identity::PersonNumber::check(parser.positionalArguments().constFirst());
    const QString number = check.normalized();
    if (!check.isValid()) {
        context.err() << QCoreApplication::translate("Cli", "This is not a valid fødselsnummer or D-nummer.") << '\n';
        return ExitUsage;
    }
    const std::optional<Config::Environment> environment
        = AuthSession::environmentFor(parser.value(environmentOption), context);
    if (!environment)
        return ExitUsage;

    AuthSession session(*environment);
    if (const Result<Auth::SignedInUser> user = session.restore(); !user)
        return context.fail(user.error());
    if (!session.session().api())
        return context.fail(session.session().lastError());
    Session::PersonLookup lookup(session.session());
    QEventLoop loop;
    std::optional<Result<Api::RegistryPerson>> found;
    QObject::connect(&lookup, &Session::PersonLookup::finished, &loop, [&](const Result<Api::RegistryPerson>& result) {
        found = result;
        loop.quit();
    });
    lookup.lookup(number);
    loop.exec();
    if (!found->isOk() && found->error().code == u"person-not-found") {
        context.out() << JsonLine()
                             .add(QStringLiteral("found"), false)
                             .add(QStringLiteral("message"), found->error().message)
                             .toString()
                      << '\n';
        return ExitFailed;
    }
    if (!found->isOk())
        return context.fail(found->error());
    {
        const Api::RegistryPerson& person = found->value();
        context.out() << JsonLine()
                             .add(QStringLiteral("found"), true)
                             .add(QStringLiteral("identifier"), person.identifier)
                             .add(QStringLiteral("givenName"), person.givenName)
                             .add(QStringLiteral("middleName"), person.middleName)
                             .add(QStringLiteral("familyName"), person.familyName)
                             .add(QStringLiteral("birthDate"), isoDate(person.birthDate))
                             .add(QStringLiteral("sex"), sexName(person.sex))
                             .add(QStringLiteral("deceased"), person.deceased)
                             .add(QStringLiteral("deathDate"), isoDate(person.deathDate))
                             .toString()
                      << '\n';
    }
    return ExitOk;
}

} // namespace Meldeklient::Cli

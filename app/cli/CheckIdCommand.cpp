#include "cli/CheckIdCommand.h"

#include "cli/CliContext.h"
#include "cli/JsonLine.h"
#include "core/common/InputFile.h"
#include "core/identity/IdentifierValidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>

namespace Meldeklient::Cli {

using namespace Meldeklient::Identity;

namespace {
QString describe(const QString& input, const IdentifierCheck& check)
{
    QStringList codes;
    QStringList messages;
    for (IdentifierProblem problem : check.problems()) {
        codes.append(QString(identifierProblemCode(problem)));
        messages.append(identifierProblemMessage(problem));
    }
    JsonLine line;
    line.add(QStringLiteral("input"), input)
        .add(QStringLiteral("valid"), check.isValid())
        .add(QStringLiteral("type"), QString(identifierTypeCode(check.type)))
        .add(QStringLiteral("reasons"), codes)
        .add(QStringLiteral("messages"), messages);
    if (check.isValid())
        line.add(QStringLiteral("normalized"), check.normalized());
    if (check.birthDate.isValid())
        line.add(QStringLiteral("birthDate"), check.birthDate.toString(Qt::ISODate));
    if (check.sex != Sex::Unknown)
        line.add(QStringLiteral("sex"), QString(sexCode(check.sex)));
    if (check.isValid() && check.derivation != Derivation::Derived && hasDatePart(check.type)) {
        // Say plainly why birth date or sex is missing, so no caller mistakes absence for "unknown person".
        line.add(QStringLiteral("derivation"), QString(derivationCode(check.derivation)))
            .add(QStringLiteral("derivationMessage"), derivationMessage(check.derivation));
    }
    return line.toString();
}
} // namespace

QString CheckIdCommand::name() const
{
    return QStringLiteral("check-id");
}

QString CheckIdCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Check Norwegian identifiers (fødselsnummer, D-nummer, orgnr, HPR ...)");
}

int CheckIdCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption typeOption(QStringList {QStringLiteral("type"), QStringLiteral("t")},
        QCoreApplication::translate("Cli", "Force the kind of number: person, duf, orgnr or hpr."),
        QStringLiteral("TYPE"));
    const QCommandLineOption helpOption(QStringList {QStringLiteral("help"), QStringLiteral("h")},
        QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(typeOption);
    parser.addOption(helpOption);
    parser.addPositionalArgument(QStringLiteral("NUMBER"),
        QCoreApplication::translate("Cli", "Numbers to check; \"-\" reads one number per line from standard input."),
        QStringLiteral("NUMBER..."));
    if (!parser.parse(arguments)) {
        context.err() << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        context.out() << parser.helpText().replace(QStringLiteral("check-id [options]"),
            QStringLiteral("meldeklient-cli check-id [options]"));
        return ExitOk;
    }

    IdentifierKind kind = IdentifierKind::Automatic;
    if (parser.isSet(typeOption)) {
        const QString type = parser.value(typeOption);
        if (type == u"orgnr")
            kind = IdentifierKind::Organisation;
        else if (type == u"hpr")
            kind = IdentifierKind::Hpr;
        else if (type == u"person" || type == u"fnr")
            kind = IdentifierKind::Person;
        else if (type == u"duf")
            kind = IdentifierKind::Duf;
        else {
            context.err() << QCoreApplication::translate("Cli", "Unknown --type \"%1\": use person, duf, orgnr or hpr.")
                                 .arg(type)
                          << '\n';
            return ExitUsage;
        }
    }

    const QStringList numbers = parser.positionalArguments();
    if (numbers.isEmpty()) {
        context.err() << QCoreApplication::translate("Cli", "check-id needs at least one number.") << '\n';
        return ExitUsage;
    }

    bool allValid = true;
    auto checkOne = [&](const QString& input) {
        const IdentifierCheck check = IdentifierValidator::check(input, kind);
        allValid = allValid && check.isValid();
        context.out() << describe(input, check) << '\n';
    };
    for (const QString& number : numbers) {
        if (number == u"-") {
            // Bounded lines: a 100 MB "number" is cut at the limit (and then fails the length check), never echoed.
            QIODevice* in = context.in().device();
            int lines = 0;
            while (in) {
                const std::optional<QByteArray> line = InputFile::readLine(*in, InputFile::MaxIdentifierLineBytes);
                if (!line)
                    break;
                ++lines;
                checkOne(QString::fromUtf8(*line));
            }
            if (lines == 0) {
                context.err() << QCoreApplication::translate("Cli",
                                     "check-id -: standard input is empty; give one number per line.")
                              << '\n';
                return ExitUsage;
            }
        } else {
            checkOne(number);
        }
    }
    return allValid ? ExitOk : ExitFailed;
}

} // namespace Meldeklient::Cli

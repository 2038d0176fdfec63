#include "cli/CodesCommand.h"

#include "cli/CliContext.h"
#include "cli/JsonLine.h"
#include "core/common/InputFile.h"
#include "core/codes/CodeListCache.h"
#include "core/codes/CodeListFileImporter.h"
#include "core/codes/CodeSystemRegistry.h"
#include "core/codes/CodeSystemUrl.h"
#include "core/codes/Icd10Index.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace Meldeklient::Cli {

using namespace Meldeklient::Codes;

namespace {
const QString usage = QStringLiteral("meldeklient-cli codes import [--system URL] [--version V] PATH...\n"
                                     "meldeklient-cli codes search [--limit N] [--system URL] QUERY\n"
                                     "meldeklient-cli codes info\n");

QCommandLineOption helpOption()
{
    return QCommandLineOption(QStringList {QStringLiteral("help"), QStringLiteral("h")},
        QCoreApplication::translate("Cli", "Show this help."));
}

// Parses `arguments` (starting with the sub-command name); prints help or the parse error itself.
std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, CliContext& context)
{
    const QCommandLineOption help = helpOption();
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        context.err() << parser.errorText() << '\n' << usage;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        context.out() << usage;
        return ExitOk;
    }
    return std::nullopt;
}

QString kindName(CodeList::Kind kind)
{
    return kind == CodeList::Kind::ValueSet ? QStringLiteral("ValueSet") : QStringLiteral("CodeSystem");
}

QString kindName(Icd10SearchHit::Kind kind)
{
    switch (kind) {
    case Icd10SearchHit::Kind::ExactCode:
        return QStringLiteral("exact-code");
    case Icd10SearchHit::Kind::CodePrefix:
        return QStringLiteral("code-prefix");
    case Icd10SearchHit::Kind::Text:
        break;
    }
    return QStringLiteral("text");
}

// Loads the cache into `registry`, reporting damaged files on stderr.
void loadCache(const CodeListCache& cache, CodeSystemRegistry& registry, CliContext& context)
{
    const CodeListCache::LoadReport report = cache.loadAll();
    for (const CodeList& list : report.lists)
        registry.add(list);
    for (const Error& problem : report.problems)
        context.err() << problem.message << '\n';
}
} // namespace

QString CodesCommand::name() const
{
    return QStringLiteral("codes");
}

QString CodesCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Import code lists (ICD-10 ...), search ICD-10, show what is loaded");
}

int CodesCommand::run(const QStringList& arguments, CliContext& context)
{
    const QString sub = arguments.value(1);
    if (sub == u"import")
        return runImport(arguments.mid(1), context);
    if (sub == u"search")
        return runSearch(arguments.mid(1), context);
    if (sub == u"info")
        return runInfo(arguments.mid(1), context);
    if (sub == u"--help" || sub == u"-h") {
        context.out() << usage;
        return ExitOk;
    }
    context.err() << QCoreApplication::translate("Cli", "codes needs a sub-command: import, search or info.") << '\n'
                  << usage;
    return ExitUsage;
}

int CodesCommand::runImport(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption systemOption(QStringLiteral("system"),
        QCoreApplication::translate("Cli", "Code system URL or Volven number for a plain code;text CSV file."),
        QStringLiteral("URL"));
    const QCommandLineOption versionOption(QStringLiteral("version"),
        QCoreApplication::translate("Cli", "Version to record for a plain CSV file or the Iris tables."),
        QStringLiteral("V"));
    parser.addOption(systemOption);
    parser.addOption(versionOption);
    if (const auto status = parse(parser, arguments, context))
        return *status;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        context.err() << QCoreApplication::translate("Cli", "codes import needs at least one file.") << '\n' << usage;
        return ExitUsage;
    }
    const CodeListFileImporter::Options options {parser.value(systemOption), parser.value(versionOption)};

    // Read every file before saving any, so a bad file in the batch changes nothing.
    QList<CodeList> imported;
    for (const QString& path : paths) {
        Result<CodeList> list = CodeListFileImporter::importFile(path, options);
        if (!list) {
            context.err() << QFileInfo(path).fileName() << ": " << list.error().message << " [" << list.error().code
                          << "]\n";
            return InputFile::isInputError(list.error()) ? ExitUsage : ExitFailed; // unreadable input: 2
        }
        imported.append(std::move(list).value());
    }
    const CodeListCache cache;
    for (qsizetype i = 0; i < imported.size(); ++i) {
        const CodeList& list = imported.at(i);
        if (Result<void> saved = cache.save(list); !saved) {
            context.err() << saved.error().message << '\n';
            return ExitFailed;
        }
        context.out() << JsonLine()
                             .add(QStringLiteral("file"), QFileInfo(paths.at(i)).fileName())
                             .add(QStringLiteral("url"), list.url())
                             .add(QStringLiteral("version"), list.version())
                             .add(QStringLiteral("kind"), kindName(list.kind()))
                             .addRaw(QStringLiteral("concepts"), QString::number(list.size()))
                             .add(QStringLiteral("icd10Attributes"), list.hasIcd10Attributes())
                             .toString()
                      << '\n';
    }
    return ExitOk;
}

int CodesCommand::runSearch(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        QCoreApplication::translate("Cli", "Number of results (default 20)."), QStringLiteral("N"),
        QStringLiteral("20"));
    const QCommandLineOption systemOption(QStringLiteral("system"),
        QCoreApplication::translate("Cli", "Code list to search (default ICD-10, 7110)."), QStringLiteral("URL"),
        CodeSystemUrl::icd10.toString());
    parser.addOption(limitOption);
    parser.addOption(systemOption);
    if (const auto status = parse(parser, arguments, context))
        return *status;
    bool limitOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    const QString query = parser.positionalArguments().join(u' ');
    if (!limitOk || limit <= 0 || query.trimmed().isEmpty()) {
        context.err() << QCoreApplication::translate("Cli", "codes search needs a query and a positive --limit.")
                      << '\n'
                      << usage;
        return ExitUsage;
    }
    CodeSystemRegistry registry;
    loadCache(CodeListCache(), registry, context);
    const CodeList* list = registry.find(parser.value(systemOption));
    if (!list) {
        context.err() << QCoreApplication::translate("Cli", "No code list %1 is imported; run codes import first.")
                             .arg(CodeSystemUrl::canonical(parser.value(systemOption)))
                      << '\n';
        return ExitFailed;
    }
    const Icd10Index index(*list);
    const QList<Icd10SearchHit> hits = index.search(query, limit);
    for (qsizetype i = 0; i < hits.size(); ++i) {
        const Icd10SearchHit& hit = hits.at(i);
        JsonLine line;
        line.add(QStringLiteral("code"), hit.code);
        if (CodeSystemUrl::isIcd10(list->url()))
            line.add(QStringLiteral("displayCode"), CodeSystemUrl::displayIcd10Code(hit.code));
        context.out() << line.add(QStringLiteral("display"), hit.display)
                             .add(QStringLiteral("system"), list->at(hit.index).system)
                             .add(QStringLiteral("version"), list->version())
                             .addRaw(QStringLiteral("rank"), QString::number(i + 1))
                             .add(QStringLiteral("kind"), kindName(hit.kind))
                             .toString()
                      << '\n';
    }
    return ExitOk;
}

int CodesCommand::runInfo(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    if (const auto status = parse(parser, arguments, context))
        return *status;
    if (!parser.positionalArguments().isEmpty()) {
        context.err() << usage;
        return ExitUsage;
    }
    const CodeListCache cache;
    CodeSystemRegistry registry;
    const CodeListCache::LoadReport report = cache.loadAll();
    for (const CodeList& list : report.lists)
        registry.add(list);
    QStringList systems;
    for (const CodeList* list : registry.lists()) {
        systems.append(JsonLine()
                           .add(QStringLiteral("url"), list->url())
                           .add(QStringLiteral("version"), list->version())
                           .add(QStringLiteral("kind"), kindName(list->kind()))
                           .add(QStringLiteral("title"), list->title())
                           .addRaw(QStringLiteral("concepts"), QString::number(list->size()))
                           .add(QStringLiteral("icd10Attributes"), list->hasIcd10Attributes())
                           .toString());
    }
    QStringList problems;
    for (const Error& problem : report.problems)
        problems.append(problem.code);
    context.out() << JsonLine()
                         .add(QStringLiteral("cachePath"), cache.directory())
                         .addRaw(QStringLiteral("systems"), u'[' + systems.join(u',') + u']')
                         .add(QStringLiteral("problems"), problems)
                         .toString()
                  << '\n';
    return report.problems.isEmpty() ? ExitOk : ExitFailed;
}

} // namespace Meldeklient::Cli

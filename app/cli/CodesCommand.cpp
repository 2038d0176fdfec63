#include "cli/CodesCommand.h"

#include "cli/CliContext.h"
#include "cli/JsonLine.h"
#include "core/common/InputFile.h"
#include "core/codes/CodeListCache.h"
#include "core/codes/CodeListFileImporter.h"
#include "core/codes/CodeListInstaller.h"
#include "core/codes/CodeSystemRegistry.h"
#include "core/codes/CodeSystemUrl.h"
#include "core/codes/CodeListDownload.h"
#include "core/codes/CodeListEndpoints.h"
#include "core/config/Configuration.h"
#include "core/codes/Icd10Index.h"
#include "core/codes/KoderResponseParser.h"
#include "core/codes/KoteIcd10Importer.h"
#include "core/codes/MunicipalityStore.h"
#include "core/codes/XlsxSheetReader.h"
#include "core/codes/StandardCodeLists.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QUrl>

namespace Meldeklient::Cli {

using namespace Meldeklient::Codes;

namespace {
const QString usage =
    QStringLiteral("meldeklient-cli codes import [--format kote-json|kote-xlsx|fhir-json|iris|csv] [--system URL] "
                   "[--version V] PATH...\n"
                   "meldeklient-cli codes search [--limit N] [--system URL] QUERY\n"
                   "meldeklient-cli codes info\n"
                   "meldeklient-cli codes import --format klass-json CODES.json [CHANGES.json]\n"
                   "meldeklient-cli codes fetch icd10-no|fhi-7110|municipalities [--url URL]\n"
                   "meldeklient-cli codes remove URL|municipalities\n");

// Downloads one file, waiting for it (the command-line tool has no other work meanwhile).
Result<CodeListDownload::Body> download(const QUrl& url, const QByteArray& accept)
{
    QNetworkAccessManager network;
    CodeListDownload fetch(&network);
    QEventLoop loop;
    QObject::connect(&fetch, &CodeListDownload::finished, &loop, &QEventLoop::quit);
    fetch.start(url, accept);
    if (!fetch.isFinished())
        loop.exec();
    return fetch.result();
}


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
    if (sub == u"remove")
        return runRemove(arguments.mid(1), context);
    if (sub == u"fetch")
        return runFetch(arguments.mid(1), context);
    if (sub == u"--help" || sub == u"-h") {
        context.out() << usage;
        return ExitOk;
    }
    context.err() << QCoreApplication::translate("Cli", "codes needs a sub-command: import, fetch, search, info or remove.") << '\n'
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
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QCoreApplication::translate("Cli",
            "File format: kote-json or kote-xlsx (Norwegian ICD-10), klass-json (municipalities), fhir-json, iris, csv "
            "(default: recognised by content)."),
        QStringLiteral("FORMAT"));
    parser.addOption(systemOption);
    parser.addOption(versionOption);
    parser.addOption(formatOption);
    if (const auto status = parse(parser, arguments, context))
        return *status;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        context.err() << QCoreApplication::translate("Cli", "codes import needs at least one file.") << '\n' << usage;
        return ExitUsage;
    }
    const CodeListFileImporter::Options options {parser.value(systemOption), parser.value(versionOption)};
    if (parser.value(formatOption) == u"klass-json")
        return importMunicipalities(paths, context);
    std::optional<CodeListFileImporter::Format> format;
    if (parser.isSet(formatOption)) {
        format = CodeListFileImporter::formatNamed(parser.value(formatOption));
        if (!format) {
            context.err() << QCoreApplication::translate("Cli", "Unknown format %1.").arg(parser.value(formatOption))
                          << '\n'
                          << usage;
            return ExitUsage;
        }
    }
    if (parser.isSet(systemOption)) {
        if (Result<void> valid = CodeListInstaller::validateUrl(CodeSystemUrl::canonical(options.system)); !valid)
            return context.fail(valid.error());
    }
    if (Result<void> valid = CodeListInstaller::validateVersion(options.version); !valid)
        return context.fail(valid.error());

    // Read every file before saving any, so a bad file in the batch changes nothing.
    QList<CodeList> imported;
    for (const QString& path : paths) {
        Result<CodeList> list = CodeListFileImporter::importFile(path, options, format);
        if (!list) {
            context.err() << QFileInfo(path).fileName() << ": " << list.error().message << " [" << list.error().code
                          << "]\n";
            return InputFile::isInputError(list.error()) ? ExitUsage : ExitFailed; // unreadable input: 2
        }
        imported.append(std::move(list).value());
    }
    const CodeListInstaller installer {CodeListCache()};
    for (qsizetype i = 0; i < imported.size(); ++i) {
        Result<CodeListInstaller::Outcome> installed = installer.install(imported.at(i));
        if (!installed) {
            context.err() << QFileInfo(paths.at(i)).fileName() << ": " << installed.error().message << " ["
                          << installed.error().code << "]\n";
            return ExitFailed;
        }
        const CodeList& list = installed->installed;
        context.out() << JsonLine()
                             .add(QStringLiteral("file"), QFileInfo(paths.at(i)).fileName())
                             .add(QStringLiteral("url"), list.url())
                             .add(QStringLiteral("version"), list.version())
                             .add(QStringLiteral("kind"), kindName(list.kind()))
                             .addRaw(QStringLiteral("concepts"), QString::number(list.size()))
                             .add(QStringLiteral("icd10Attributes"), list.hasIcd10Attributes())
                             .add(QStringLiteral("source"), list.source())
                             .add(QStringLiteral("sha256"), list.sourceSha256())
                             .add(QStringLiteral("replacedVersion"), installed->replacedVersion)
                             .add(QStringLiteral("rulesJoined"), installed->rulesJoined)
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
    for (const Error& problem : StandardCodeLists::loadInto(registry, CodeListCache()))
        context.err() << problem.message << '\n';
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
    // Summaries only: a large list is never parsed to be listed.
    const CodeListCache cache;
    QList<Error> problemList;
    const QList<CodeListCache::Summary> summaries = cache.summaries(&problemList);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList systems;
    for (const CodeListCache::Summary& summary : summaries) {
        JsonLine line;
        line.add(QStringLiteral("url"), summary.url)
            .add(QStringLiteral("version"), summary.version)
            .add(QStringLiteral("kind"), summary.kind)
            .add(QStringLiteral("title"), summary.title)
            .addRaw(QStringLiteral("concepts"), QString::number(summary.concepts))
            .add(QStringLiteral("icd10Attributes"), summary.icd10Attributes)
            .add(QStringLiteral("source"), summary.source)
            .add(QStringLiteral("sha256"), summary.sourceSha256);
        if (summary.importedAt.isValid()) {
            line.add(QStringLiteral("importedAt"), summary.importedAt.toString(Qt::ISODate))
                .addRaw(QStringLiteral("ageDays"), QString::number(summary.importedAt.daysTo(now)));
        }
        systems.append(line.toString());
    }
    QStringList builtIn;
    for (const CodeList& shipped : StandardCodeLists::builtIn()) {
        builtIn.append(JsonLine()
                           .add(QStringLiteral("url"), shipped.url())
                           .add(QStringLiteral("version"), shipped.version())
                           .add(QStringLiteral("kind"), kindName(shipped.kind()))
                           .add(QStringLiteral("title"), shipped.title())
                           .addRaw(QStringLiteral("concepts"), QString::number(shipped.size()))
                           .add(QStringLiteral("source"), QStringLiteral("built-in"))
                           .toString());
    }
    if (const std::optional<MunicipalityStore::Info> municipalities = MunicipalityStore().info()) {
        systems.append(JsonLine()
                           .add(QStringLiteral("url"), MunicipalityList::url.toString())
                           .add(QStringLiteral("title"), QStringLiteral("Kommuner (SSB Klass 131)"))
                           .addRaw(QStringLiteral("concepts"), QString::number(municipalities->codes))
                           .addRaw(QStringLiteral("changes"), QString::number(municipalities->changes))
                           .add(QStringLiteral("source"), QStringLiteral("klass-json"))
                           .add(QStringLiteral("sha256"), municipalities->sha256)
                           .add(QStringLiteral("attribution"), MunicipalityList::attribution.toString())
                           .add(QStringLiteral("importedAt"), municipalities->importedAt.toString(Qt::ISODate))
                           .addRaw(QStringLiteral("ageDays"), QString::number(municipalities->importedAt.daysTo(now)))
                           .toString());
    }
    QStringList problems;
    for (const Error& problem : problemList)
        problems.append(problem.code);
    context.out() << JsonLine()
                         .add(QStringLiteral("cachePath"), cache.directory())
                         .addRaw(QStringLiteral("systems"), u'[' + systems.join(u',') + u']')
                         .addRaw(QStringLiteral("builtIn"), u'[' + builtIn.join(u',') + u']')
                         .add(QStringLiteral("problems"), problems)
                         .toString()
                  << '\n';
    return problemList.isEmpty() ? ExitOk : ExitFailed;
}

int CodesCommand::runRemove(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    if (const auto status = parse(parser, arguments, context))
        return *status;
    if (parser.positionalArguments().size() != 1) {
        context.err() << QCoreApplication::translate("Cli", "codes remove needs the URL of one imported list.") << '\n'
                      << usage;
        return ExitUsage;
    }
    if (parser.positionalArguments().constFirst() == u"municipalities") {
        if (!MunicipalityStore().remove()) {
            return context.fail(Error {QStringLiteral("codes-not-imported"),
                QCoreApplication::translate("Cli", "No municipality list is imported.")});
        }
        context.out() << JsonLine().add(QStringLiteral("removed"), QStringLiteral("municipalities")).toString() << '\n';
        return ExitOk;
    }
    const QString url = CodeSystemUrl::canonical(parser.positionalArguments().constFirst());
    if (Result<void> removed = CodeListInstaller(CodeListCache()).remove(url); !removed)
        return context.fail(removed.error());
    context.out() << JsonLine().add(QStringLiteral("removed"), url).toString() << '\n';
    return ExitOk;
}

int CodesCommand::importMunicipalities(const QStringList& paths, CliContext& context)
{
    QByteArray codes;
    QByteArray changes;
    for (const QString& path : paths) {
        QFile file(path);
        if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
            return context.fail(Error {QStringLiteral("codes-file"),
                QCoreApplication::translate("Codes", "Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString())});
        }
        const QByteArray content = file.read(64 * 1024 * 1024);
        (MunicipalityList::isChangesJson(content) ? changes : codes) = content;
    }
    if (codes.isEmpty()) {
        context.err() << QCoreApplication::translate("Cli", "codes import --format klass-json needs the codes file.")
                      << '\n'
                      << usage;
        return ExitUsage;
    }
    return printMunicipalities(MunicipalityStore().save(codes, changes), context);
}

int CodesCommand::printMunicipalities(const Result<MunicipalityList>& saved, CliContext& context)
{
    if (!saved)
        return context.fail(saved.error());
    context.out() << JsonLine()
                         .add(QStringLiteral("url"), MunicipalityList::url.toString())
                         .addRaw(QStringLiteral("concepts"), QString::number(saved->all().size()))
                         .addRaw(QStringLiteral("changes"), QString::number(saved->changes().size()))
                         .addRaw(QStringLiteral("validToday"),
                             QString::number(saved->validOn(QDate::currentDate()).size()))
                         .add(QStringLiteral("attribution"), MunicipalityList::attribution.toString())
                         .toString()
                  << '\n';
    return ExitOk;
}

int CodesCommand::runFetch(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption urlOption(QStringLiteral("url"),
        QCoreApplication::translate("Cli", "Where to fetch from instead of the national default."), QStringLiteral("URL"));
    parser.addOption(urlOption);
    if (const auto status = parse(parser, arguments, context))
        return *status;
    const QString what = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1
        || (what != u"icd10-no" && what != u"fhi-7110" && what != u"municipalities")) {
        context.err() << QCoreApplication::translate("Cli", "codes fetch needs one of icd10-no, fhi-7110, municipalities.")
                      << '\n'
                      << usage;
        return ExitUsage;
    }
    const Result<Config::Configuration> configuration = Config::Configuration::load();
    if (!configuration)
        return context.fail(configuration.error());
    using Source = CodeListEndpoints::Source;
    const Source source = what == u"icd10-no" ? Source::Icd10No
        : what == u"fhi-7110"                 ? Source::FhiCauseSet
                                              : Source::Municipalities;
    const Result<QUrl> url = CodeListEndpoints::fetchUrl(*configuration, source, parser.value(urlOption));
    if (!url)
        return context.fail(url.error());
    const CodeListCache cache;
    if (what == u"municipalities") {
        QString base = url->toString();
        if (!base.endsWith(u'/'))
            base += u'/';
        // One ranged call each; the format is chosen with Accept (the .json suffix is deprecated).
        const Result<CodeListDownload::Body> codes = download(QUrl(base + QStringLiteral("codes?from=1977-01-01")),
            QByteArrayLiteral("application/json"));
        if (!codes)
            return context.fail(codes.error());
        const Result<CodeListDownload::Body> changes = download(QUrl(base + QStringLiteral("changes?from=1977-01-01")),
            QByteArrayLiteral("application/json"));
        if (!changes)
            return context.fail(changes.error());
        return printMunicipalities(MunicipalityStore().save(codes->bytes, changes->bytes), context);
    }
    const Result<CodeListDownload::Body> body = download(*url, QByteArrayLiteral("application/json"));
    if (!body)
        return context.fail(body.error());
    std::optional<CodeList> list;
    QString shape;
    if (what == u"icd10-no") {
        Result<CodeList> imported = XlsxSheetReader::looksLikeZip(body->bytes) ? KoteIcd10Importer::importXlsx(body->bytes)
                                                                               : KoteIcd10Importer::importJson(body->bytes);
        if (!imported)
            return context.fail(imported.error());
        list = std::move(imported).value();
    } else {
        Result<KoderResponseParser::Parsed> parsed = KoderResponseParser::parse(body->bytes);
        if (!parsed)
            return context.fail(parsed.error());
        shape = KoderResponseParser::shapeName(parsed->shape);
        list = parsed->list;
    }
    // Same file as the installed list: nothing to do (KoTe sends no ETag, so the hash decides).
    if (Result<CodeList> current = cache.load(list->url()); current && current->sourceSha256() == body->sha256) {
        context.out() << JsonLine()
                             .add(QStringLiteral("url"), list->url())
                             .add(QStringLiteral("version"), current->version())
                             .add(QStringLiteral("sha256"), body->sha256)
                             .add(QStringLiteral("outcome"), QStringLiteral("unchanged"))
                             .toString()
                      << '\n';
        return ExitOk;
    }
    Result<CodeListInstaller::Outcome> installed = CodeListInstaller(cache).install(*list);
    if (!installed)
        return context.fail(installed.error());
    JsonLine line;
    line.add(QStringLiteral("url"), installed->installed.url())
        .add(QStringLiteral("version"), installed->installed.version())
        .addRaw(QStringLiteral("concepts"), QString::number(installed->installed.size()))
        .add(QStringLiteral("sha256"), body->sha256)
        .add(QStringLiteral("outcome"), QStringLiteral("updated"))
        .add(QStringLiteral("replacedVersion"), installed->replacedVersion);
    if (!shape.isEmpty())
        line.add(QStringLiteral("shape"), shape);
    context.out() << line.toString() << '\n';
    return ExitOk;
}

} // namespace Meldeklient::Cli

// ICD-10 figures in one run: Iris import, cache save/load, index build, type-ahead search p50/p99 beside a naive
// linear scan of the same labels, and resident memory before and after loading ICD-10.
// Wall-clock and CPU time are both printed: on a shared machine the wall clock includes waiting for a core.
#include "core/codes/CodeListCache.h"
#include "core/codes/Icd10Index.h"
#include "core/codes/IrisIcd10Importer.h"

#include <QCoreApplication>
#include <QDir>
#include "KeystrokeTiming.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Meldeklient;
using namespace Meldeklient::Codes;
using Meldeklient::Bench::Percentiles;
using Meldeklient::Bench::perQuery;

namespace {
double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Timing {
    double wallMs;
    double cpuMs;
};

template <typename F>
Timing medianOf(int runs, F&& work)
{
    std::vector<double> walls;
    std::vector<double> cpus;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        work();
        walls.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        cpus.push_back(cpuMs() - cpuStart);
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls[walls.size() / 2], cpus[cpus.size() / 2]};
}

// What a first version would do: lower-case every label and look for the query anywhere in it.
qsizetype naiveSearch(const CodeList& list, const QString& query, qsizetype limit)
{
    const QString needle = query.toLower();
    const QString codePrefix = query.toUpper();
    qsizetype found = 0;
    for (const CodeConcept& concept_ : list.concepts()) {
        if (concept_.code.startsWith(codePrefix) || concept_.display.toLower().contains(needle))
            ++found;
    }
    return std::min(found, limit);
}

QStringList keystrokes()
{
    return Bench::keystrokes({"pneumonia", "hjerteinfarkt", "myocardial infarction", "I21", "c34.9", "sepsis",
             "acute kidney failure", "lungekreft", "J18.9", "alzheimer"});
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString folder = qEnvironmentVariable("MELDEKLIENT_REFERENCE_DIR") + QStringLiteral("/icd10-iris");
    const QString validPath = folder + u'/' + IrisIcd10Importer::validCodesFileName;
    const QString restrictionsPath = folder + u'/' + IrisIcd10Importer::nonConsistentFileName;
    if (!QFileInfo::exists(validPath) || !QFileInfo::exists(restrictionsPath)) {
        std::printf("BenchCodes: Iris tables absent under %s (set MELDEKLIENT_REFERENCE_DIR); nothing measured\n",
            qPrintable(folder));
        return 0;
    }
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QByteArray load = loadavg.open(QIODevice::ReadOnly) ? loadavg.readAll().trimmed() : QByteArray("?");
    const long rssBefore = residentKb();

    const QByteArray valid = readAll(validPath);
    const QByteArray restrictions = readAll(restrictionsPath);
    // Memory first, with one import and one index, before repeated runs fragment the heap.
    const long rssWithFiles = residentKb();
    const size_t heapBefore = mallinfo2().uordblks;
    CodeList list = *IrisIcd10Importer::import(valid, restrictions);
    const size_t heapList = mallinfo2().uordblks;
    Icd10Index index(list);
    const size_t heapIndex = mallinfo2().uordblks;
    const long rssLoaded = residentKb();
    malloc_trim(0); // hand freed import buffers back, so the figure shows what stays in use
    const long rssTrimmed = residentKb();

    const Timing import = medianOf(5, [&] { list = *IrisIcd10Importer::import(valid, restrictions); });

    QTemporaryDir dir;
    const CodeListCache cache(dir.path());
    const Timing save = medianOf(5, [&] { (void)cache.save(list); });
    CodeListCache::LoadReport loaded;
    const Timing load_ = medianOf(5, [&] { loaded = cache.loadAll(); });
    const bool identical = loaded.lists.size() == 1 && loaded.lists.first() == list;
    const qint64 cacheBytes = QFileInfo(cache.filePath(list.url())).size();

    const Timing build = medianOf(5, [&] { index = Icd10Index(list); });

    const QStringList queries = keystrokes();
    const int rounds = 50;
    qsizetype sink = 0;
    const Percentiles ours = perQuery(queries, rounds, [&](const QString& q) { sink += index.search(q, 20).size(); });
    const Percentiles naive = perQuery(queries, 5, [&](const QString& q) { sink += naiveSearch(list, q, 20); });

    std::printf("BenchCodes: %lld ICD-10 codes (Iris %s), load average %s\n", static_cast<long long>(list.size()),
        qPrintable(list.version()), load.constData());
    std::printf("  Iris import, both files (%.1f MB)   wall %7.1f ms   cpu %7.1f ms  (median of 5)\n",
        static_cast<double>(valid.size() + restrictions.size()) / 1e6, import.wallMs, import.cpuMs);
    std::printf("  cache save (%.2f MB CBOR)            wall %7.1f ms   cpu %7.1f ms\n",
        static_cast<double>(cacheBytes) / 1e6, save.wallMs, save.cpuMs);
    std::printf("  cache load (checksum + parse)       wall %7.1f ms   cpu %7.1f ms   round trip %s\n", load_.wallMs,
        load_.cpuMs, identical ? "identical" : "DIFFERS");
    std::printf("  search index build                  wall %7.1f ms   cpu %7.1f ms\n", build.wallMs, build.cpuMs);
    std::printf("  type-ahead, %lld keystroke queries x %d rounds, top 20:\n", static_cast<long long>(queries.size()),
        rounds);
    std::printf("    Icd10Index::search        p50 %8.1f us   p99 %8.1f us   max %8.1f us\n", ours.p50, ours.p99,
        ours.max);
    std::printf("    naive lower+contains scan p50 %8.1f us   p99 %8.1f us   max %8.1f us  (5 rounds)\n", naive.p50,
        naive.p99, naive.max);
    std::printf("    speed-up at p50 %.0fx, at p99 %.0fx\n", naive.p50 / ours.p50, naive.p99 / ours.p99);
    std::printf("  resident memory (VmRSS): %ld kB at start, %ld kB with the raw files read,\n", rssBefore,
        rssWithFiles);
    std::printf("    %ld kB after import + index (+%ld kB), %ld kB after malloc_trim (+%ld kB over start)\n",
        rssLoaded, rssLoaded - rssWithFiles, rssTrimmed, rssTrimmed - rssBefore);
    std::printf("  heap in use (mallinfo2): ICD-10 list %.1f MB, search index %.1f MB\n",
        static_cast<double>(heapList - heapBefore) / 1e6, static_cast<double>(heapIndex - heapList) / 1e6);
    return sink > 0 ? 0 : 1;
}

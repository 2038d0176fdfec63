// What durability and encryption cost in the outbox: enqueue latency with synchronous=FULL (the product) beside
// synchronous=OFF (no fsync: the naive baseline), and AES-256-GCM per payload, in one run on the same disk.
#include "core/outbox/OutboxDataKey.h"
#include "core/outbox/OutboxStore.h"
#include "core/outbox/PayloadCipher.h"

#include "unit/outbox/MemorySecretStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Meldeklient::Outbox;

namespace {
constexpr int Enqueues = 1000;
// Keeps the measured loops from being optimised away.
volatile qsizetype sink = 0;

// A death notification body of realistic size (a QuestionnaireResponse is a few kilobytes).
QByteArray samplePayload(int size, int seed)
{
    QByteArray payload = QByteArrayLiteral(R"({"resourceType":"QuestionnaireResponse","item":[)");
    while (payload.size() < size)
        payload += QByteArrayLiteral(R"({"linkId":"cause-)") + QByteArray::number(seed++)
            + QByteArrayLiteral(R"(","answer":[{"valueString":"Akutt hjerteinfarkt"}]},)");
    payload.truncate(size);
    return payload;
}

struct Latency {
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    double mean = 0;
};

Latency summarise(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    Latency l;
    l.p50 = samples.at(samples.size() / 2);
    l.p99 = samples.at(std::min(samples.size() - 1, samples.size() * 99 / 100));
    l.max = samples.back();
    double sum = 0;
    for (double s : samples)
        sum += s;
    l.mean = sum / static_cast<double>(samples.size());
    return l;
}

std::optional<Latency> measureEnqueue(Durability durability, const QString& folder)
{
    MemorySecretStore secrets;
    OutboxOptions options;
    options.secrets = &secrets;
    options.userKeyId = OutboxDataKey::userKeyIdFor(QStringLiteral("bench"));
    options.databasePath = folder + (durability == Durability::Full ? QStringLiteral("/full.sqlite")
                                                                    : QStringLiteral("/off.sqlite"));
    options.durability = durability;
    auto opened = OutboxStore::open(options);
    if (!opened) {
        std::printf("  open failed: %s\n", qPrintable(opened.error().code));
        return std::nullopt;
    }
    std::unique_ptr<OutboxStore> store = std::move(opened).value();
    std::vector<qint64> ids;
    ids.reserve(Enqueues);
    for (int i = 0; i < Enqueues; ++i)
        ids.push_back(store->createDraft(ItemKind::DeathPart1, samplePayload(2048, i)).value());

    std::vector<double> samples;
    samples.reserve(Enqueues);
    QElapsedTimer timer;
    for (int i = 0; i < Enqueues; ++i) {
        const QByteArray payload = samplePayload(4096, i);
        timer.start();
        const auto queued = store->enqueue(ids.at(static_cast<size_t>(i)), payload, QStringLiteral("dodsaarsak_1|1"),
            QStringLiteral("icd10=2025"));
        samples.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!queued) {
            std::printf("  enqueue failed: %s\n", qPrintable(queued.error().code));
            return std::nullopt;
        }
    }
    return summarise(std::move(samples));
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-outbox-XXXXXX")); // the build disk, not tmpfs
    if (!dir.isValid())
        return 1;

    std::printf("BenchOutbox: %d enqueues of a 4 KiB payload each (encrypt + one transaction)\n", Enqueues);
    const auto full = measureEnqueue(Durability::Full, dir.path());
    const auto off = measureEnqueue(Durability::Off, dir.path());
    if (!full || !off)
        return 1;
    std::printf("  synchronous=FULL (durable)   p50 %7.3f ms  p99 %7.3f ms  max %7.3f ms  mean %7.3f ms\n", full->p50,
        full->p99, full->max, full->mean);
    std::printf("  synchronous=OFF  (baseline)  p50 %7.3f ms  p99 %7.3f ms  max %7.3f ms  mean %7.3f ms\n", off->p50,
        off->p99, off->max, off->mean);
    std::printf("  cost of durability           p50 x%.1f, p99 x%.1f\n", full->p50 / std::max(off->p50, 1e-6),
        full->p99 / std::max(off->p99, 1e-6));

    const PayloadCipher cipher(QByteArray(PayloadCipher::KeySize, 'k'));
    const QByteArray aad = PayloadCipher::associatedData(42, QLatin1StringView("payload"));
    for (int size : {1024, 4096, 65536}) {
        const QByteArray payload = samplePayload(size, 0);
        const int rounds = size > 10000 ? 2000 : 20000;
        QElapsedTimer timer;
        timer.start();
        QByteArray blob;
        for (int i = 0; i < rounds; ++i)
            blob = cipher.encrypt(payload, aad).value();
        const double encryptUs = static_cast<double>(timer.nsecsElapsed()) / 1e3 / rounds;
        timer.restart();
        qsizetype total = 0;
        for (int i = 0; i < rounds; ++i)
            total += cipher.decrypt(blob, aad).value().size();
        const double decryptUs = static_cast<double>(timer.nsecsElapsed()) / 1e3 / rounds;
        timer.restart();
        for (int i = 0; i < rounds; ++i) {
            QByteArray copy(payload.constData(), payload.size()); // the floor: touching the bytes once
            total += copy.size();
        }
        const double copyUs = static_cast<double>(timer.nsecsElapsed()) / 1e3 / rounds;
        sink = total;
        std::printf("  AES-256-GCM %6d B payload  encrypt %7.2f us  decrypt %7.2f us  (plain copy %5.2f us)\n", size,
            encryptUs, decryptUs, copyUs);
    }
    return 0;
}

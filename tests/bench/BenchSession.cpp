// Does the application layer block the GUI thread? The calls the window makes on its own thread, timed where they
// run: queueing a death (Del 1 + Del 2 in one durable transaction, synchronous=FULL), autosaving a draft (one
// durable statement), reading the stored session from the OS keychain (QtKeychain over D-Bus, gnome-keyring under
// tests/support/with-test-session.sh). A frame at 60 Hz is 16 ms: a p99 above it would be a visible stall.
#include "core/auth/StoredSession.h"
#include "core/common/KeychainSecretStore.h"
#include "core/outbox/ItemKind.h"
#include "core/outbox/OutboxStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Meldeklient;
using namespace Meldeklient::Outbox;

namespace {
constexpr int Rounds = 300;
constexpr double FrameMs = 16.0;

struct Latency {
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

Latency summarise(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples.at(samples.size() / 2), samples.at(std::min(samples.size() - 1, samples.size() * 99 / 100)),
        samples.back()};
}

void print(const char* what, const Latency& latency)
{
    std::printf("%-44s p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms   %s\n", what, latency.p50, latency.p99, latency.max,
        latency.p99 > FrameMs ? "BLOCKS A FRAME" : "within a frame");
}

QByteArray payload(int size)
{
    QByteArray bytes(size, 'x');
    bytes.prepend(R"({"resourceType":"QuestionnaireResponse","item":[)");
    return bytes;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir folder;
    if (!folder.isValid())
        return 1;
    const bool keychain = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
    if (!keychain)
        std::printf("No D-Bus session bus: run under tests/support/with-test-session.sh for the keychain figures.\n");
    if (!keychain)
        return 0;
    KeychainSecretStore secrets(QStringLiteral("no.meldeklient.bench.") + QUuid::createUuid().toString(QUuid::WithoutBraces));

    OutboxOptions options;
    options.userKeyId = QStringLiteral("bench-session-0123456789abcdef");
    options.secrets = &secrets;
    options.databasePath = folder.filePath(QStringLiteral("outbox.sqlite"));
    auto opened = OutboxStore::open(options);
    if (!opened) {
        std::printf("outbox: %s\n", qPrintable(opened.error().code));
        return 1;
    }
    std::unique_ptr<OutboxStore> store = std::move(opened).value();

    std::vector<double> enqueue;
    std::vector<double> draft;
    std::vector<double> keychainRead;
    const QByteArray part1 = payload(1500);
    const QByteArray part2 = payload(6000);
    const qint64 draftId = store->createDraft(ItemKind::DeathPart1, "{}").value();
    Auth::StoredSession session;
    session.issuer = QStringLiteral("https://bench.invalid");
    session.clientId = QStringLiteral("bench");
    session.refreshToken = QStringLiteral("r").repeated(600);
    session.subject = QStringLiteral("bench-subject");
    if (!session.write(secrets)) {
        std::printf("keychain write failed\n");
        return 1;
    }
    QElapsedTimer timer;
    for (int i = 0; i < Rounds; ++i) {
        timer.start();
        const auto ids = store->enqueueLinked({{ItemKind::DeathPart1, part1, {}},
                                                  {ItemKind::DeathPart2, part2, {}}},
            QStringLiteral("form"), QStringLiteral("lists"), store->subjectTag(QString::number(i)));
        enqueue.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!ids)
            return 1;

        timer.start();
        if (!store->saveDraft(draftId, payload(4000 + i)))
            return 1;
        draft.push_back(double(timer.nsecsElapsed()) / 1e6);

        timer.start();
        if (!Auth::StoredSession::read(secrets))
            return 1;
        keychainRead.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    (void)Auth::StoredSession::remove(secrets);
    std::printf("On the calling thread, %d rounds each (synchronous=FULL, real keychain):\n", Rounds);
    print("queue Del 1 + Del 2 (enqueueLinked)", summarise(enqueue));
    print("autosave a draft (saveDraft)", summarise(draft));
    print("read the stored session (keychain)", summarise(keychainRead));
    return 0;
}

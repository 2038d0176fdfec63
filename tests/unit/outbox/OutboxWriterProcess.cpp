// Helper for TestOutboxStoreProcesses: opens an outbox with the real keychain and either writes until it is killed
// ("write") or holds the file open ("hold"). Every line it prints is printed after the change it reports committed.
//   OutboxWriterProcess write|hold DATABASE KEYCHAIN-SERVICE USER-KEY-ID
#include "core/common/KeychainSecretStore.h"
#include "core/outbox/OutboxStore.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace Meldeklient;
using namespace Meldeklient::Outbox;

namespace {
void say(const QByteArray& line)
{
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 64;
    KeychainSecretStore secrets(args.at(3));
    OutboxOptions options;
    options.databasePath = args.at(2);
    options.secrets = &secrets;
    options.userKeyId = args.at(4);
    auto opened = OutboxStore::open(options);
    if (!opened) {
        say("error " + opened.error().code.toUtf8());
        return 2;
    }
    std::unique_ptr<OutboxStore> store = std::move(opened).value();
    say("opened");
    if (args.at(1) == "hold") {
        for (;;)
            QThread::sleep(1);
    }
    for (int i = 0; i < 100000; ++i) {
        const QByteArray tag = QByteArray::number(QCoreApplication::applicationPid()) + "-" + QByteArray::number(i);
        const auto id = store->createDraft(Outbox::ItemKind::DeathPart1, "draft-" + tag);
        if (!id || !store->enqueue(id.value(), "payload-" + tag + QByteArray(2048, 'p'), "f", "c")) {
            say("failed");
            return 3;
        }
        say("committed " + QByteArray::number(id.value()) + " " + tag);
        if (i % 3 == 0) {
            if (!store->claim(id.value()))
                return 3;
            say("claimed " + QByteArray::number(id.value()));
        }
    }
    return 0;
}

// Draining the outbox against the national API sandbox, beside a plain HTTP client posting the same bodies in the
// same run: 1,000 death notifications (Del 1 + Del 2, so 2,000 requests) each way, sequential, DPoP-signed, on
// loopback. The difference is what the outbox adds (claims, encrypted receipts, fsync'ed state changes).
#include "auth/SignInHarness.h"
#include "core/api/ApiClient.h"
#include "core/api/NhnRestTransport.h"
#include "core/api/OutboxSender.h"
#include "core/api/SubmissionDocument.h"
#include "core/common/SecureRandom.h"
#include "core/notification/NotificationBundle.h"
#include "core/outbox/OutboxStore.h"
#include "core/questionnaire/Questionnaire.h"
#include "support/DeathNotificationFixture.h"
#include "support/SandboxProcess.h"
#include "support/SyntheticPersons.h"
#include "unit/outbox/MemorySecretStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace Meldeklient;

namespace {
constexpr int Notifications = 1000;

QList<QList<Api::SubmissionDocument>> notifications(int count)
{
    const auto form = Questionnaire::Questionnaire::fromFile(":/forms/dodsaarsak.json");
    QList<QList<Api::SubmissionDocument>> all;
    const QStringList numbers = Test::SyntheticPersons::personNumbers(count, 5);
    for (const QString& number : numbers) {
        const QJsonObject bundle = Test::DeathNotificationFixture::natural(form.value())
                                       .bundle(Test::DeathNotificationFixture::residentPatient(
                                           number, "2026-11-20T03:10:00+01:00"));
        const auto parsed = Notification::NotificationBundle::fromJson(QJsonDocument(bundle).toJson());
        all.append(Api::SubmissionDocument::forDeath(parsed.value()).value());
    }
    return all;
}

// The plain client: one POST, DPoP-signed with the same session, answered before the next is sent.
QByteArray post(Test::SignInHarness& harness, const QUrl& url, const QByteArray& body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    request.setRawHeader("Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
    if (!harness.client->authorize(request, "POST"))
        return {};
    QNetworkReply* reply = harness.network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 2 ? reply->readAll()
                                                                                         : QByteArray();
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // Log lines per request would be measured too; the product logs at info level only when asked.
    QLoggingCategory::setFilterRules(QStringLiteral("meldeklient.*=false"));
    Test::SandboxProcess sandbox;
    if (!sandbox.unavailableReason().isEmpty() || !sandbox.start()) {
        std::printf("BenchOutboxDrain: SKIPPED, the sandbox cannot run: %s\n",
            qPrintable(sandbox.unavailableReason().isEmpty() ? sandbox.errorString() : sandbox.unavailableReason()));
        return 0;
    }
    // xmllint per Del 1 is a process spawn in the sandbox; both clients would pay it alike, so leave it out.
    sandbox.admin("api/settings", {{"xsdValidation", false}});

    MemorySecretStore secrets;
    Test::SignInHarness harness(sandbox, &secrets, "bench-" + QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!harness.registerClient(sandbox) || !harness.signIn({})) {
        std::printf("BenchOutboxDrain: FAILED to sign in to the sandbox\n");
        return 1;
    }
    const QUrl base = harness.environment.apiBaseUrl(QStringLiteral("nhn-rest"));
    const QList<QList<Api::SubmissionDocument>> documents = notifications(Notifications);

    // --- the outbox: enqueue, then one flush drains everything (durable as in the product, and without fsync) -----
    struct Drain {
        double ms = 0;
        Api::FlushSummary summary;
    };
    const auto drain = [&](Outbox::Durability durability, const QString& name) {
        sandbox.admin("api/reset"); // every run meets the same, empty registry
        QTemporaryDir folder;
        Outbox::OutboxOptions options;
        options.secrets = &secrets;
        options.userKeyId = QStringLiteral("bench-user-0123456789abcdef-") + name;
        options.databasePath = folder.filePath(QStringLiteral("outbox.sqlite"));
        options.durability = durability;
        auto store = Outbox::OutboxStore::open(options);
        for (const QList<Api::SubmissionDocument>& parts : documents) {
            const qint64 part1 = store.value()->createDraft(parts.at(0).kind, {}).value();
            (void)store.value()->enqueue(part1, parts.at(0).toJson(), {}, {});
            const qint64 part2 = store.value()->createDraft(parts.at(1).kind, {}, part1).value();
            (void)store.value()->enqueue(part2, parts.at(1).toJson(), {}, {});
        }
        Api::ApiClient client(*harness.client, std::make_unique<Api::NhnRestTransport>(), base);
        Api::OutboxSender sender(*store.value(), client);
        Drain result;
        QElapsedTimer timer;
        timer.start();
        QEventLoop loop;
        sender.flush([&](const Api::FlushSummary& finished) {
            result.summary = finished;
            loop.quit();
        });
        loop.exec();
        result.ms = double(timer.nsecsElapsed()) / 1e6;
        return result;
    };
    const Drain durable = drain(Outbox::Durability::Full, QStringLiteral("full"));
    const Drain volatileDrain = drain(Outbox::Durability::Off, QStringLiteral("off"));

    // --- the plain client: the same bodies, no outbox ---------------------------------------------------------------
    const Api::NhnRestTransport transport;
    sandbox.admin("api/reset");
    int plainAccepted = 0;
    QElapsedTimer plainTimer;
    plainTimer.start();
    for (const QList<Api::SubmissionDocument>& parts : documents) {
        Api::RenderContext context;
        context.document = parts.at(0);
        const QStringList steps1 = transport.steps(parts.at(0));
        const Api::ApiRequest del1 = transport.render(steps1.last(), context).value();
        QUrl url = base;
        url.setPath(base.path() + del1.path);
        const QByteArray answer = post(harness, url, del1.body);
        const auto receipt = transport.parse(steps1.last(), answer);
        if (!receipt)
            continue;
        Api::RenderContext context2;
        context2.document = parts.at(1);
        context2.parentReceiptId = receipt->id;
        const QStringList steps2 = transport.steps(parts.at(1));
        const Api::ApiRequest del2 = transport.render(steps2.last(), context2).value();
        url.setPath(base.path() + del2.path);
        if (!post(harness, url, del2.body).isEmpty())
            plainAccepted += 2;
        else
            plainAccepted += 1;
    }
    const double plainMs = double(plainTimer.nsecsElapsed()) / 1e6;

    constexpr int requests = 2 * Notifications;
    std::printf("BenchOutboxDrain: %d notifications (%d requests, nhn-rest, DPoP, sequential, loopback sandbox)\n",
        Notifications, requests);
    const auto print = [](const char* label, const Drain& d) {
        std::printf("  %-34s: %8.0f ms  %6.2f ms/request  %6.0f requests/s  (accepted %d, retrying %d, rejected %d)\n",
            label, d.ms, d.ms / requests, requests / (d.ms / 1000.0), d.summary.accepted, d.summary.retrying,
            d.summary.rejected);
    };
    print("outbox flush (synchronous=FULL)", durable);
    print("outbox flush (synchronous=OFF)", volatileDrain);
    std::printf("  %-34s: %8.0f ms  %6.2f ms/request  %6.0f requests/s  (accepted %d)\n", "plain HTTP client, same bodies",
        plainMs, plainMs / requests, requests / (plainMs / 1000.0), plainAccepted);
    std::printf("  %-34s: %8.2f x (FULL), %.2f x (OFF)\n", "outbox / plain", durable.ms / plainMs,
        volatileDrain.ms / plainMs);
    const Test::SandboxProcess::Reply records = sandbox.get("/_sandbox/api/records");
    std::printf("  %-34s: %lld deaths, %lld causes of death\n", "sandbox records (plain client run)",
        qlonglong(records.body.value("deaths").toArray().size()), qlonglong(records.body.value("causes").toArray().size()));
    return 0;
}

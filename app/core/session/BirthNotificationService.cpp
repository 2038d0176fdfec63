#include "core/session/BirthNotificationService.h"

#include "core/api/DecisionFeedPoller.h"
#include "core/api/FlushSummary.h"
#include "core/api/OutboxSender.h"
#include "core/audit/AuditLog.h"
#include "core/birth/BirthAnswers.h"
#include "core/birth/BirthBundle.h"
#include "core/birth/BirthNotificationValidator.h"
#include "core/birth/ImportedMunicipalityCheck.h"
#include "core/birth/CountryCodes.h"
#include "core/birth/FoedselsmeldingWriter.h"
#include "core/common/SecureRandom.h"
#include "core/outbox/ItemKind.h"
#include "core/outbox/OutboxStore.h"
#include "core/questionnaire/Questionnaire.h"
#include "core/session/OutboxWatcher.h"
#include "core/session/Session.h"
#include "core/session/SessionLogging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Meldeklient::Session {

using namespace Meldeklient::Outbox;
using Questionnaire::ValidationIssue;

namespace {
Error noOutbox()
{
    return Error {QStringLiteral("session-no-outbox"),
        QCoreApplication::translate("Session", "Sign in first: the outbox belongs to the signed-in person.")};
}

Error notReady()
{
    return Error {QStringLiteral("session-not-ready"),
        QCoreApplication::translate("Session", "Sign in first: Folkeregisteret is only asked for a signed-in person.")};
}

Error formMissing(const QString& why)
{
    return Error {QStringLiteral("birth-form-unavailable"),
        QCoreApplication::translate("Session", "The birth notification form cannot be read: %1").arg(why)};
}

int pollIntervalMs()
{
    const int configured = qEnvironmentVariableIntValue("MELDEKLIENT_DECISION_POLL_MS");
    return configured > 0 ? configured : BirthNotificationService::DefaultPollIntervalMs;
}
} // namespace

BirthNotificationService::BirthNotificationService(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(&session)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &BirthNotificationService::pollDecisions);
    // A sign-in makes the sender and the poller usable: read decisions that came meanwhile.
    connect(&session, &Session::stateChanged, this, [this](Session::State state) {
        if (state == Session::State::Ready)
            schedulePolling();
        else
            m_pollTimer.stop();
    });
    // Births sent by any flush (the window's outbox page, a death's) await their decision too: every change of the
    // outbox looks whether the timer must run.
    connect(&session, &Session::outboxChanged, this, &BirthNotificationService::watchOutbox);
    watchOutbox();
}

void BirthNotificationService::watchOutbox()
{
    if (OutboxWatcher* watcher = m_session ? m_session->outboxWatcher() : nullptr)
        connect(watcher, &OutboxWatcher::changed, this, &BirthNotificationService::schedulePolling, Qt::UniqueConnection);
}

BirthNotificationService::~BirthNotificationService() = default;

QString BirthNotificationService::warningId(const ValidationIssue& issue)
{
    QString id = issue.rule + u'|' + issue.linkId;
    if (issue.repeat >= 0)
        id += u'|' + QString::number(issue.repeat);
    return id;
}

const Questionnaire::Questionnaire* BirthNotificationService::form() const
{
    if (!m_form) {
        Result<Questionnaire::Questionnaire> loaded
            = Questionnaire::Questionnaire::fromFile(Birth::BirthNotificationValidator::formPath());
        if (!loaded) {
            qCWarning(lcSession) << "birth form unreadable:" << loaded.error().code;
            return nullptr;
        }
        m_form = std::make_unique<Questionnaire::Questionnaire>(std::move(loaded).value());
    }
    return m_form.get();
}

Result<Questionnaire::QuestionnaireResponse> BirthNotificationService::read(const QJsonObject& questionnaireResponse) const
{
    const Questionnaire::Questionnaire* questionnaire = form();
    if (!questionnaire)
        return formMissing(Birth::BirthNotificationValidator::formPath());
    return Birth::BirthBundle::read(*questionnaire, QJsonDocument(questionnaireResponse).toJson(QJsonDocument::Compact));
}

QList<ValidationIssue> BirthNotificationService::check(const QJsonObject& questionnaireResponse) const
{
    const auto unreadable = [](const Error& error) {
        ValidationIssue issue;
        issue.rule = QStringLiteral("birth-response-unreadable");
        issue.message = error.message;
        return QList<ValidationIssue> {issue};
    };
    const Result<Questionnaire::QuestionnaireResponse> response = read(questionnaireResponse);
    if (!response)
        return unreadable(response.error());
    return check(response.value());
}

QList<ValidationIssue> BirthNotificationService::check(const Questionnaire::QuestionnaireResponse& response) const
{
    if (!form())
        return {};
    if (!m_countriesLoaded) {
        m_countriesLoaded = true;
        Result<Birth::CountryCodes> countries = Birth::CountryCodes::load();
        if (countries)
            m_countries = std::make_unique<Birth::CountryCodes>(std::move(countries).value());
        // The imported SSB Klass 131 list, when there is one: numbers are checked against the birth date.
        m_municipalities = Birth::ImportedMunicipalityCheck::fromStore();
    }
    Birth::BirthRules::Options options;
    // Synthetic (Tenor) numbers only where the register holds synthetic people.
    options.allowSyntheticNumbers = m_session && m_session->environment().isTest;
    options.countries = m_countries.get();
    options.municipalities = m_municipalities;
    return Birth::BirthNotificationValidator(*form(), options).validate(response, QDateTime::currentDateTime());
}

Result<QueuedBirth> BirthNotificationService::queue(
    const QJsonObject& questionnaireResponse, const QStringList& confirmedWarningIds, std::optional<qint64> fromDraft)
{
    OutboxStore* store = m_session ? m_session->outbox() : nullptr;
    if (!store)
        return noOutbox();
    const QList<ValidationIssue> issues = check(questionnaireResponse);
    QJsonArray confirmed;
    for (const ValidationIssue& issue : issues) {
        if (issue.isError()) {
            return Error {QStringLiteral("birth-invalid"),
                QCoreApplication::translate("Session", "The birth notification has errors; correct them and send it again.")};
        }
        if (!confirmedWarningIds.contains(warningId(issue))) {
            return Error {QStringLiteral("birth-warning-unconfirmed"),
                QCoreApplication::translate("Session", "Confirm the warning “%1” before sending.").arg(issue.message)};
        }
        confirmed.append(warningId(issue));
    }
    const Result<Questionnaire::QuestionnaireResponse> response = read(questionnaireResponse);
    if (!response)
        return response.error();
    const Questionnaire::Questionnaire* questionnaire = form();
    const Result<QString> birthId = SecureRandom::uuidV4();
    if (!birthId)
        return birthId.error();

    Birth::FoedselsmeldingWriter::Options options;
    options.messageIdPrefix = birthId.value();
    options.now = QDateTime::currentDateTime();
    if (const std::optional<Auth::SignedInUser> user = m_session->user()) {
        options.innsenderIdentifier = user->pid;
        options.innsenderName = user->name;
    }
    const QList<Birth::BirthMessage> messages
        = Birth::FoedselsmeldingWriter::write(Birth::BirthAnswers(*questionnaire, response.value()), options);
    QList<OutboxStore::GroupPart> parts;
    for (const Birth::BirthMessage& message : messages) {
        // What the screen needs later without reading the XML, and what the midwife confirmed (encrypted).
        const QByteArray record = QJsonDocument(QJsonObject {
            {QStringLiteral("birthId"), birthId.value()},
            {QStringLiteral("childNumber"), message.childNumber},
            {QStringLiteral("liveBorn"), message.liveBorn},
            {QStringLiteral("confirmedWarnings"), confirmed},
            {QStringLiteral("checkedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        }).toJson(QJsonDocument::Compact);
        parts.append(OutboxStore::GroupPart {message.xml, record, message.messageId});
    }
    const Result<QList<qint64>> ids = store->enqueueGroup(ItemKind::Birth, parts, birthId.value(),
        questionnaire->canonical(), QString(), fromDraft);
    if (!ids)
        return ids.error();
    QStringList idTexts;
    for (qint64 id : ids.value())
        idTexts.append(QString::number(id));
    Audit::AuditLog::record(Audit::AuditAction::Submission, actorHpr(), QStringLiteral("outbox:") + idTexts.join(u','));
    qCInfo(lcSession) << "birth queued as items" << ids.value() << "with" << confirmed.size() << "confirmed warnings";
    Q_EMIT birthChanged(birthId.value());
    if (m_session->sender())
        flush();
    return QueuedBirth {birthId.value(), ids.value()};
}

QList<BirthChildStatus> BirthNotificationService::status(const QString& birthId) const
{
    QList<BirthChildStatus> children;
    OutboxStore* store = m_session ? m_session->outbox() : nullptr;
    if (!store || birthId.isEmpty())
        return children;
    const Result<QList<OutboxItem>> items = store->itemsInGroup(birthId);
    if (!items)
        return children;
    for (const OutboxItem& item : items.value()) {
        BirthChildStatus child;
        child.itemId = item.id;
        child.state = item.state;
        child.childNumber = int(children.size()) + 1;
        if (const Result<QByteArray> record = store->draftContent(item.id)) {
            const QJsonObject object = QJsonDocument::fromJson(record.value()).object();
            child.childNumber = object.value(u"childNumber").toInt(child.childNumber);
            child.liveBorn = object.value(u"liveBorn").toBool(true);
        }
        if (const Result<Receipt> receipt = store->receipt(item.id))
            child.folkeregisterReferanse = receipt->serverId;
        const Result<std::optional<RegisterDecision>> decision = store->decision(item.id);
        const bool decided = decision && decision.value() && item.state != ItemState::Sending
            && item.state != ItemState::Queued && item.state != ItemState::WaitingToRetry;
        if (decided) {
            const RegisterDecision& decidedBy = *decision.value();
            const QString reasons = decidedBy.reasons.join(QStringLiteral("; "));
            switch (decidedBy.outcome) {
            case RegisterDecision::Outcome::Registered:
                child.newIdentifier = decidedBy.newIdentifier;
                break;
            case RegisterDecision::Outcome::Refused:
                child.message = QCoreApplication::translate("Session", "Folkeregisteret refused the birth (%1): %2")
                                    .arg(decidedBy.beslutning,
                                        reasons.isEmpty() ? decidedBy.resultDescription : reasons);
                break;
            case RegisterDecision::Outcome::ManualHandling:
                child.message = QCoreApplication::translate("Session",
                    "Folkeregisteret handles the birth manually (deadline %1): %2")
                                    .arg(decidedBy.deadline.isEmpty() ? QStringLiteral("–") : decidedBy.deadline,
                                        reasons);
                break;
            }
        } else if (!item.lastErrorMessage.isEmpty()) {
            child.message = item.lastErrorMessage;
            if (item.state == ItemState::NeedsCorrection) {
                if (const Result<QByteArray> server = store->serverMessage(item.id); server && !server->isEmpty())
                    child.message += u'\n' + QString::fromUtf8(server.value());
            }
        }
        children.append(child);
    }
    std::sort(children.begin(), children.end(),
        [](const BirthChildStatus& a, const BirthChildStatus& b) { return a.childNumber < b.childNumber; });
    return children;
}

QStringList BirthNotificationService::births() const
{
    QStringList ids;
    OutboxStore* store = m_session ? m_session->outbox() : nullptr;
    if (!store)
        return ids;
    const Result<QList<OutboxItem>> items = store->items();
    if (!items)
        return ids;
    for (const OutboxItem& item : items.value()) {
        if (!item.groupId.isEmpty() && !ids.contains(item.groupId))
            ids.append(item.groupId);
    }
    return ids;
}

int BirthNotificationService::awaitingDecision() const
{
    OutboxStore* store = m_session ? m_session->outbox() : nullptr;
    if (!store)
        return 0;
    const Result<int> count = store->awaitingDecision();
    return count ? count.value() : 0;
}

QString BirthNotificationService::actorHpr() const
{
    if (m_session == nullptr)
        return {};
    const std::optional<Auth::SignedInUser> user = m_session->user();
    return user ? user->hprNumber : QString();
}

void BirthNotificationService::itemChanged(qint64 id)
{
    OutboxStore* store = m_session ? m_session->outbox() : nullptr;
    if (!store)
        return;
    const Result<OutboxItem> item = store->item(id);
    if (item && !item->groupId.isEmpty())
        Q_EMIT birthChanged(item->groupId);
}

void BirthNotificationService::schedulePolling()
{
    if (!m_session || !m_session->decisionPoller() || awaitingDecision() == 0) {
        m_pollTimer.stop();
        return;
    }
    if (!m_pollTimer.isActive())
        m_pollTimer.start(pollIntervalMs());
}

void BirthNotificationService::pollDecisions()
{
    Api::DecisionFeedPoller* poller = m_session ? m_session->decisionPoller() : nullptr;
    if (!poller) {
        QMetaObject::invokeMethod(this, [this] { Q_EMIT decisionsRead(0, notReady()); }, Qt::QueuedConnection);
        return;
    }
    m_pollTimer.stop();
    QPointer<BirthNotificationService> self(this);
    poller->poll([self](const Api::DecisionFeedPoller::Summary& summary) {
        if (!self)
            return;
        for (qint64 id : summary.changed)
            self->itemChanged(id);
        if (!summary.error.code.isEmpty())
            qCInfo(lcSession) << "birth decisions not read:" << summary.error.code;
        Q_EMIT self->decisionsRead(int(summary.changed.size()), summary.error);
        self->schedulePolling();
    });
}

void BirthNotificationService::flush()
{
    Api::OutboxSender* sender = m_session ? m_session->sender() : nullptr;
    if (!sender || m_flushing) {
        Api::FlushSummary summary;
        summary.storeErrors.append(sender ? Error {QStringLiteral("api-flush-running"),
                                                QCoreApplication::translate("Session", "Sending is already running.")}
                                          : notReady());
        QMetaObject::invokeMethod(this, [this, summary] { Q_EMIT flushFinished(summary); }, Qt::QueuedConnection);
        return;
    }
    m_flushing = true;
    QPointer<BirthNotificationService> self(this);
    const auto accepted = connect(sender, &Api::OutboxSender::itemAccepted, this,
        [this](qint64 id, const QString&) { itemChanged(id); });
    const auto rejected = connect(sender, &Api::OutboxSender::itemRejected, this,
        [this](qint64 id, const Error&) { itemChanged(id); });
    const auto retrying = connect(sender, &Api::OutboxSender::itemRetrying, this,
        [this](qint64 id, const Error&, const QDateTime&) { itemChanged(id); });
    sender->flush([self, accepted, rejected, retrying](const Api::FlushSummary& summary) {
        QObject::disconnect(accepted);
        QObject::disconnect(rejected);
        QObject::disconnect(retrying);
        if (!self)
            return;
        self->m_flushing = false;
        Q_EMIT self->flushFinished(summary);
        // Folkeregisteret decides soon after its receipt: look at once, then on the timer.
        if (summary.accepted > 0)
            self->pollDecisions();
        else
            self->schedulePolling();
    });
}

} // namespace Meldeklient::Session

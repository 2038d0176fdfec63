#include "core/session/BirthNotificationService.h"

#include "core/api/DecisionFeedPoller.h"
#include "core/api/FlushSummary.h"
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
#include "core/questionnaire/QuestionnaireResponseJson.h"
#include "core/session/OutboxFlush.h"
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

// The "corrects" object of a correction's record (queueCorrection); none for an ordinary birth.
std::optional<BirthCorrectionLink> correctionLinkFrom(const QJsonObject& object)
{
    if (object.isEmpty())
        return std::nullopt;
    return BirthCorrectionLink {object.value(u"birthId").toString(), object.value(u"childNumber").toInt(),
        object.value(u"itemId").toInteger(), object.value(u"messageId").toString(),
        object.value(u"folkeregisterReferanse").toString()};
}

QJsonObject correctionLinkJson(const BirthCorrectionLink& link)
{
    return QJsonObject {{QStringLiteral("birthId"), link.birthId}, {QStringLiteral("childNumber"), link.childNumber},
        {QStringLiteral("itemId"), link.itemId}, {QStringLiteral("messageId"), link.messageId},
        {QStringLiteral("folkeregisterReferanse"), link.folkeregisterReferanse}};
}

// A child's record, kept encrypted as its item's draft content: what the screen needs later without reading the
// XML, what the midwife confirmed, the response as sent (a correction starts from it) and, for a correction, the
// message it corrects.
QByteArray childRecord(const QString& birthId, const Birth::BirthMessage& message, const QJsonArray& confirmed,
    const QJsonObject& sent, const std::optional<BirthCorrectionLink>& corrects)
{
    QJsonObject record {
        {QStringLiteral("birthId"), birthId},
        {QStringLiteral("childNumber"), message.childNumber},
        {QStringLiteral("liveBorn"), message.liveBorn},
        {QStringLiteral("confirmedWarnings"), confirmed},
        {QStringLiteral("checkedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("response"), sent},
    };
    if (corrects)
        record.insert(QStringLiteral("corrects"), correctionLinkJson(*corrects));
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

Error unknownBirth()
{
    return Error {QStringLiteral("birth-correction-unknown-birth"),
        QCoreApplication::translate("Session", "This outbox has no birth notification with that id.")};
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
    // Every flush's answers, whoever started it, change the status of the births they belong to.
    OutboxFlush* flushes = &session.outboxFlush();
    connect(flushes, &OutboxFlush::itemAccepted, this, [this](qint64 id, const QString&) { itemChanged(id); });
    connect(flushes, &OutboxFlush::itemRejected, this, [this](qint64 id, const Error&) { itemChanged(id); });
    connect(flushes, &OutboxFlush::itemRetrying, this, [this](qint64 id, const Error&, const QDateTime&) { itemChanged(id); });
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
    const Result<QJsonArray> confirmedOrError = confirmWarnings(questionnaireResponse, confirmedWarningIds);
    if (!confirmedOrError)
        return confirmedOrError.error();
    const QJsonArray& confirmed = confirmedOrError.value();
    const Result<Questionnaire::QuestionnaireResponse> response = read(questionnaireResponse);
    if (!response)
        return response.error();
    const Questionnaire::Questionnaire* questionnaire = form();
    const Result<QString> birthId = SecureRandom::uuidV4();
    if (!birthId)
        return birthId.error();

    const QList<Birth::BirthMessage> messages = Birth::FoedselsmeldingWriter::write(
        Birth::BirthAnswers(*questionnaire, response.value()), writerOptions(birthId.value()));
    // What was sent, for a correction later (kept with each child: any child's record starts its correction).
    const QJsonObject sent = Questionnaire::QuestionnaireResponseJson::write(*questionnaire, response.value());
    QList<OutboxStore::GroupPart> parts;
    for (const Birth::BirthMessage& message : messages) {
        parts.append(OutboxStore::GroupPart {
            message.xml, childRecord(birthId.value(), message, confirmed, sent, std::nullopt), message.messageId});
    }
    return commit(birthId.value(), parts, {}, fromDraft);
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
            child.corrects = correctionLinkFrom(object.value(u"corrects").toObject());
        }
        child.messageId = item.messageId;
        child.queuedAt = item.createdAt;
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
    linkCorrections(birthId, children);
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
    if (!m_session)
        return;
    QPointer<BirthNotificationService> self(this);
    m_session->outboxFlush().flush([self](const Api::FlushSummary& summary) {
        if (!self)
            return;
        Q_EMIT self->flushFinished(summary);
        // Folkeregisteret decides soon after its receipt: look at once, then on the timer.
        if (summary.accepted > 0)
            self->pollDecisions();
        else
            self->schedulePolling();
    });
}

bool BirthNotificationService::isFlushing() const
{
    return m_session && m_session->outboxFlush().isRunning();
}

// --- corrections (queueCorrection and its links) ---------------------------------------------------------------------

Result<QJsonArray> BirthNotificationService::confirmWarnings(
    const QJsonObject& questionnaireResponse, const QStringList& confirmedIds) const
{
    QJsonArray confirmed;
    for (const ValidationIssue& issue : check(questionnaireResponse)) {
        if (issue.isError()) {
            return Error {QStringLiteral("birth-invalid"),
                QCoreApplication::translate("Session", "The birth notification has errors; correct them and send it again.")};
        }
        if (!confirmedIds.contains(warningId(issue))) {
            return Error {QStringLiteral("birth-warning-unconfirmed"),
                QCoreApplication::translate("Session", "Confirm the warning “%1” before sending.").arg(issue.message)};
        }
        confirmed.append(warningId(issue));
    }
    return confirmed;
}

Birth::FoedselsmeldingWriter::Options BirthNotificationService::writerOptions(const QString& birthId) const
{
    Birth::FoedselsmeldingWriter::Options options;
    options.messageIdPrefix = birthId;
    options.now = QDateTime::currentDateTime();
    if (const std::optional<Auth::SignedInUser> user = m_session ? m_session->user() : std::nullopt) {
        options.innsenderIdentifier = user->pid;
        options.innsenderName = user->name;
    }
    return options;
}

BirthCorrectability BirthNotificationService::correctabilityOf(const BirthChildStatus& child)
{
    if (child.correctedBy)
        return BirthCorrectability::AlreadyCorrected;
    switch (child.state) {
    case ItemState::Refused:
    case ItemState::Registered:
        return BirthCorrectability::Correctable;
    case ItemState::Queued:
    case ItemState::Sending:
    case ItemState::WaitingToRetry:
    case ItemState::AcceptedForProcessing:
        return BirthCorrectability::AwaitingDecision;
    case ItemState::Draft:
    case ItemState::NeedsCorrection:
    case ItemState::Accepted:
        return BirthCorrectability::NotReceived;
    case ItemState::Cancelled:
        return BirthCorrectability::Withdrawn;
    }
    return BirthCorrectability::NotReceived;
}

Error BirthNotificationService::correctionRefusal(BirthCorrectability correctability, int childNumber)
{
    switch (correctability) {
    case BirthCorrectability::Correctable:
        return {};
    case BirthCorrectability::AwaitingDecision:
        return Error {QStringLiteral("birth-correction-awaiting-decision"),
            QCoreApplication::translate("Session",
                "Child %1 cannot be corrected yet: Folkeregisteret has not decided on it. Wait for the decision.")
                .arg(childNumber)};
    case BirthCorrectability::AlreadyCorrected:
        return Error {QStringLiteral("birth-correction-already-corrected"),
            QCoreApplication::translate("Session",
                "Child %1 has already been corrected: follow that correction, and correct it if it is refused.")
                .arg(childNumber)};
    case BirthCorrectability::NotReceived:
        return Error {QStringLiteral("birth-correction-not-received"),
            QCoreApplication::translate("Session",
                "Child %1 cannot be corrected: Folkeregisteret never received its message. Fix it in the outbox or send "
                "a new birth notification.")
                .arg(childNumber)};
    case BirthCorrectability::Withdrawn:
        return Error {QStringLiteral("birth-correction-withdrawn"),
            QCoreApplication::translate("Session", "Child %1 cannot be corrected: its message was withdrawn, never sent.")
                .arg(childNumber)};
    }
    return {};
}

void BirthNotificationService::linkCorrections(const QString& birthId, QList<BirthChildStatus>& children) const
{
    OutboxStore* store = m_session ? m_session->outbox() : nullptr;
    QDateTime since;
    for (const BirthChildStatus& child : std::as_const(children)) {
        if (!since.isValid() || child.queuedAt < since)
            since = child.queuedAt;
    }
    const Result<QList<OutboxItem>> items = store ? store->items() : Result<QList<OutboxItem>>(QList<OutboxItem>());
    // A correction is queued after what it corrects: only later births' records are read (and decrypted).
    QHash<qint64, BirthCorrectionLink> correctedBy;
    for (const OutboxItem& item : items ? items.value() : QList<OutboxItem>()) {
        if (item.kind != ItemKind::Birth || item.groupId.isEmpty() || item.groupId == birthId
            || item.state == ItemState::Cancelled || item.createdAt < since)
            continue;
        const Result<QByteArray> record = store->draftContent(item.id);
        const QJsonObject object = record ? QJsonDocument::fromJson(record.value()).object() : QJsonObject();
        if (const std::optional<BirthCorrectionLink> corrected = correctionLinkFrom(object.value(u"corrects").toObject());
            corrected && corrected->birthId == birthId) {
            const Result<Receipt> receipt = store->receipt(item.id);
            correctedBy.insert(corrected->itemId,
                BirthCorrectionLink {item.groupId, object.value(u"childNumber").toInt(), item.id, item.messageId,
                    receipt ? receipt->serverId : QString()});
        }
    }
    for (BirthChildStatus& child : children) {
        if (correctedBy.contains(child.itemId))
            child.correctedBy = correctedBy.value(child.itemId);
        child.correctability = correctabilityOf(child);
    }
}

QList<int> BirthNotificationService::refusedChildren(const QString& birthId) const
{
    QList<int> numbers;
    for (const BirthChildStatus& child : status(birthId)) {
        if (child.state == ItemState::Refused && child.correctability == BirthCorrectability::Correctable)
            numbers.append(child.childNumber);
    }
    return numbers;
}

Result<QJsonObject> BirthNotificationService::sentResponse(const QString& birthId) const
{
    OutboxStore* store = m_session ? m_session->outbox() : nullptr;
    if (!store)
        return noOutbox();
    const Result<QList<OutboxItem>> items = store->itemsInGroup(birthId);
    if (!items || items->isEmpty() || birthId.isEmpty()) {
        return unknownBirth();
    }
    for (const OutboxItem& item : items.value()) {
        const Result<QByteArray> record = store->draftContent(item.id);
        const QJsonObject response
            = record ? QJsonDocument::fromJson(record.value()).object().value(u"response").toObject() : QJsonObject();
        if (!response.isEmpty())
            return response;
    }
    return Error {QStringLiteral("birth-response-not-stored"),
        QCoreApplication::translate("Session",
            "This birth was sent before Meldeklient kept a copy of what was sent, so the correction starts from an "
            "empty form: fill in the whole birth again as it should have been.")};
}

Result<QueuedBirth> BirthNotificationService::queueCorrection(const QString& originalBirthId,
    const QList<int>& childNumbers, const QJsonObject& questionnaireResponse, const QStringList& confirmedWarningIds,
    std::optional<qint64> fromDraft)
{
    OutboxStore* store = m_session ? m_session->outbox() : nullptr;
    if (!store)
        return noOutbox();
    const QList<BirthChildStatus> original = status(originalBirthId);
    if (original.isEmpty()) {
        return unknownBirth();
    }
    if (childNumbers.isEmpty()) {
        return Error {QStringLiteral("birth-correction-no-children"),
            QCoreApplication::translate("Session", "Choose at least one child to correct.")};
    }
    QList<BirthChildStatus> chosen;
    for (int number : childNumbers) {
        const auto found = std::find_if(original.cbegin(), original.cend(),
            [number](const BirthChildStatus& child) { return child.childNumber == number; });
        if (found == original.cend()) {
            return Error {QStringLiteral("birth-correction-unknown-child"),
                QCoreApplication::translate("Session", "The birth notification has no child %1.").arg(number)};
        }
        if (found->correctability != BirthCorrectability::Correctable)
            return correctionRefusal(found->correctability, number);
        if (std::none_of(chosen.cbegin(), chosen.cend(),
                [number](const BirthChildStatus& child) { return child.childNumber == number; }))
            chosen.append(*found);
    }
    const Result<QJsonArray> confirmed = confirmWarnings(questionnaireResponse, confirmedWarningIds);
    if (!confirmed)
        return confirmed.error();
    const Result<Questionnaire::QuestionnaireResponse> response = read(questionnaireResponse);
    if (!response)
        return response.error();
    const Questionnaire::Questionnaire* questionnaire = form();
    const Birth::BirthAnswers answers(*questionnaire, response.value());
    const Result<QString> birthId = SecureRandom::uuidV4();
    if (!birthId)
        return birthId.error();
    const QJsonObject sent = Questionnaire::QuestionnaireResponseJson::write(*questionnaire, response.value());

    QList<OutboxStore::GroupPart> parts;
    for (const BirthChildStatus& child : std::as_const(chosen)) {
        // Each child corrects its own original message: the writer runs once per child with that reference.
        Birth::FoedselsmeldingWriter::Options options = writerOptions(birthId.value());
        options.correctsMessageId = child.messageId;
        const QList<Birth::BirthMessage> messages = Birth::FoedselsmeldingWriter::write(answers, options);
        if (child.childNumber > messages.size()) {
            return Error {QStringLiteral("birth-correction-child-missing"),
                QCoreApplication::translate("Session",
                    "Child %1 is not in the corrected notification: it has %2 children.")
                    .arg(child.childNumber)
                    .arg(messages.size())};
        }
        const Birth::BirthMessage& message = messages.at(child.childNumber - 1);
        const BirthCorrectionLink corrects {
            originalBirthId, child.childNumber, child.itemId, child.messageId, child.folkeregisterReferanse};
        parts.append(OutboxStore::GroupPart {
            message.xml, childRecord(birthId.value(), message, confirmed.value(), sent, corrects), message.messageId});
    }
    return commit(birthId.value(), parts, originalBirthId, fromDraft);
}

Result<QueuedBirth> BirthNotificationService::commit(
    const QString& birthId, const QList<OutboxStore::GroupPart>& parts, const QString& correctedBirthId,
    std::optional<qint64> fromDraft)
{
    OutboxStore* store = m_session->outbox();
    const Result<QList<qint64>> ids
        = store->enqueueGroup(ItemKind::Birth, parts, birthId, form()->canonical(), QString(), fromDraft);
    if (!ids)
        return ids.error();
    QStringList idTexts;
    for (qint64 id : ids.value())
        idTexts.append(QString::number(id));
    Audit::AuditLog::record(Audit::AuditAction::Submission, actorHpr(), QStringLiteral("outbox:") + idTexts.join(u','));
    qCInfo(lcSession) << (correctedBirthId.isEmpty() ? "birth queued as items" : "birth correction queued as items")
                      << ids.value();
    Q_EMIT birthChanged(birthId);
    if (!correctedBirthId.isEmpty())
        Q_EMIT birthChanged(correctedBirthId);
    if (m_session->sender())
        flush();
    return QueuedBirth {birthId, ids.value()};
}

} // namespace Meldeklient::Session

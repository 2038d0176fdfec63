#include "gui/NotificationFlow.h"

#include "core/notification/DeathFactForm.h"
#include "core/notification/DeceasedPerson.h"
#include "core/outbox/OutboxStore.h"
#include "core/questionnaire/FormRegistry.h"
#include "core/questionnaire/QuestionnaireResponseJson.h"
#include "core/session/DeathNotificationService.h"
#include "core/session/NotificationCheck.h"
#include "core/session/PersonLookup.h"
#include "core/session/Session.h"
#include "gui/DeathConfirmation.h"
#include "gui/DraftAutosave.h"
#include "gui/IdentifierField.h"
#include "gui/IdentifyPage.h"
#include "gui/PersonCard.h"
#include "gui/ReceiptPage.h"
#include "gui/forms/DeathCauseFormWidget.h"
#include "gui/forms/DeathFactFormWidget.h"
#include "gui/forms/ReviewPage.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Meldeklient::Gui {

using Questionnaire::QuestionnaireResponse;
using Questionnaire::QuestionnaireResponseJson;
using Questionnaire::ValidationIssue;
using Service = Session::DeathNotificationService;

namespace {
QString personLabel(const Api::RegistryPerson& person)
{
    QString label = PersonCard::fullName(person);
    if (person.birthDate)
        label += QStringLiteral(", ") + NotificationFlow::tr("born %1").arg(QLocale().toString(*person.birthDate, QStringLiteral("d. MMMM yyyy")));
    return label;
}

const QString del1Part = QStringLiteral("del1");
const QString del2Part = QStringLiteral("del2");
} // namespace

NotificationFlow::NotificationFlow(Session::Session& session, const Questionnaire::FormRegistry& forms,
    const Session::NotificationCheck& check, Session::DeathNotificationService& service,
    Icd10Source icd10, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_forms(forms)
    , m_check(check)
    , m_service(service)
    , m_lookup(new Session::PersonLookup(session, this))
    , m_stepIndicator(new QLabel(this))
    , m_steps(new QStackedWidget(this))
    , m_identify(new IdentifyPage(m_steps))
    , m_icd10(std::move(icd10))
    , m_rules {session.environment().isTest}
    , m_pendingFacts(QuestionnaireResponse::withInitialValues(forms.dodsfall()))
    , m_pendingCauses(QuestionnaireResponse::withInitialValues(forms.dodsaarsak()))
    , m_review(new ReviewPage(m_steps))
    , m_receipt(new ReceiptPage(m_steps))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_next(new QPushButton(tr("&Next"), this))
{
    m_formOptions.codes = &check.registry();

    m_stepIndicator->setObjectName(QStringLiteral("stepIndicator"));
    m_identify->setObjectName(QStringLiteral("identifyStep"));
    m_receipt->setObjectName(QStringLiteral("receiptStep"));
    m_back->setObjectName(QStringLiteral("flowBackButton"));
    m_next->setObjectName(QStringLiteral("flowNextButton"));
    m_back->setAutoDefault(false);
    m_next->setAutoDefault(false);
    m_identify->setAllowSynthetic(session.environment().isTest);
    m_steps->addWidget(m_identify);
    // Places for Del 1 and Del 2, built on first use (about 80 % of the window's start-up work).
    m_steps->addWidget(new QWidget(m_steps));
    m_steps->addWidget(new QWidget(m_steps));
    m_steps->addWidget(m_review);
    m_steps->addWidget(m_receipt);

    auto* navigation = new QHBoxLayout;
    navigation->setContentsMargins(24, 0, 24, 16);
    navigation->addWidget(m_back);
    navigation->addStretch();
    navigation->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stepIndicator->setContentsMargins(24, 8, 24, 0);
    m_stepIndicator->setWordWrap(true);
    layout->addWidget(m_stepIndicator);
    // The steps scroll; the step line above and Back/Next below stay in view at any height and scale.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("flowScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_steps);
    m_scroll = scroll;
    layout->addWidget(scroll, 1);
    layout->addLayout(navigation);
    // Each step is as tall as itself, not as the tallest step (Del 2), so a short step has no empty scrolling.
    const auto fitStep = [this](int current) {
        for (int i = 0; i < m_steps->count(); ++i) {
            m_steps->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        }
        m_steps->adjustSize();
        m_scroll->ensureVisible(0, 0);
    };
    connect(m_steps, &QStackedWidget::currentChanged, this, fitStep);
    fitStep(m_steps->currentIndex());

    m_autosave = new DraftAutosave(session, Session::DraftKind::Death, [this] {
        const DeathDraft draft = currentDraft();
        // Nothing typed yet is nothing to keep.
        return DraftAutosave::Snapshot {draft.toJson(), !draft.number.trimmed().isEmpty() || draft.withoutNorwegianNumber};
    }, this);
    connect(m_autosave, &DraftAutosave::saved, this, &NotificationFlow::draftSaved);

    connect(m_identify, &IdentifyPage::lookupRequested, m_lookup, &Session::PersonLookup::lookup);
    connect(m_identify, &IdentifyPage::lookupCancelled, m_lookup, &Session::PersonLookup::cancel);
    connect(m_lookup, &Session::PersonLookup::finished, m_identify, &IdentifyPage::showLookupResult);
    connect(m_identify, &IdentifyPage::changed, this, &NotificationFlow::changed);
    connect(m_identify, &IdentifyPage::confirmedChanged, this, &NotificationFlow::updateNavigation);
    connect(m_identify, &IdentifyPage::nextRequested, this, [this] {
        m_withoutNumber = false;
        enterDeathFacts();
    });
    connect(m_identify, &IdentifyPage::noNorwegianNumberRequested, this, [this] {
        m_withoutNumber = true;
        enterDeathFacts();
    });
    connect(m_review, &ReviewPage::canSendChanged, this, [this] {
        updateNavigation();
        changed();
    });
    // Each warning ticked or unticked is saved, not only the last one (which changes canSend).
    connect(m_review, &ReviewPage::confirmationsChanged, this, &NotificationFlow::changed);
    connect(m_review, &ReviewPage::editRequested, this, [this](const QString& part, const QString& linkId) {
        const Step step = part == del1Part ? Step::DeathFacts : Step::Causes;
        if (step == Step::DeathFacts)
            goTo(Step::DeathFacts);
        else
            enterCauses();
        formOf(step)->focusLinkId(linkId);
    });
    connect(m_receipt, &ReceiptPage::newNotificationRequested, this, &NotificationFlow::startNew);
    connect(m_receipt, &ReceiptPage::outboxRequested, this, &NotificationFlow::outboxRequested);
    connect(m_back, &QPushButton::clicked, this, &NotificationFlow::back);
    connect(m_next, &QPushButton::clicked, this, &NotificationFlow::next);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { rememberFocus(now); });
    connect(&m_service, &Service::itemAccepted, this, &NotificationFlow::itemAccepted);
    connect(&m_service, &Service::itemNeedsCorrection, this, &NotificationFlow::itemNeedsCorrection);
    connect(&m_service, &Service::itemWaitingToRetry, this,
        [this](qint64 id, const Error& error, const QDateTime& nextAttempt) {
            if (id && (id == m_part1 || id == m_part2) && m_receipt->stage() != ReceiptPage::Stage::Accepted)
                m_receipt->showWaiting(error.message, nextAttempt);
        });
    connect(&m_service, &Service::flushFinished, this, [this](const Api::FlushSummary& summary) {
        if (summary.signInRequired && m_part1 && m_receipt->stage() == ReceiptPage::Stage::Sending)
            m_receipt->showSignInRequired();
    });
    goTo(Step::Identify);
}

NotificationFlow::~NotificationFlow()
{
    m_autosave->flush();
}

std::optional<qint64> NotificationFlow::draftId() const
{
    return m_autosave->id();
}

std::optional<NotificationFlow::Step> NotificationFlow::step() const
{
    const int index = m_steps->currentIndex();
    if (index < 0 || index > static_cast<int>(Step::Review))
        return std::nullopt;
    return static_cast<Step>(index);
}

QuestionnaireForm* NotificationFlow::formOf(Step step)
{
    if (step == Step::DeathFacts)
        return deathFactsForm();
    if (step == Step::Causes)
        return causesForm();
    return nullptr;
}

namespace {
// Puts `form` in the place kept for it in `steps`, keeping the current step.
void replacePlace(QStackedWidget* steps, int index, QWidget* form)
{
    const int current = steps->currentIndex();
    QWidget* place = steps->widget(index);
    steps->insertWidget(index, form);
    steps->removeWidget(place);
    place->deleteLater();
    steps->setCurrentIndex(current);
}
} // namespace

void NotificationFlow::setIcd10Index(const Codes::Icd10Index* index)
{
    m_formOptions.icd10 = index;
    if (m_deathFacts)
        m_deathFacts->setIcd10Index(index);
    if (m_causes)
        m_causes->setIcd10Index(index);
}

DeathFactFormWidget* NotificationFlow::deathFactsForm()
{
    if (!m_deathFacts) {
        m_formOptions.icd10 = m_icd10 ? m_icd10() : nullptr;
        auto* form = new DeathFactFormWidget(m_forms.dodsfall(), m_formOptions, m_rules, m_steps);
        form->setObjectName(QStringLiteral("deathFactsStep"));
        form->setResponse(m_pendingFacts);
        connect(form, &QuestionnaireForm::changed, this, &NotificationFlow::changed);
        replacePlace(m_steps, static_cast<int>(Step::DeathFacts), form);
        m_deathFacts = form;
    }
    return m_deathFacts;
}

DeathCauseFormWidget* NotificationFlow::causesForm()
{
    if (!m_causes) {
        m_formOptions.icd10 = m_icd10 ? m_icd10() : nullptr;
        auto* form = new DeathCauseFormWidget(m_forms.dodsaarsak(), m_formOptions, m_rules, m_steps);
        form->setObjectName(QStringLiteral("causesStep"));
        form->setResponse(m_pendingCauses);
        connect(form, &QuestionnaireForm::changed, this, &NotificationFlow::changed);
        replacePlace(m_steps, static_cast<int>(Step::Causes), form);
        m_causes = form;
    }
    return m_causes;
}

QuestionnaireResponse NotificationFlow::deathFactsResponse() const
{
    return m_deathFacts ? m_deathFacts->response() : m_pendingFacts;
}

QuestionnaireResponse NotificationFlow::causesResponse() const
{
    return m_causes ? m_causes->response() : m_pendingCauses;
}

void NotificationFlow::setDeathFactsResponse(const QuestionnaireResponse& response)
{
    if (m_deathFacts)
        m_deathFacts->setResponse(response);
    else
        m_pendingFacts = response;
}

void NotificationFlow::setCausesResponse(const QuestionnaireResponse& response)
{
    if (m_causes)
        m_causes->setResponse(response);
    else
        m_pendingCauses = response;
}

void NotificationFlow::goTo(Step step)
{
    (void)formOf(step); // built before it is shown
    m_steps->setCurrentIndex(static_cast<int>(step));
    updateNavigation();
    if (!m_restoring)
        changed();
}

void NotificationFlow::showReceipt()
{
    m_steps->setCurrentWidget(m_receipt);
    updateNavigation();
}

void NotificationFlow::updateNavigation()
{
    const std::optional<Step> current = step();
    const QStringList names {tr("1 Who has died"), tr("2 Del 1: the death"), tr("3 Del 2: causes of death"),
        tr("4 Check and send"), tr("5 Receipt")};
    const int index = m_steps->currentIndex();
    QStringList shown;
    for (int i = 0; i < names.size(); ++i) {
        const QString name = names.at(i).toHtmlEscaped();
        shown.append(i == index ? QStringLiteral("<b>%1</b>").arg(name) : name);
    }
    m_stepIndicator->setText(shown.join(QStringLiteral(" › ")));
    m_stepIndicator->setAccessibleName(names.value(index));
    keepNavigationLastInTabOrder();
    m_back->setVisible(current.has_value() && current != Step::Identify);
    m_next->setVisible(current.has_value());
    if (!current)
        return;
    switch (*current) {
    case Step::Identify:
        m_next->setText(tr("&Next"));
        m_next->setEnabled(m_identify->confirmedPerson().has_value());
        break;
    case Step::DeathFacts:
    case Step::Causes:
        m_next->setText(tr("&Next"));
        m_next->setEnabled(true);
        break;
    case Step::Review:
        m_next->setText(tr("&Send…"));
        m_next->setEnabled(m_review->canSend());
        break;
    }
}

void NotificationFlow::keepNavigationLastInTabOrder()
{
    // The steps build widgets as the doctor goes (the forms, the review's warnings), which Qt appends to the end of
    // the focus chain: Back and Next stay after the step's last field, as they are below it on screen.
    QWidget* last = nullptr;
    for (QWidget* widget = m_steps->nextInFocusChain(); widget && widget != m_steps;
         widget = widget->nextInFocusChain()) {
        // setTabOrder ignores a widget that takes no focus.
        if (m_steps->isAncestorOf(widget) && widget->focusPolicy() != Qt::NoFocus)
            last = widget;
    }
    if (!last)
        return;
    setTabOrder(last, m_back);
    setTabOrder(m_back, m_next);
}

void NotificationFlow::next()
{
    const std::optional<Step> current = step();
    if (!current)
        return;
    switch (*current) {
    case Step::Identify:
        if (m_identify->confirmedPerson()) {
            m_withoutNumber = false;
            enterDeathFacts();
        }
        break;
    case Step::DeathFacts:
        enterCauses();
        break;
    case Step::Causes:
        enterReview();
        break;
    case Step::Review:
        send();
        break;
    }
}

void NotificationFlow::back()
{
    const std::optional<Step> current = step();
    if (!current || *current == Step::Identify)
        return;
    goTo(static_cast<Step>(static_cast<int>(*current) - 1));
}

void NotificationFlow::enterDeathFacts()
{
    // The identify step decides who; Del 1 shows it but cannot change it (another number needs a new lookup).
    deathFactsForm();
    QuestionnaireResponse response = m_deathFacts->response();
    response.setAnswer(QStringLiteral("deceased_has_norwegian_id"),
        Questionnaire::AnswerValue::fromBoolean(!m_withoutNumber));
    if (m_withoutNumber)
        response.clearAnswer(QStringLiteral("deceased_identifier"));
    else
        response.setAnswer(QStringLiteral("deceased_identifier"),
            Questionnaire::AnswerValue::fromString(m_identify->number()));
    m_deathFacts->setResponse(response);
    for (const QString& linkId : {QStringLiteral("deceased_has_norwegian_id"), QStringLiteral("deceased_identifier")}) {
        if (QWidget* input = m_deathFacts->input(linkId))
            input->setEnabled(false);
    }
    goTo(Step::DeathFacts);
    if (!m_restoring)
        m_deathFacts->focusLinkId(m_withoutNumber ? QStringLiteral("foreign_id_type") : QStringLiteral("death_date"));
}

QJsonObject NotificationFlow::patient()
{
    QJsonObject patient = deathFactsForm()->patient();
    // The registry's sex and birth date, so the sex and age checks of the causes work whatever the number says.
    if (const std::optional<Api::RegistryPerson> person = m_identify->confirmedPerson(); person && !m_withoutNumber) {
        if (person->sex != Identity::Sex::Unknown && !patient.contains(u"gender"))
            patient.insert(QStringLiteral("gender"), QString(Identity::sexCode(person->sex)));
        if (person->birthDate && !patient.contains(u"birthDate"))
            patient.insert(QStringLiteral("birthDate"), person->birthDate->toString(Qt::ISODate));
    }
    return patient;
}

void NotificationFlow::enterCauses()
{
    if (const Result<Notification::DeceasedPerson> deceased = Notification::DeceasedPerson::fromFhirPatient(patient()))
        causesForm()->setDeceased(deceased.value());
    goTo(Step::Causes);
}

QByteArray NotificationFlow::bundleJson()
{
    const QJsonObject bundle {
        {QStringLiteral("resourceType"), QStringLiteral("Bundle")},
        {QStringLiteral("type"), QStringLiteral("collection")},
        {QStringLiteral("entry"),
            QJsonArray {
                QJsonObject {{QStringLiteral("resource"), patient()}},
                QJsonObject {{QStringLiteral("resource"),
                    QuestionnaireResponseJson::write(m_forms.dodsaarsak(), causesResponse())}},
                QJsonObject {{QStringLiteral("resource"),
                    deathFactsForm()->practitionerRole()}},
            }},
    };
    return QJsonDocument(bundle).toJson(QJsonDocument::Compact);
}

QList<ValidationIssue> NotificationFlow::forReview(const QList<ValidationIssue>& issues) const
{
    // Del 1 rules name Patient parts; the review's "Endre" needs the form's linkIds.
    QList<ValidationIssue> mapped;
    for (ValidationIssue issue : issues) {
        if (m_forms.dodsaarsak().indexOf(issue.linkId) < 0)
            issue.linkId = Notification::DeathFactForm::formLinkId(issue.linkId);
        mapped.append(issue);
    }
    return mapped;
}

QStringList NotificationFlow::confirmedWarningKeys() const
{
    const QList<ValidationIssue> confirmed = m_review->confirmedWarnings();
    QStringList keys;
    for (const ValidationIssue& original : m_checkIssues) {
        if (original.isError())
            continue;
        const ValidationIssue shown = forReview({original}).constFirst();
        if (confirmed.contains(shown))
            keys.append(Service::warningKey(original));
    }
    return keys;
}

void NotificationFlow::enterReview()
{
    deathFactsForm()->showAllIssues();
    causesForm()->showAllIssues();
    m_review->clear();
    m_review->addPart(del1Part, tr("Del 1 – the death (to Folkeregisteret)"), m_forms.dodsfall(),
        m_deathFacts->response());
    m_review->addPart(del2Part, tr("Del 2 – causes of death (to the Cause of Death Registry)"), m_forms.dodsaarsak(),
        m_causes->response());
    m_checkIssues.clear();
    const Result<Session::CheckedDeath> checked = m_check.check(bundleJson());
    QList<ValidationIssue> issues;
    if (checked) {
        m_checkIssues = checked->checked.issues;
        issues = forReview(m_checkIssues);
    } else {
        issues.append(ValidationIssue {ValidationIssue::Severity::Error, checked.error().code, {}, checked.error().message});
    }
    // Del 1's own form rules (required fields...) block too, though the Bundle check cannot see them.
    for (const ValidationIssue& issue : m_deathFacts->issues()) {
        if (issue.isError() && !issues.contains(issue))
            issues.append(issue);
    }
    m_review->setIssues(issues);
    // Confirmations of a restored draft: tick what the doctor had ticked, where the warning is still there.
    if (!m_restoredConfirmations.isEmpty()) {
        m_review->confirmWarnings([this](const ValidationIssue& shown) {
            return std::ranges::any_of(m_checkIssues, [&](const ValidationIssue& original) {
                return forReview({original}).constFirst() == shown
                    && m_restoredConfirmations.contains(Service::warningKey(original));
            });
        });
        m_restoredConfirmations.clear();
    }
    goTo(Step::Review);
    // Send stays disabled until every warning is confirmed: the keyboard goes on at the review's first item (its
    // first warning), not at whatever follows the disabled button.
    if (!m_restoring) {
        QWidget* widget = m_review;
        for (int i = 0; i < 2000; ++i) {
            widget = widget->nextInFocusChain();
            if (widget == m_review)
                break;
            if (m_review->isAncestorOf(widget) && widget->isVisible() && widget->isEnabled()
                && (widget->focusPolicy() & Qt::TabFocus)) {
                widget->setFocus(Qt::TabFocusReason);
                break;
            }
        }
    }
}

QString NotificationFlow::personForConfirmation() const
{
    if (!m_withoutNumber) {
        if (const std::optional<Api::RegistryPerson> person = m_identify->confirmedPerson())
            return personLabel(*person);
        return m_identify->number();
    }
    const QuestionnaireResponse response = deathFactsResponse();
    QString label = response.text(QStringLiteral("given_names")).value_or(QString()) + u' '
        + response.text(QStringLiteral("family_name")).value_or(QString());
    const QDate born = response.date(QStringLiteral("birth_date"));
    if (born.isValid())
        label += QStringLiteral(", ") + tr("born %1").arg(QLocale().toString(born, QStringLiteral("d. MMMM yyyy")));
    return label.trimmed();
}

void NotificationFlow::send()
{
    if (!m_review->canSend())
        return;
    if (!m_withoutNumber && !m_identify->confirmedPerson()) {
        goTo(Step::Identify);
        return;
    }
    if (!DeathConfirmation::ask(this, personForConfirmation()))
        return;
    saveNow();
    Service::QueueRequest request;
    request.bundle = bundleJson();
    request.confirmedWarnings = confirmedWarningKeys();
    request.fromDraft = m_autosave->id();
    Service::QueueResult result = m_service.queue(request);
    if (result.outcome == Service::QueueOutcome::Duplicate) {
        QMessageBox box(QMessageBox::Question, tr("Report this death again?"),
            tr("Your outbox already has a death notification for this person (sent or waiting). Send another one "
               "only if the first was wrong, for example to change the time of death."),
            QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("duplicateQuestion"));
        QPushButton* again = box.addButton(tr("Send &another"), QMessageBox::AcceptRole);
        QPushButton* cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(cancel);
        box.setEscapeButton(cancel);
        box.exec();
        if (box.clickedButton() != again)
            return;
        request.allowDuplicate = true;
        result = m_service.queue(request);
    }
    switch (result.outcome) {
    case Service::QueueOutcome::Queued:
        break;
    case Service::QueueOutcome::Invalid:
    case Service::QueueOutcome::WarningsNotConfirmed:
        m_review->setIssues(forReview(result.issues));
        return;
    case Service::QueueOutcome::Duplicate:
    case Service::QueueOutcome::Failed:
        QMessageBox::warning(this, tr("Not sent"),
            tr("The notification could not be put in the outbox: %1").arg(result.error.message));
        return;
    }
    m_part1 = result.part1;
    m_part2 = result.part2;
    m_deathId.clear();
    m_autosave->close();
    showReceipt();
    Q_EMIT queued(m_part1, m_part2);
    if (m_session.state() == Session::Session::State::Ready) {
        m_receipt->showSending();
        if (!m_service.isFlushing())
            m_service.flush();
    } else {
        m_receipt->showWaiting(tr("no connection to the registry"), {});
    }
}

void NotificationFlow::itemAccepted(qint64 id)
{
    if (!id || (id != m_part1 && id != m_part2) || !m_session.outbox())
        return;
    if (id == m_part1) {
        const Result<Outbox::Receipt> receipt = m_session.outbox()->receipt(id);
        if (!receipt)
            return;
        m_deathId = receipt->serverId;
        m_deathReceived = receipt->receivedAt;
        m_receipt->showAccepted(m_deathId, m_deathReceived, false);
    } else if (!m_deathId.isEmpty()) {
        m_receipt->showAccepted(m_deathId, m_deathReceived, true);
    }
}

void NotificationFlow::itemNeedsCorrection(qint64 id, const Error& error)
{
    if (!id || (id != m_part1 && id != m_part2))
        return;
    QString message = error.message;
    if (m_session.outbox()) {
        if (const Result<QByteArray> server = m_session.outbox()->serverMessage(id); server && !server->isEmpty())
            message = QString::fromUtf8(server.value());
    }
    m_receipt->showNeedsCorrection(message);
}

void NotificationFlow::changed()
{
    if (m_restoring || !step())
        return;
    m_autosave->changed();
}

void NotificationFlow::rememberFocus(QWidget* now)
{
    // Fields only: the buttons that move between steps are not where the doctor was writing.
    if (!now || !isAncestorOf(now) || now->objectName().isEmpty() || !step() || qobject_cast<QPushButton*>(now))
        return;
    if (m_focusedField != now->objectName()) {
        m_focusedField = now->objectName();
        changed();
    }
}

DeathDraft NotificationFlow::currentDraft() const
{
    DeathDraft draft;
    draft.step = step().value_or(Step::Review);
    draft.field = m_focusedField;
    draft.number = m_identify->identifierField()->lineEdit()->text();
    draft.personConfirmed = m_identify->confirmedPerson().has_value();
    draft.withoutNorwegianNumber = m_withoutNumber;
    draft.personLabel = draft.personConfirmed || m_withoutNumber ? personForConfirmation() : QString();
    draft.deathFacts = QuestionnaireResponseJson::write(m_forms.dodsfall(), deathFactsResponse());
    draft.causes = QuestionnaireResponseJson::write(m_forms.dodsaarsak(), causesResponse());
    draft.confirmedWarnings = step() == Step::Review ? confirmedWarningKeys() : m_restoredConfirmations;
    return draft;
}

void NotificationFlow::saveNow()
{
    if (step())
        m_autosave->saveNow();
}

void NotificationFlow::signedOut()
{
    m_reopenedAtStart = false; // the next sign-in reopens the draft again
    clear();
}

void NotificationFlow::clear()
{
    m_autosave->detach();
    m_restoring = true;
    m_withoutNumber = false;
    m_focusedField.clear();
    m_restoredConfirmations.clear();
    m_part1 = m_part2 = 0;
    m_identify->reset();
    setDeathFactsResponse(QuestionnaireResponse::withInitialValues(m_forms.dodsfall()));
    setCausesResponse(QuestionnaireResponse::withInitialValues(m_forms.dodsaarsak()));
    m_review->clear();
    goTo(Step::Identify);
    m_restoring = false;
}

void NotificationFlow::startNew()
{
    if (m_autosave->isPending())
        saveNow();
    m_autosave->close();
    clear();
    m_identify->identifierField()->lineEdit()->setFocus();
}

void NotificationFlow::openDraft(qint64 id)
{
    if (m_autosave->id() == id && step())
        return;
    if (m_autosave->isPending())
        saveNow();
    m_autosave->open(id, [this](const QByteArray& content) {
        const std::optional<DeathDraft> draft = DeathDraft::fromJson(content);
        if (!draft)
            return false;
        clear(); // a clean slate, then the draft
        restore(*draft);
        return true;
    });
}

void NotificationFlow::restore(const DeathDraft& draft)
{
    m_restoring = true;
    m_withoutNumber = draft.withoutNorwegianNumber;
    m_restoredConfirmations = draft.confirmedWarnings;
    m_identify->restore(draft.number, draft.personConfirmed);
    if (const Result<QuestionnaireResponse> facts = QuestionnaireResponseJson::read(m_forms.dodsfall(), draft.deathFacts))
        setDeathFactsResponse(facts.value());
    if (const Result<QuestionnaireResponse> causes = QuestionnaireResponseJson::read(m_forms.dodsaarsak(), draft.causes))
        setCausesResponse(causes.value());
    switch (draft.step) {
    case Step::Identify:
        goTo(Step::Identify);
        break;
    case Step::DeathFacts:
        enterDeathFacts();
        break;
    case Step::Causes:
        enterCauses();
        break;
    case Step::Review:
        // The review is built from the answers again (the person is confirmed once the lookup has answered).
        enterCauses();
        break;
    }
    m_restoring = false;
    m_focusedField = draft.field;
    focusField(draft.field);
}

void NotificationFlow::focusField(const QString& field)
{
    if (field.isEmpty())
        return;
    if (QuestionnaireForm* form = step() ? formOf(*step()) : nullptr) {
        if (form->focusLinkId(field))
            return;
    }
    if (QWidget* widget = m_steps->currentWidget()->findChild<QWidget*>(field))
        widget->setFocus(Qt::OtherFocusReason);
}

void NotificationFlow::sessionReady()
{
    if (m_reopenedAtStart) {
        // Offline first, then signed in: the lookup that could not run offline runs now.
        if (m_session.state() == Session::Session::State::Ready)
            m_identify->retryLookup();
        return;
    }
    m_reopenedAtStart = true;
    const std::optional<qint64> open = DraftAutosave::lastOpen(m_session);
    if (!open || m_autosave->id())
        return;
    openDraft(*open); // nothing when it is a birth draft: the window opens that one on the birth page

}

} // namespace Meldeklient::Gui

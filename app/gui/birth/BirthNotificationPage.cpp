#include "gui/birth/BirthNotificationPage.h"

#include "core/birth/BirthNotificationValidator.h"
#include "core/birth/BirthRules.h"
#include "core/birth/FoedselsmeldingWriter.h"
#include "core/questionnaire/QuestionnaireResponseJson.h"
#include "core/session/BirthNotificationService.h"
#include "core/session/PersonLookup.h"
#include "core/session/Session.h"
#include "gui/DraftAutosave.h"
#include "gui/IdentifierField.h"
#include "gui/IdentifyPage.h"
#include "gui/PersonCard.h"
#include "gui/birth/BirthDraft.h"
#include "gui/birth/BirthNotificationDocument.h"
#include "gui/birth/BirthStatusView.h"
#include "gui/forms/QuestionnaireForm.h"
#include "gui/forms/ReviewPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

#include <utility>

namespace Meldeklient::Gui {

using Questionnaire::AnswerValue;
using Questionnaire::QuestionnaireResponse;
using Questionnaire::ValidationIssue;

static_assert(QuestionnaireForm::MaxGroupRepeats == Birth::BirthRules::MaxChildren,
    "one tab page per child Folkeregisteret can take");

namespace {
IdentifyPage::Texts motherTexts()
{
    return IdentifyPage::Texts {BirthNotificationPage::tr("<h2>The mother</h2>"),
        BirthNotificationPage::tr("Type the mother's fødselsnummer or D-nummer. Folkeregisteret shows who has the "
                                  "number; check that it is the woman who gave birth before you go on."),
        BirthNotificationPage::tr("Mother's &fødselsnummer or D-nummer:"),
        BirthNotificationPage::tr("Mother's fødselsnummer or D-nummer"),
        BirthNotificationPage::tr("The mother has &no Norwegian fødselsnummer or D-nummer"),
        BirthNotificationPage::tr("Folkeregisteret has no person with this number. Check the number; if the mother "
                                  "has no Norwegian number, choose that below.")};
}

// Plain, wrapped text in larger bold type: what the midwife must not miss (the mother on the review, a correction).
void makeProminent(QLabel* label, qreal scale)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont larger = label->font();
    larger.setPointSizeF(larger.pointSizeF() * scale);
    larger.setBold(true);
    label->setFont(larger);
}

QString bornText(const QDate& date)
{
    return BirthNotificationPage::tr("born %1").arg(QLocale().toString(date, QStringLiteral("d. MMMM yyyy")));
}
} // namespace

BirthNotificationPage::BirthNotificationPage(Session::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_questionnaire(std::make_unique<Questionnaire::Questionnaire>(
          Questionnaire::Questionnaire::fromFile(Birth::BirthNotificationValidator::formPath()).value()))
    , m_lookup(new Session::PersonLookup(session, this))
    , m_steps(new QStackedWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_entry(new QWidget(m_steps))
    , m_mother(new IdentifyPage(motherTexts(), m_entry))
    , m_motherPath(new QLabel(m_entry))
    , m_form(new QuestionnaireForm(*m_questionnaire, QuestionnaireForm::Options {}, m_entry))
    , m_reviewStep(new QWidget(m_steps))
    , m_reviewMother(new QLabel(m_reviewStep))
    , m_review(new ReviewPage(m_reviewStep))
    , m_statusStep(new QWidget(m_steps))
    , m_statusText(new QLabel(m_statusStep))
    , m_statusView(new BirthStatusView(m_statusStep))
    , m_poll(new QPushButton(tr("&Check for decisions now"), m_statusStep))
    , m_newBirth(new QPushButton(tr("New &birth notification"), m_statusStep))
    , m_nextReason(new QLabel(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_pdf(new QPushButton(tr("Save as &PDF…"), this))
    , m_next(new QPushButton(tr("&Next"), this))
    , m_correctionBanner(new QFrame(this))
    , m_correctionText(new QLabel(m_correctionBanner))
    , m_correctionNote(new QLabel(m_correctionBanner))
    , m_correctionChildren(new QWidget(m_correctionBanner))
    , m_autosave(new DraftAutosave(session, Session::DraftKind::Birth, [this] {
        const BirthDraft draft = currentDraft();
        // Opening the page is not a draft yet: only a number, the choice "no number" or an answer is.
        // A correction opens with the answers sent: it is a draft once they differ from them.
        const bool typed = m_correction ? draft.response != m_emptyResponse
                                        : !draft.motherNumber.trimmed().isEmpty() || draft.motherWithoutNumber
                || draft.response != m_emptyResponse;
        return DraftAutosave::Snapshot {draft.toJson(), typed};
    }, this))
{

    // The mother's lookup is the death flow's identify step with the mother's words; its widgets get their own
    // names so tests and screen readers tell the two apart.
    m_mother->setObjectName(QStringLiteral("birthMother"));
    for (QWidget* child : m_mother->findChildren<QWidget*>()) {
        if (!child->objectName().isEmpty())
            child->setObjectName(QStringLiteral("mother_") + child->objectName());
    }
    m_mother->setAllowSynthetic(session.environment().isTest);
    m_mother->identifierField()->setAuxiliaryNumberMessage(
        tr("This is an auxiliary number (%1). Folkeregisteret takes only a fødselsnummer or D-nummer for the mother: "
           "use hers, or choose \"no Norwegian number\"."));
    m_mother->layout()->setContentsMargins(0, 0, 0, 0);
    m_motherPath->setObjectName(QStringLiteral("birthMotherPath"));
    m_motherPath->setWordWrap(true);
    m_motherPath->setVisible(false);

    m_form->setObjectName(QStringLiteral("birthForm"));
    m_form->setValidator([this](const QuestionnaireResponse& response) { return check(response); });
    m_form->setRepeatTexts(childrenGroup,
        QuestionnaireForm::RepeatTexts {
            tr("Child %1"), tr("&Add a child"), tr("Re&move this child"), [](int index, int count) {
                if (count == 1)
                    return tr("Single birth: plurality and birth order are not sent.");
                // The register's code reads as a number ("22" = child 2 of 2): say what it means beside it.
                return tr("Multiple birth of %1 children: this is child %2 of %1, sent to Folkeregisteret as birth "
                          "order number %3 (computed from the tabs, not typed).")
                    .arg(count)
                    .arg(index + 1)
                    .arg(Birth::FoedselsmeldingWriter::birthOrderNumber(index + 1, count));
            }});
    // The mother's number comes from the lookup above the form, never typed twice.
    if (QWidget* number = m_form->input(motherNumber))
        number->setEnabled(false);

    auto* heading = new QLabel(tr("<h1>Melding om fødsel</h1>"), m_entry);
    auto* intro = new QLabel(tr("One notification per birth: twins and triplets are children of the same birth, each "
                                "on its own tab. Folkeregisteret gets one message per child and gives each live-born "
                                "child a fødselsnummer."),
        m_entry);
    intro->setWordWrap(true);
    auto* entryLayout = new QVBoxLayout(m_entry);
    entryLayout->setContentsMargins(24, 8, 24, 8);
    entryLayout->addWidget(heading);
    entryLayout->addWidget(intro);
    entryLayout->addWidget(m_mother);
    entryLayout->addWidget(m_motherPath);
    entryLayout->addWidget(m_form);
    m_entry->setObjectName(QStringLiteral("birthEntryStep"));

    m_reviewStep->setObjectName(QStringLiteral("birthReviewStep"));
    m_reviewMother->setObjectName(QStringLiteral("birthReviewMother"));
    makeProminent(m_reviewMother, 1.2);
    m_review->setTitle(tr("Melding om fødsel: check before sending"));
    m_review->setRepeatTitle(tr("Child %1"));
    auto* reviewLayout = new QVBoxLayout(m_reviewStep);
    reviewLayout->setContentsMargins(24, 8, 24, 8);
    reviewLayout->addWidget(m_reviewMother);
    reviewLayout->addWidget(m_review);

    m_statusStep->setObjectName(QStringLiteral("birthStatusStep"));
    m_statusText->setObjectName(QStringLiteral("birthStatusText"));
    m_statusText->setWordWrap(true);
    auto* statusLayout = new QVBoxLayout(m_statusStep);
    statusLayout->setContentsMargins(24, 8, 24, 8);
    QFont statusFont = m_statusText->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.4);
    statusFont.setBold(true);
    m_statusText->setFont(statusFont);
    m_poll->setObjectName(QStringLiteral("birthPollButton"));
    m_newBirth->setObjectName(QStringLiteral("birthNewButton"));
    auto* statusButtons = new QHBoxLayout;
    statusButtons->addWidget(m_poll);
    statusButtons->addWidget(m_newBirth);
    statusButtons->addStretch(1);
    statusLayout->addWidget(m_statusText);
    statusLayout->addWidget(m_statusView);
    statusLayout->addLayout(statusButtons);
    statusLayout->addStretch(1);
    connect(m_newBirth, &QPushButton::clicked, this, &BirthNotificationPage::startNew);
    connect(m_statusView, &BirthStatusView::correctRequested, this,
        [this](int childNumber) { startCorrection(m_birthId, {childNumber}); });
    if (Session::BirthNotificationService* births = m_session.births()) {
        connect(m_poll, &QPushButton::clicked, births, &Session::BirthNotificationService::pollDecisions);
        connect(births, &Session::BirthNotificationService::birthChanged, this, [this](const QString& birthId) {
            if (birthId == m_birthId)
                showStatus();
        });
    }

    m_steps->addWidget(m_entry);
    m_steps->addWidget(m_reviewStep);
    m_steps->addWidget(m_statusStep);
    m_scroll->setObjectName(QStringLiteral("birthScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_steps);
    // Each step is as tall as itself, so a short step has no empty scrolling (as in the death flow).
    connect(m_steps, &QStackedWidget::currentChanged, this, [this](int current) {
        for (int i = 0; i < m_steps->count(); ++i)
            m_steps->widget(i)->setSizePolicy(
                QSizePolicy::Preferred, i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        m_steps->adjustSize();
        m_scroll->ensureVisible(0, 0);
    });

    m_back->setObjectName(QStringLiteral("birthBackButton"));
    m_pdf->setObjectName(QStringLiteral("birthPdfButton"));
    m_next->setObjectName(QStringLiteral("birthNextButton"));
    for (QPushButton* button : {m_back, m_pdf, m_next})
        button->setAutoDefault(false);
    m_nextReason->setObjectName(QStringLiteral("birthNextReason"));
    m_nextReason->setWordWrap(true);
    m_nextReason->setStyleSheet(QStringLiteral("color: #4e2600;"));
    auto* navigation = new QHBoxLayout;
    navigation->setContentsMargins(24, 0, 24, 16);
    navigation->addWidget(m_back);
    navigation->addWidget(m_nextReason, 1);
    navigation->addStretch(0); // the buttons keep their size when there is no reason to show
    navigation->addWidget(m_pdf);
    navigation->addWidget(m_next);
    // Correction mode's banner stays in view above the steps (entry and review), so the review says it too. Two lines
    // (what is corrected, which children), so it leaves the form room at 200 %; the note only when there is more to
    // say than the title (nothing was kept of what was sent).
    m_correctionBanner->setObjectName(QStringLiteral("birthCorrectionBanner"));
    m_correctionBanner->setStyleSheet(
        QStringLiteral("#birthCorrectionBanner { background: #fff3e0; border: 1px solid #b35c00; }"));
    m_correctionText->setObjectName(QStringLiteral("birthCorrectionText"));
    makeProminent(m_correctionText, 1.2);
    m_correctionNote->setObjectName(QStringLiteral("birthCorrectionNote"));
    m_correctionChildren->setAccessibleName(tr("Children to correct"));
    m_correctionChildren->setToolTip(tr("The form holds what was sent. Change what was wrong; the children ticked here "
                                        "are sent again as corrections of their earlier messages."));
    m_correctionNote->setWordWrap(true);
    m_correctionNote->setTextFormat(Qt::PlainText);
    new QHBoxLayout(m_correctionChildren);
    m_correctionChildren->layout()->setContentsMargins(0, 0, 0, 0);
    auto* bannerLayout = new QVBoxLayout(m_correctionBanner);
    bannerLayout->setContentsMargins(24, 6, 24, 6);
    bannerLayout->setSpacing(2);
    bannerLayout->addWidget(m_correctionText);
    bannerLayout->addWidget(m_correctionNote);
    bannerLayout->addWidget(m_correctionChildren);
    m_correctionBanner->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_correctionBanner);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(navigation);

    connect(m_mother, &IdentifyPage::lookupRequested, this, [this](const QString& number) {
        // A number typed again means the mother has one after all.
        m_motherWithoutNumber = false;
        m_motherPath->setVisible(false);
        m_form->setAnswers(motherNumber, {AnswerValue::fromString(number)});
        m_lookup->lookup(number);
    });
    connect(m_mother, &IdentifyPage::lookupCancelled, this, [this] {
        m_lookup->cancel();
        m_form->setAnswers(motherNumber, {});
        updateNavigation();
    });
    connect(m_lookup, &Session::PersonLookup::finished, m_mother, &IdentifyPage::showLookupResult);
    connect(m_mother, &IdentifyPage::confirmedChanged, this, &BirthNotificationPage::updateNavigation);
    connect(m_mother, &IdentifyPage::noNorwegianNumberRequested, this, [this] {
        chooseMotherWithoutNumber();
        m_form->focusLinkId(QStringLiteral("mor.navn.fornavn"));
        changed();
    });
    connect(m_mother, &IdentifyPage::confirmedChanged, this, [this](bool confirmed) {
        if (confirmed && m_reviewOnConfirm && step() == Step::Entry)
            enterReview();
        m_reviewOnConfirm = false;
    });
    // What autosaves: the answers, the mother, the step, the child tab, the field, the warnings confirmed.
    connect(m_form, &QuestionnaireForm::changed, this, &BirthNotificationPage::changed);
    connect(m_mother, &IdentifyPage::changed, this, &BirthNotificationPage::changed);
    // Every keystroke of her number too, not only a complete one.
    connect(m_mother->identifierField()->lineEdit(), &QLineEdit::textEdited, this, &BirthNotificationPage::changed);
    connect(childTabs(), &QTabWidget::currentChanged, this, &BirthNotificationPage::changed);
    connect(this, &BirthNotificationPage::stepChanged, this, &BirthNotificationPage::changed);
    m_focusConnection
        = connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { rememberFocus(now); });
    connect(m_autosave, &DraftAutosave::saved, this, &BirthNotificationPage::draftSaved);
    connect(m_review, &ReviewPage::canSendChanged, this, &BirthNotificationPage::updateNavigation);
    connect(m_review, &ReviewPage::confirmationsChanged, this, &BirthNotificationPage::changed);
    connect(m_review, &ReviewPage::editRequested, this, [this](const QString&, const QString& linkId, int repeat) {
        goTo(Step::Entry);
        if (linkId == motherNumber && !m_motherWithoutNumber)
            m_mother->identifierField()->lineEdit()->setFocus(Qt::OtherFocusReason);
        else
            m_form->focusLinkId(linkId, repeat);
    });
    connect(m_back, &QPushButton::clicked, this, &BirthNotificationPage::back);
    connect(m_next, &QPushButton::clicked, this, &BirthNotificationPage::next);
    connect(m_pdf, &QPushButton::clicked, this, &BirthNotificationPage::choosePdfFile);
    m_emptyResponse = responseJson();
    goTo(Step::Entry);
}

BirthNotificationPage::~BirthNotificationPage()
{
    m_autosave->flush();
    // Tearing the form down emits its signals (tabs removed, focus moved) while this page is half gone: unanswered.
    disconnect(m_focusConnection);
    m_form->disconnect(this);
    m_mother->disconnect(this);
    m_mother->identifierField()->lineEdit()->disconnect(this);
    if (QTabWidget* tabs = childTabs())
        tabs->disconnect(this);
}

QTabWidget* BirthNotificationPage::childTabs() const
{
    return m_form->repeatTabs(childrenGroup);
}

std::optional<qint64> BirthNotificationPage::draftId() const
{
    return m_autosave->id();
}

void BirthNotificationPage::chooseMotherWithoutNumber()
{
    m_mother->reset();
    m_motherWithoutNumber = true;
    m_motherPath->setText(tr("The mother has no Norwegian number: give her name and birth date under «Mor» below."));
    m_motherPath->setVisible(true);
    updateNavigation();
}

void BirthNotificationPage::changed()
{
    if (m_restoring || step() == Step::Status)
        return;
    m_autosave->changed();
}

void BirthNotificationPage::rememberFocus(QWidget* now)
{
    // Fields only: the buttons are not where the midwife was writing.
    if (!now || step() != Step::Entry || qobject_cast<QPushButton*>(now))
        return;
    QString field;
    if (m_form->isAncestorOf(now))
        field = m_form->currentLinkId();
    else if (m_mother->isAncestorOf(now))
        field = now->objectName();
    if (field.isEmpty() || field == m_focusedField)
        return;
    m_focusedField = field;
    changed();
}

QStringList BirthNotificationPage::confirmedWarningIds() const
{
    QStringList ids;
    for (const ValidationIssue& warning : m_review->confirmedWarnings())
        ids.append(Session::BirthNotificationService::warningId(warning));
    return ids;
}

BirthDraft BirthNotificationPage::currentDraft() const
{
    BirthDraft draft;
    draft.step = step() == Step::Review ? BirthDraft::Step::Review : BirthDraft::Step::Entry;
    draft.childTab = childTabs() ? std::max(0, childTabs()->currentIndex()) : 0;
    draft.field = m_focusedField;
    draft.motherNumber = m_mother->identifierField()->lineEdit()->text();
    draft.motherConfirmed = m_mother->confirmedPerson().has_value();
    draft.motherWithoutNumber = m_motherWithoutNumber;
    draft.motherLabel = draft.motherConfirmed || m_motherWithoutNumber ? motherName() : QString();
    draft.childCount = m_form->repeatCount(childrenGroup);
    draft.response = responseJson();
    // Not yet on the review again after a restore (the mother's lookup pending): what the draft had.
    draft.confirmedWarnings = m_restoredConfirmations.isEmpty() ? confirmedWarningIds() : m_restoredConfirmations;
    if (m_correction) {
        draft.correctsBirthId = m_correction->originalBirthId;
        draft.correctionChildren = correctionChildren();
    }
    return draft;
}

void BirthNotificationPage::saveNow()
{
    if (step() != Step::Status)
        m_autosave->saveNow();
}

void BirthNotificationPage::openDraft(qint64 id)
{
    if (m_autosave->id() == id && step() != Step::Status)
        return;
    m_autosave->open(id, [this](const QByteArray& content) {
        const std::optional<BirthDraft> draft = BirthDraft::fromJson(content);
        if (!draft)
            return false;
        clear(); // a clean slate, then the draft
        restore(*draft);
        return true;
    });
}

void BirthNotificationPage::restore(const BirthDraft& draft)
{
    m_restoring = true;
    // A correction comes back as a correction (banner, ticked children), never as a new birth.
    if (!draft.correctsBirthId.isEmpty())
        beginCorrection(draft.correctsBirthId, draft.correctionChildren);
    if (const Result<QuestionnaireResponse> answers
        = Questionnaire::QuestionnaireResponseJson::read(*m_questionnaire, draft.response))
        m_form->setResponse(answers.value());
    if (draft.motherWithoutNumber)
        chooseMotherWithoutNumber();
    else if (!draft.motherNumber.isEmpty())
        m_mother->restore(draft.motherNumber, draft.motherConfirmed); // looks her up again
    if (childTabs() && draft.childTab < childTabs()->count())
        childTabs()->setCurrentIndex(draft.childTab);
    m_restoredConfirmations = draft.confirmedWarnings;
    m_focusedField = draft.field;
    if (draft.field.startsWith(QStringLiteral("mother_"))) {
        if (QWidget* widget = m_mother->findChild<QWidget*>(draft.field))
            widget->setFocus(Qt::OtherFocusReason);
    } else if (!draft.field.isEmpty() && !m_form->focusLinkId(draft.field, draft.childTab)) {
        m_form->focusLinkId(draft.field);
    }
    if (draft.step == BirthDraft::Step::Review) {
        // The review names the mother: back there at once without a number, else once the lookup confirmed her.
        if (draft.motherWithoutNumber)
            enterReview();
        else
            m_reviewOnConfirm = draft.motherConfirmed;
    }
    m_restoring = false;
}

bool BirthNotificationPage::sessionReady()
{
    if (m_reopenedAtStart) {
        // Offline first, then signed in: the lookup that could not run offline runs now.
        if (m_session.state() == Session::Session::State::Ready)
            m_mother->retryLookup();
        return false;
    }
    m_reopenedAtStart = true;
    const std::optional<qint64> open = DraftAutosave::lastOpen(m_session);
    if (!open || m_autosave->id() || !m_autosave->load(*open))
        return false;
    openDraft(*open);
    return m_autosave->id() == open;
}

BirthNotificationPage::Step BirthNotificationPage::step() const
{
    return static_cast<Step>(m_steps->currentIndex());
}

QuestionnaireResponse BirthNotificationPage::response() const
{
    return m_form->response();
}

QList<ValidationIssue> BirthNotificationPage::check(const QuestionnaireResponse& response) const
{
    // The service owns the rules' options (synthetic numbers, countries, the imported municipality list).
    const Session::BirthNotificationService* births = m_session.births();
    return births == nullptr ? QList<ValidationIssue>() : births->check(response);
}

void BirthNotificationPage::goTo(Step step)
{
    m_steps->setCurrentIndex(static_cast<int>(step));
    updateNavigation();
    Q_EMIT stepChanged(step);
}

void BirthNotificationPage::updateNavigation()
{
    const Step current = step();
    m_back->setVisible(current == Step::Review);
    m_pdf->setVisible(current != Step::Entry);
    m_next->setVisible(current != Step::Status);
    QString reason;
    switch (current) {
    case Step::Entry: {
        m_next->setText(tr("&Next: check"));
        const bool motherKnown = m_motherWithoutNumber || m_mother->confirmedPerson().has_value();
        const bool childrenChosen = !m_correction || !correctionChildren().isEmpty();
        m_next->setEnabled(motherKnown && childrenChosen);
        if (!motherKnown)
            reason = tr("First find the mother and tick «This is the right person», or choose that she has no "
                        "Norwegian number.");
        else if (!childrenChosen)
            reason = tr("Choose at least one child to correct.");
        break;
    }
    case Step::Review:
        m_next->setText(m_correction ? tr("&Send correction to Folkeregisteret") : tr("&Send to Folkeregisteret"));
        m_next->setEnabled(m_review->canSend() && (!m_correction || !correctionChildren().isEmpty()));
        if (!m_review->errors().isEmpty())
            reason = tr("Fix what must be fixed first (Endre goes there).");
        else if (!m_review->allWarningsConfirmed())
            reason = tr("Confirm each warning you have considered.");
        break;
    case Step::Status:
        break;
    }
    m_nextReason->setText(reason);
    m_nextReason->setVisible(!reason.isEmpty());
    m_next->setToolTip(reason);
}

void BirthNotificationPage::next()
{
    switch (step()) {
    case Step::Entry:
        enterReview();
        break;
    case Step::Review:
        send();
        break;
    case Step::Status:
        break;
    }
}

QJsonObject BirthNotificationPage::responseJson() const
{
    return Questionnaire::QuestionnaireResponseJson::write(*m_questionnaire, m_form->response());
}

void BirthNotificationPage::send()
{
    Session::BirthNotificationService* births = m_session.births();
    if (!m_review->canSend() || births == nullptr)
        return;
    const QStringList confirmed = confirmedWarningIds();
    m_autosave->flush();
    const Result<Session::QueuedBirth> queued = m_correction
        ? births->queueCorrection(
              m_correction->originalBirthId, correctionChildren(), responseJson(), confirmed, m_autosave->id())
        : births->queue(responseJson(), confirmed, m_autosave->id());
    if (!queued) {
        // The check found something the review did not show (the answers changed): show it there again.
        QMessageBox::warning(this, tr("Not sent"),
            tr("The birth notification could not be put in the outbox: %1").arg(queued.error().message));
        enterReview();
        return;
    }
    m_birthId = queued->birthId;
    m_autosave->close(); // the draft is the queued birth now
    endCorrection();
    goTo(Step::Status);
    showStatus();
    m_poll->setFocus(Qt::OtherFocusReason);
}

void BirthNotificationPage::showStatus()
{
    const Session::BirthNotificationService* births = m_session.births();
    const QList<Session::BirthChildStatus> children
        = births == nullptr || m_birthId.isEmpty() ? QList<Session::BirthChildStatus>() : births->status(m_birthId);
    m_statusView->setStatus(children);
    bool allDecided = !children.isEmpty();
    for (const Session::BirthChildStatus& child : children) {
        allDecided = allDecided
            && (child.state == Outbox::ItemState::Registered || child.state == Outbox::ItemState::Refused
                || child.state == Outbox::ItemState::NeedsCorrection || child.state == Outbox::ItemState::Cancelled);
    }
    m_statusText->setText(
        allDecided ? tr("Folkeregisteret has decided") : tr("Sent: waiting for Folkeregisteret's decision"));
}

void BirthNotificationPage::back()
{
    if (step() == Step::Review)
        goTo(Step::Entry);
}

QString BirthNotificationPage::motherText() const
{
    const QString name = motherName();
    if (name.isEmpty())
        return {};
    return m_motherWithoutNumber ? tr("%1 (no Norwegian number)").arg(name)
                                 : tr("%1 (confirmed in Folkeregisteret)").arg(name);
}

QString BirthNotificationPage::motherName() const
{
    if (m_motherWithoutNumber) {
        const QuestionnaireResponse answers = m_form->response();
        QStringList name;
        for (const QString& part : {QStringLiteral("mor.navn.fornavn"), QStringLiteral("mor.navn.mellomnavn"),
                 QStringLiteral("mor.navn.etternavn")}) {
            if (const std::optional<QString> text = answers.text(part))
                name.append(*text);
        }
        QString label = name.join(u' ');
        if (const QDate born = answers.date(QStringLiteral("mor.foedselsdato")); born.isValid())
            label += QStringLiteral(", ") + bornText(born);
        return label;
    }
    const std::optional<Api::RegistryPerson> person = m_mother->confirmedPerson();
    if (!person)
        return {};
    QString label = PersonCard::fullName(*person);
    if (person->birthDate)
        label += QStringLiteral(", ") + bornText(*person->birthDate);
    return label;
}

QString BirthNotificationPage::senderText() const
{
    const std::optional<Auth::SignedInUser> user = m_session.user();
    if (!user)
        return {};
    return user->hprNumber.isEmpty() ? user->name : tr("%1, HPR %2").arg(user->name, user->hprNumber);
}

QStringList BirthNotificationPage::childStatusLines() const
{
    return m_statusView->lines();
}

void BirthNotificationPage::enterReview()
{
    m_form->showAllIssues();
    m_review->clear();
    m_review->addPart(QStringLiteral("birth"), tr("To Folkeregisteret (clinical data are not sent)"), *m_questionnaire,
        m_form->response());
    // The form's answers as the check sees them; what the service queues is checked by it again (the same rules on
    // the JSON it queues), so anything only that check finds shows here too.
    QList<ValidationIssue> issues = check(m_form->response());
    if (const Session::BirthNotificationService* births = m_session.births()) {
        for (const ValidationIssue& issue : births->check(responseJson())) {
            if (!issues.contains(issue))
                issues.append(issue);
        }
    }
    m_review->setIssues(issues);
    // A restored draft's confirmations, where the warning is still there (a new one stays unticked).
    if (!m_restoredConfirmations.isEmpty()) {
        const QStringList restored = std::exchange(m_restoredConfirmations, {});
        m_review->confirmWarnings([&restored](const ValidationIssue& warning) {
            return restored.contains(Session::BirthNotificationService::warningId(warning));
        });
    }
    m_reviewMother->setText(tr("Mother: %1").arg(motherText()));
    goTo(Step::Review);
}

void BirthNotificationPage::choosePdfFile()
{
    // Personal data: only where the midwife chooses, starting in her documents folder, never a temporary folder.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getSaveFileName(this, tr("Save a copy of the birth notification"),
        QDir(folder).filePath(tr("fodselsmelding.pdf")), tr("PDF documents (*.pdf)"));
    if (!file.isEmpty())
        savePdf(file.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? file : file + QStringLiteral(".pdf"));
}

bool BirthNotificationPage::savePdf(const QString& path)
{
    BirthNotificationDocument::Content content;
    content.mother = motherText();
    content.sender = senderText();
    content.childStatus = childStatusLines();
    const QString html = BirthNotificationDocument::html(*m_questionnaire, m_form->response(), content);
    const Result<void> written = BirthNotificationDocument::writePdf(path, html, tr("Melding om fødsel"));
    if (!written) {
        QMessageBox::warning(this, tr("Not saved"), written.error().message);
        return false;
    }
    return true;
}

void BirthNotificationPage::startNew()
{
    // The birth on screen stays a draft of its own (listed under Drafts); the new one gets a new draft.
    m_autosave->flush();
    m_autosave->close();
    clear();
    m_mother->identifierField()->lineEdit()->setFocus();
}

void BirthNotificationPage::signedOut()
{
    m_reopenedAtStart = false; // the next sign-in reopens the draft again
    clear();
}

void BirthNotificationPage::clear()
{
    m_restoring = true;
    m_autosave->detach();
    m_reviewOnConfirm = false;
    m_restoredConfirmations.clear();
    m_focusedField.clear();
    m_lookup->cancel();
    m_mother->reset();
    m_motherWithoutNumber = false;
    m_motherPath->setVisible(false);
    m_form->setResponse(QuestionnaireResponse::withInitialValues(*m_questionnaire));
    m_emptyResponse = responseJson();
    m_review->clear();
    m_review->setIssues({});
    m_statusText->clear();
    m_statusView->clear();
    m_birthId.clear();
    endCorrection();
    if (childTabs())
        childTabs()->setCurrentIndex(0);
    goTo(Step::Entry);
    m_restoring = false;
}

bool BirthNotificationPage::startCorrection(const QString& birthIdToCorrect, const QList<int>& childNumbers)
{
    // A copy: the caller may pass m_birthId, which clear() below clears.
    const QString originalBirthId = birthIdToCorrect;
    Session::BirthNotificationService* births = m_session.births();
    if (births == nullptr || births->status(originalBirthId).isEmpty())
        return false;
    // What is on screen stays a draft of its own; the correction gets its own draft once something is changed.
    m_autosave->flush();
    m_autosave->close();
    clear();
    m_restoring = true;
    beginCorrection(originalBirthId, childNumbers);

    const Result<QJsonObject> sent = births->sentResponse(originalBirthId);
    const Result<QuestionnaireResponse> response = sent
        ? Questionnaire::QuestionnaireResponseJson::read(*m_questionnaire, sent.value())
        : Result<QuestionnaireResponse>(sent.error());
    if (response) {
        m_form->setResponse(response.value());
        // The mother as before: her number looked up again and the tick set once the registry answers.
        if (const std::optional<QString> number = response->text(motherNumber)) {
            m_mother->restore(*number, true);
        } else {
            chooseMotherWithoutNumber();
        }
        m_correctionNote->clear();
    } else {
        // Queued before the client kept what was sent: nothing to start from but an empty form.
        m_correctionNote->setText(response.error().message);
    }
    m_correctionNote->setVisible(!m_correctionNote->text().isEmpty());
    // A draft starts when the midwife changes something, not by opening the correction.
    m_emptyResponse = responseJson();
    m_restoring = false;
    goTo(Step::Entry);
    return true;
}

void BirthNotificationPage::beginCorrection(const QString& originalBirthId, const QList<int>& childNumbers)
{
    const Session::BirthNotificationService* births = m_session.births();
    const QList<Session::BirthChildStatus> children
        = births == nullptr ? QList<Session::BirthChildStatus>() : births->status(originalBirthId);
    // An unknown original (its items purged) stays a correction: queueCorrection then refuses it with its reason.
    m_correction = Correction {originalBirthId, children.isEmpty() ? QDateTime() : children.constFirst().queuedAt};
    // A box per child of that birth: the chosen ones ticked, only the correctable ones open, with the reason.
    for (const Session::BirthChildStatus& child : children) {
        auto* box = new QCheckBox(tr("Correct child %1").arg(child.childNumber), m_correctionChildren);
        box->setObjectName(QStringLiteral("birthCorrectChild_%1").arg(child.childNumber));
        box->setProperty("childNumber", child.childNumber);
        const bool correctable = child.correctability == Session::BirthCorrectability::Correctable;
        box->setEnabled(correctable);
        box->setChecked(correctable && childNumbers.contains(child.childNumber));
        if (!correctable)
            box->setToolTip(Session::BirthNotificationService::correctionRefusal(child.correctability, child.childNumber)
                                .message);
        connect(box, &QCheckBox::toggled, this, [this] {
            updateCorrectionBanner();
            updateNavigation();
            changed();
        });
        m_correctionChildren->layout()->addWidget(box);
    }
    static_cast<QHBoxLayout*>(m_correctionChildren->layout())->addStretch(1);
    m_correctionBanner->setVisible(true);
    updateCorrectionBanner();
}

QList<int> BirthNotificationPage::correctionChildren() const
{
    QList<int> numbers;
    for (const QCheckBox* box : m_correctionChildren->findChildren<QCheckBox*>()) {
        if (box->isChecked())
            numbers.append(box->property("childNumber").toInt());
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

void BirthNotificationPage::updateCorrectionBanner()
{
    if (!m_correction)
        return;
    QStringList numbers;
    for (int number : correctionChildren())
        numbers.append(QString::number(number));
    const QString sent = QLocale().toString(m_correction->sentAt.toLocalTime().date(), QStringLiteral("d. MMMM yyyy"));
    m_correctionText->setText(numbers.isEmpty()
            ? tr("Correction of the birth notification sent %1 — choose the children to correct").arg(sent)
            : tr("Correction of the birth notification sent %1 — child %2").arg(sent, numbers.join(QStringLiteral(", "))));
}

void BirthNotificationPage::endCorrection()
{
    m_correction.reset();
    m_correctionBanner->setVisible(false);
    m_correctionNote->clear();
    for (QCheckBox* box : m_correctionChildren->findChildren<QCheckBox*>())
        delete box;
    while (QLayoutItem* item = m_correctionChildren->layout()->takeAt(0))
        delete item;
}

} // namespace Meldeklient::Gui

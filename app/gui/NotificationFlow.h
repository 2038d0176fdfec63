#pragma once

#include "core/api/RegistryPerson.h"
#include "core/common/Result.h"
#include "core/notification/DeceasedPersonRules.h"
#include "core/questionnaire/QuestionnaireResponse.h"
#include "core/questionnaire/ValidationIssue.h"
#include "gui/DeathDraft.h"
#include "gui/forms/QuestionnaireForm.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace Meldeklient::Codes {
class Icd10Index;
}
namespace Meldeklient::Questionnaire {
class FormRegistry;
}
namespace Meldeklient::Session {
class DeathNotificationService;
class NotificationCheck;
class PersonLookup;
class Session;
} // namespace Meldeklient::Session

namespace Meldeklient::Gui {

class DeathCauseFormWidget;
class DeathFactFormWidget;
class DraftAutosave;
class IdentifyPage;
class QuestionnaireForm;
class ReceiptPage;
class ReviewPage;

// "New death notification": the doctor's path from the first keystroke to the registry's receipt, one step at a
// time: who died (lookup and confirmation) → Del 1 → Del 2 → review → send → receipt. Every change is autosaved
// (debounced) as an encrypted draft with the step and field the doctor is in, so a crash or power cut loses nothing
// and the next start puts the doctor back where they were. The review shows the one check the service applies
// (NotificationCheck), so what the page lets through is what the service queues.
class NotificationFlow : public QWidget
{
    Q_OBJECT

public:
    using Step = DeathDraft::Step;

    // The ICD-10 index, asked for when Del 2 is first built (it may build it then); null: no ICD-10 imported, free
    // text only.
    using Icd10Source = std::function<const Codes::Icd10Index*()>;

    // Everything referenced must outlive the flow.
    NotificationFlow(Session::Session& session, const Questionnaire::FormRegistry& forms,
        const Session::NotificationCheck& check, Session::DeathNotificationService& service, Icd10Source icd10,
        QWidget* parent = nullptr);
    ~NotificationFlow() override;

    IdentifyPage* identifyPage() const { return m_identify; }
    // Del 1 and Del 2 are built when first needed (the window starts without them); these build them.
    DeathFactFormWidget* deathFactsForm();
    DeathCauseFormWidget* causesForm();
    bool areFormsBuilt() const { return m_deathFacts && m_causes; }
    // A new ICD-10 list was installed (the check's code lists already hold it): the forms built so far complete
    // from `index` and check again, keeping what was typed; forms built later ask the Icd10Source.
    void setIcd10Index(const Codes::Icd10Index* index);
    ReviewPage* reviewPage() const { return m_review; }
    ReceiptPage* receiptPage() const { return m_receipt; }
    // The current step; nullopt while the receipt is shown.
    std::optional<Step> step() const;
    std::optional<qint64> draftId() const;
    QString focusedField() const { return m_focusedField; }

    void startNew();
    void openDraft(qint64 id);
    // The session became usable: reopen the draft that was open when Meldeklient last stopped, if any.
    void sessionReady();
    // Saves now what the debounce timer would save later.
    void saveNow();
    // Nobody is signed in any more: nothing of the last person's notification stays on screen.
    void signedOut();

Q_SIGNALS:
    void outboxRequested();
    void draftSaved(qint64 id);
    // Del 1 and Del 2 are in the outbox (ids of the items).
    void queued(qint64 part1, qint64 part2);

private:
    // signedOut() without forgetting that the draft was reopened at this sign-in.
    void clear();
    void goTo(Step step);
    void showReceipt();
    void next();
    void back();
    void send();
    void updateNavigation();
    void keepNavigationLastInTabOrder();
    void changed();
    void rememberFocus(QWidget* now);
    void enterDeathFacts();
    void enterCauses();
    void enterReview();
    QByteArray bundleJson();
    QJsonObject patient();
    QString personForConfirmation() const;
    QList<Questionnaire::ValidationIssue> forReview(const QList<Questionnaire::ValidationIssue>& issues) const;
    QStringList confirmedWarningKeys() const;
    DeathDraft currentDraft() const;
    void restore(const DeathDraft& draft);
    void focusField(const QString& field);
    QuestionnaireForm* formOf(Step step);
    // The answers of Del 1 and Del 2, from the forms once built, else as kept for them.
    Questionnaire::QuestionnaireResponse deathFactsResponse() const;
    Questionnaire::QuestionnaireResponse causesResponse() const;
    void setDeathFactsResponse(const Questionnaire::QuestionnaireResponse& response);
    void setCausesResponse(const Questionnaire::QuestionnaireResponse& response);
    void itemAccepted(qint64 id);
    void itemNeedsCorrection(qint64 id, const Error& error);

    Session::Session& m_session;
    const Questionnaire::FormRegistry& m_forms;
    const Session::NotificationCheck& m_check;
    Session::DeathNotificationService& m_service;
    Session::PersonLookup* m_lookup;
    QLabel* m_stepIndicator;
    QStackedWidget* m_steps;
    QScrollArea* m_scroll = nullptr;
    IdentifyPage* m_identify;
    Icd10Source m_icd10;
    QuestionnaireForm::Options m_formOptions;
    Notification::DeceasedPersonRules::Options m_rules;
    DeathFactFormWidget* m_deathFacts = nullptr; // built by deathFactsForm()
    DeathCauseFormWidget* m_causes = nullptr;    // built by causesForm()
    // What the forms will show once built (a restored draft, or the initial values).
    Questionnaire::QuestionnaireResponse m_pendingFacts;
    Questionnaire::QuestionnaireResponse m_pendingCauses;
    ReviewPage* m_review;
    ReceiptPage* m_receipt;
    QPushButton* m_back;
    QPushButton* m_next;
    DraftAutosave* m_autosave;
    QString m_focusedField;
    bool m_withoutNumber = false;
    bool m_restoring = false;
    bool m_reopenedAtStart = false;
    QStringList m_restoredConfirmations; // warning keys of a restored draft, applied when the review is built
    QList<Questionnaire::ValidationIssue> m_checkIssues; // the last check's issues, as the service sees them
    qint64 m_part1 = 0;
    qint64 m_part2 = 0;
    QString m_deathId;
    QDateTime m_deathReceived;
};

} // namespace Meldeklient::Gui

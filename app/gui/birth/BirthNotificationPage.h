#pragma once

#include "core/api/RegistryPerson.h"
#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/QuestionnaireResponse.h"
#include "core/questionnaire/ValidationIssue.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;

namespace Meldeklient::Session {
class PersonLookup;
class Session;
} // namespace Meldeklient::Session

namespace Meldeklient::Gui {

class BirthStatusView;
class DraftAutosave;
struct BirthDraft;
class IdentifyPage;
class QuestionnaireForm;
class ReviewPage;

// "Ny fødselsmelding": one screen per birth event, for the midwife. The mother first: her number is checked as it
// is typed, looked up in Folkeregisteret (the Session's PersonLookup, as for the deceased) and confirmed ("Dette er
// riktig person"); a mother without a Norwegian number is given by name and birth date in the form instead. Then
// the form forms/fodselsmelding.json, rendered by QuestionnaireForm, with the children as tabs ("Barn 1", "Barn
// 2"... , "Legg til barn"/"Fjern barn"); plurality and birth order are computed and shown read-only on each child's
// tab. The core's birth rules (BirthNotificationValidator) check it as she types; the review blocks on errors and
// wants each warning confirmed; Send queues one message per child through the Session's BirthNotificationService
// (the same check again, the confirmed warnings recorded), and the status step follows each child to its new
// fødselsnummer (or the refusal). "Lagre som PDF" writes a copy where she chooses.
// Every change is autosaved (DraftAutosave, debounced) as an encrypted birth draft with the step, child tab and field
// she is in and the warnings she confirmed on the review (ticked again there if still there, never sent); the draft
// becomes the queued birth when she sends it, and the next start puts her back where she was.
// objectNames: "birthEntryStep", "birthReviewStep", "birthStatusStep", "birthMother" (the mother's lookup, its
// widgets prefixed "mother_": "mother_identifierEdit", "mother_confirmPersonBox", "mother_personName"...),
// "birthForm", "birthBackButton", "birthNextButton", "birthNextReason", "birthPdfButton", "birthReviewMother",
// "birthStatusView", "birthPollButton", "birthNewButton"; the form's own ("barn_tabs", "barn_add",
// "barn.foedselsdato_2"...).
// Correction mode (startCorrection(), from a child's "Korriger" on the status step or the outbox page): the form
// starts from the response sent (the mother looked up and confirmed again as before), a banner above the steps says
// "Korrigering av fødselsmelding sendt <date> — barn N" with a box per child of that birth (the chosen ones ticked,
// only correctable ones enabled), and Send goes through BirthNotificationService::queueCorrection; the status step
// then follows the new messages. A birth queued before the client kept what was sent starts from an empty form, and
// the banner says why. objectNames: "birthCorrectionBanner", "birthCorrectionText", "birthCorrectionNote",
// "birthCorrectChild_<n>".
class BirthNotificationPage : public QWidget
{
    Q_OBJECT

public:
    enum class Step { Entry, Review, Status };
    Q_ENUM(Step)

    static inline const QString childrenGroup = QStringLiteral("barn");
    static inline const QString motherNumber = QStringLiteral("mor.foedselsEllerDNummer");

    explicit BirthNotificationPage(Session::Session& session, QWidget* parent = nullptr);
    ~BirthNotificationPage() override;

    Step step() const;
    QuestionnaireForm* form() const { return m_form; }
    IdentifyPage* motherPage() const { return m_mother; }
    ReviewPage* reviewPage() const { return m_review; }
    BirthStatusView* statusView() const { return m_statusView; }
    // The birth last sent from this screen (BirthNotificationService's id); empty before sending.
    QString birthId() const { return m_birthId; }
    // The children's answers and the mother as the form holds them.
    Questionnaire::QuestionnaireResponse response() const;
    // The birth rules on `response` now (what the form shows and the review blocks on).
    QList<Questionnaire::ValidationIssue> check(const Questionnaire::QuestionnaireResponse& response) const;

    // A fresh, empty notification (also after sign-out: nothing of the last birth stays on screen).
    void startNew();
    // Correction mode for children `childNumbers` of `originalBirthId` (see above). False when the birth is unknown.
    bool startCorrection(const QString& originalBirthId, const QList<int>& childNumbers);
    bool isCorrecting() const { return m_correction.has_value(); }
    // The children ticked for correction (birth order).
    QList<int> correctionChildren() const;
    void signedOut();
    // The draft autosaved from this screen, once something was typed.
    std::optional<qint64> draftId() const;
    // linkId of the form field (or objectName of the mother's field) the midwife was last in.
    QString focusedField() const { return m_focusedField; }
    // Puts the birth draft `id` on screen where it was left (nothing for a death draft).
    void openDraft(qint64 id);
    // The session became usable: reopens the birth draft that was open when Meldeklient last stopped, if it is one;
    // true when it did.
    bool sessionReady();
    // Saves now what the debounce would save later.
    void saveNow();
    // Writes the copy to `path` (the file the user chose). False with a message box on failure.
    bool savePdf(const QString& path);

Q_SIGNALS:
    void stepChanged(Step step);
    void draftSaved(qint64 id);

private:
    // signedOut() without forgetting that the draft was reopened at this sign-in.
    void clear();
    void goTo(Step step);
    void next();
    void back();
    void enterReview();
    void updateNavigation();
    void choosePdfFile();
    void send();
    void showStatus();
    QJsonObject responseJson() const;
    QString motherText() const;
    // The mother's name and birth date as confirmed or given (empty before either).
    QString motherName() const;
    QString senderText() const;
    QStringList childStatusLines() const;
    // The banner and a box per child of the birth corrected (startCorrection, a restored correction draft).
    void beginCorrection(const QString& originalBirthId, const QList<int>& childNumbers);
    void updateCorrectionBanner();
    void endCorrection();
    void changed();
    void rememberFocus(QWidget* now);
    void chooseMotherWithoutNumber();
    // BirthNotificationService::warningId() of the warnings confirmed on the review.
    QStringList confirmedWarningIds() const;
    BirthDraft currentDraft() const;
    void restore(const BirthDraft& draft);
    QTabWidget* childTabs() const;

    Session::Session& m_session;
    std::unique_ptr<Questionnaire::Questionnaire> m_questionnaire;
    Session::PersonLookup* m_lookup;
    QStackedWidget* m_steps;
    QScrollArea* m_scroll;
    QWidget* m_entry;
    IdentifyPage* m_mother;
    QLabel* m_motherPath;
    QuestionnaireForm* m_form;
    QWidget* m_reviewStep;
    QLabel* m_reviewMother;
    ReviewPage* m_review;
    QWidget* m_statusStep;
    QLabel* m_statusText;
    BirthStatusView* m_statusView;
    QPushButton* m_poll;
    QPushButton* m_newBirth;
    QString m_birthId;
    QLabel* m_nextReason;
    QPushButton* m_back;
    QPushButton* m_pdf;
    QPushButton* m_next;
    bool m_motherWithoutNumber = false;
    // Correction mode: the birth corrected and when it was sent.
    struct Correction {
        QString originalBirthId;
        QDateTime sentAt;
    };
    std::optional<Correction> m_correction;
    QWidget* m_correctionBanner;
    QLabel* m_correctionText;
    QLabel* m_correctionNote;
    QWidget* m_correctionChildren;
    DraftAutosave* m_autosave;
    QMetaObject::Connection m_focusConnection;
    QJsonObject m_emptyResponse; // the form as opened: a draft starts when the answers differ from it
    QString m_focusedField;
    bool m_restoring = false;
    bool m_reopenedAtStart = false;
    bool m_reviewOnConfirm = false; // a draft left on the review: back there once the lookup confirmed the mother
    QStringList m_restoredConfirmations; // warning ids of a restored draft, ticked when the review is built
};

} // namespace Meldeklient::Gui

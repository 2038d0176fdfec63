#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Meldeklient::Gui {

// What the birth screen autosaves of a birth notification in progress (the opaque content of a Session::Drafts birth
// draft, stored encrypted): the answers of every child and the mother, and where the midwife was.
struct BirthDraft {
    static constexpr int FormatVersion = 1;

    enum class Step { Entry, Review };

    Step step = Step::Entry;
    int childTab = 0;            // the child tab shown (0-based)
    QString field;               // linkId of the form field, or objectName of the mother's field, that had focus
    QString motherNumber;        // the mother's fødselsnummer/D-nummer as typed
    bool motherConfirmed = false;
    bool motherWithoutNumber = false;
    QString motherLabel;         // name and birth date as confirmed or given, for the list of drafts
    int childCount = 1;          // for the list of drafts
    QJsonObject response;        // the fodselsmelding QuestionnaireResponse as the form holds it (all children)
    // A correction in progress (BirthNotificationService::queueCorrection): the birth corrected and the children
    // ticked. Empty for a new birth; a restored correction must never be sent as a new birth (the child would be
    // registered twice).
    QString correctsBirthId;
    QList<int> correctionChildren;
    // BirthNotificationService::warningId() of each warning the midwife confirmed on the review (absent in drafts
    // saved before it was kept: nothing confirmed).
    QStringList confirmedWarnings;

    QByteArray toJson() const;
    // nullopt for content that is not a draft of this format.
    static std::optional<BirthDraft> fromJson(const QByteArray& json);

    bool operator==(const BirthDraft&) const = default;
};

} // namespace Meldeklient::Gui

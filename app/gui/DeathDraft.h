#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Meldeklient::Gui {

// What the window autosaves of a death notification in progress (the opaque content of a Session::DeathDrafts
// draft, stored encrypted): enough to put the doctor back on the page and in the field where they were.
struct DeathDraft {
    static constexpr int FormatVersion = 1;

    enum class Step { Identify, DeathFacts, Causes, Review };

    Step step = Step::Identify;
    QString field;            // objectName or linkId of the field that had focus
    QString number;           // fødselsnummer/D-nummer as typed (empty on the PUF path)
    bool personConfirmed = false;
    bool withoutNorwegianNumber = false;
    QString personLabel;      // name and birth date as confirmed, for the list of drafts
    QJsonObject deathFacts;   // Del 1 QuestionnaireResponse (forms/dodsfall.json)
    QJsonObject causes;       // Del 2 QuestionnaireResponse (forms/dodsaarsak.json)
    QStringList confirmedWarnings; // "rule|linkId" of each warning the doctor confirmed

    QByteArray toJson() const;
    // nullopt for content that is not a draft of this format.
    static std::optional<DeathDraft> fromJson(const QByteArray& json);

    bool operator==(const DeathDraft&) const = default;
};

} // namespace Meldeklient::Gui

#pragma once

#include "core/questionnaire/AnswerValue.h"
#include "core/questionnaire/EnableWhen.h"
#include "core/questionnaire/ItemType.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace Meldeklient::Questionnaire {

// One answerOption: the value and, for codings, translations of its display text by language ("nn", "en").
struct AnswerOption
{
    AnswerValue value;
    bool initialSelected = false;
    QHash<QString, QString> displayTranslations;
};

// One Questionnaire.item as loaded. Items are kept in a flat list in document order; parent and children are
// indices into that list (Questionnaire::items()).
struct QuestionnaireItem
{
    QString linkId;
    QString text; // base text, in the Questionnaire's language (Bokmål for our forms)
    QHash<QString, QString> textTranslations; // language -> text, from the translation extension on _text
    ItemType type = ItemType::Display;
    bool required = false;
    bool repeats = false;
    bool readOnly = false;
    std::optional<int> maxLength;
    QRegularExpression pattern; // from the standard regex extension; empty when the item has none
    QList<AnswerOption> answerOptions;
    QString answerValueSet; // canonical (see CodeSystemUrl); empty when the item has none
    QList<AnswerValue> initial;
    QList<EnableWhen> enableWhen;
    EnableBehavior enableBehavior = EnableBehavior::Any;
    QHash<QString, QJsonValue> extensions; // simple item extensions: url -> value[x]
    int parent = -1;
    QList<int> children;
    int depth = 0;
    int repeatingGroup = -1; // index of the enclosing repeating group (one level only), -1 outside one
    QString jsonPath; // where the item sits in the Questionnaire JSON, e.g. "item[2].item[0]"

    bool takesAnswers() const { return type != ItemType::Group && type != ItemType::Display; }
    bool isRepeatingGroup() const { return type == ItemType::Group && repeats; }
};

} // namespace Meldeklient::Questionnaire

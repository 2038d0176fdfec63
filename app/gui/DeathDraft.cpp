#include "gui/DeathDraft.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Meldeklient::Gui {

namespace {
QString stepCode(DeathDraft::Step step)
{
    switch (step) {
    case DeathDraft::Step::Identify:
        return QStringLiteral("identify");
    case DeathDraft::Step::DeathFacts:
        return QStringLiteral("death-facts");
    case DeathDraft::Step::Causes:
        return QStringLiteral("causes");
    case DeathDraft::Step::Review:
        return QStringLiteral("review");
    }
    return QStringLiteral("identify");
}

DeathDraft::Step stepFromCode(const QString& code)
{
    for (DeathDraft::Step step : {DeathDraft::Step::Identify, DeathDraft::Step::DeathFacts, DeathDraft::Step::Causes,
             DeathDraft::Step::Review}) {
        if (stepCode(step) == code)
            return step;
    }
    return DeathDraft::Step::Identify;
}
} // namespace

QByteArray DeathDraft::toJson() const
{
    const QJsonObject json {
        {QStringLiteral("format"), FormatVersion},
        {QStringLiteral("step"), stepCode(step)},
        {QStringLiteral("field"), field},
        {QStringLiteral("number"), number},
        {QStringLiteral("personConfirmed"), personConfirmed},
        {QStringLiteral("withoutNorwegianNumber"), withoutNorwegianNumber},
        {QStringLiteral("personLabel"), personLabel},
        {QStringLiteral("deathFacts"), deathFacts},
        {QStringLiteral("causes"), causes},
        {QStringLiteral("confirmedWarnings"), QJsonArray::fromStringList(confirmedWarnings)},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<DeathDraft> DeathDraft::fromJson(const QByteArray& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject object = document.object();
    if (!document.isObject() || object.value(QStringLiteral("format")).toInt() != FormatVersion)
        return std::nullopt;
    DeathDraft draft;
    draft.step = stepFromCode(object.value(QStringLiteral("step")).toString());
    draft.field = object.value(QStringLiteral("field")).toString();
    draft.number = object.value(QStringLiteral("number")).toString();
    draft.personConfirmed = object.value(QStringLiteral("personConfirmed")).toBool();
    draft.withoutNorwegianNumber = object.value(QStringLiteral("withoutNorwegianNumber")).toBool();
    draft.personLabel = object.value(QStringLiteral("personLabel")).toString();
    draft.deathFacts = object.value(QStringLiteral("deathFacts")).toObject();
    draft.causes = object.value(QStringLiteral("causes")).toObject();
    for (const QJsonValue& value : object.value(QStringLiteral("confirmedWarnings")).toArray())
        draft.confirmedWarnings.append(value.toString());
    return draft;
}

} // namespace Meldeklient::Gui

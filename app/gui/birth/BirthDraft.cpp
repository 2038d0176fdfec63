#include "gui/birth/BirthDraft.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Meldeklient::Gui {

namespace {
const QString entryCode = QStringLiteral("entry");
const QString reviewCode = QStringLiteral("review");
} // namespace

QByteArray BirthDraft::toJson() const
{
    const QJsonObject json {
        {QStringLiteral("format"), FormatVersion},
        {QStringLiteral("step"), step == Step::Review ? reviewCode : entryCode},
        {QStringLiteral("childTab"), childTab},
        {QStringLiteral("field"), field},
        {QStringLiteral("motherNumber"), motherNumber},
        {QStringLiteral("motherConfirmed"), motherConfirmed},
        {QStringLiteral("motherWithoutNumber"), motherWithoutNumber},
        {QStringLiteral("motherLabel"), motherLabel},
        {QStringLiteral("childCount"), childCount},
        {QStringLiteral("response"), response},
        {QStringLiteral("confirmedWarnings"), QJsonArray::fromStringList(confirmedWarnings)},
    };
    QJsonObject withCorrection = json;
    if (!correctsBirthId.isEmpty()) {
        QJsonArray children;
        for (int child : correctionChildren)
            children.append(child);
        withCorrection.insert(QStringLiteral("correctsBirthId"), correctsBirthId);
        withCorrection.insert(QStringLiteral("correctionChildren"), children);
    }
    return QJsonDocument(withCorrection).toJson(QJsonDocument::Compact);
}

std::optional<BirthDraft> BirthDraft::fromJson(const QByteArray& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject object = document.object();
    if (!document.isObject() || object.value(QStringLiteral("format")).toInt() != FormatVersion)
        return std::nullopt;
    BirthDraft draft;
    draft.step = object.value(QStringLiteral("step")).toString() == reviewCode ? Step::Review : Step::Entry;
    draft.childTab = std::max(0, object.value(QStringLiteral("childTab")).toInt());
    draft.field = object.value(QStringLiteral("field")).toString();
    draft.motherNumber = object.value(QStringLiteral("motherNumber")).toString();
    draft.motherConfirmed = object.value(QStringLiteral("motherConfirmed")).toBool();
    draft.motherWithoutNumber = object.value(QStringLiteral("motherWithoutNumber")).toBool();
    draft.motherLabel = object.value(QStringLiteral("motherLabel")).toString();
    draft.childCount = std::max(1, object.value(QStringLiteral("childCount")).toInt(1));
    draft.response = object.value(QStringLiteral("response")).toObject();
    draft.correctsBirthId = object.value(QStringLiteral("correctsBirthId")).toString();
    for (const QJsonValue child : object.value(QStringLiteral("correctionChildren")).toArray())
        draft.correctionChildren.append(child.toInt());
    for (const QJsonValue warning : object.value(QStringLiteral("confirmedWarnings")).toArray())
        draft.confirmedWarnings.append(warning.toString());
    return draft;
}

} // namespace Meldeklient::Gui

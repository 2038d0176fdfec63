#pragma once

#include "core/questionnaire/Questionnaire.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Meldeklient::Test {

// A Questionnaire document around `items` (a JSON array text), with optional extra top-level members.
inline QByteArray questionnaireJson(const QByteArray& items, const QByteArray& extraMembers = {})
{
    return "{\"resourceType\":\"Questionnaire\",\"status\":\"active\",\"url\":\"urn:test:q\",\"version\":\"1\","
        + (extraMembers.isEmpty() ? QByteArray() : extraMembers + ",") + "\"item\":" + items + "}";
}

// Loads a Questionnaire that the test expects to be valid; aborts the process otherwise (a broken fixture).
inline Questionnaire::Questionnaire loadQuestionnaire(const QByteArray& items, const QByteArray& extraMembers = {})
{
    Result<Questionnaire::Questionnaire> loaded
        = Questionnaire::Questionnaire::fromJson(questionnaireJson(items, extraMembers));
    if (!loaded)
        qFatal("fixture Questionnaire does not load: %s", qPrintable(loaded.error().message));
    return std::move(loaded).value();
}

inline Questionnaire::Questionnaire loadForm(const QString& resource)
{
    Result<Questionnaire::Questionnaire> loaded = Questionnaire::Questionnaire::fromFile(resource);
    if (!loaded)
        qFatal("form %s does not load: %s", qPrintable(resource), qPrintable(loaded.error().message));
    return std::move(loaded).value();
}

} // namespace Meldeklient::Test

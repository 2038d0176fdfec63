#pragma once

#include "core/common/Result.h"
#include "core/questionnaire/QuestionnaireConstraint.h"
#include "core/questionnaire/QuestionnaireItem.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Meldeklient::Questionnaire {

// A loaded FHIR R4 Questionnaire: its items in document order, its constraints and its texts in several languages.
// Load errors name the JSON path or linkId at fault, with stable codes (see README.md in this folder).
class Questionnaire
{
public:
    static Result<Questionnaire> fromJson(const QByteArray& json);
    static Result<Questionnaire> fromJsonObject(const QJsonObject& object);
    // A file on disk or an embedded resource (":/forms/dodsaarsak.json").
    static Result<Questionnaire> fromFile(const QString& path);

    const QString& url() const { return m_url; }
    const QString& version() const { return m_version; }
    const QString& name() const { return m_name; }
    const QString& title() const { return m_title; }
    const QString& language() const { return m_language; }
    // "url|version" as a QuestionnaireResponse refers to it; the url alone when there is no version.
    QString canonical() const;

    const QList<QuestionnaireItem>& items() const { return m_items; }
    QList<int> topLevelItems() const;
    // Index into items(), or -1.
    int indexOf(const QString& linkId) const { return m_indexByLinkId.value(linkId, -1); }
    const QuestionnaireItem* item(const QString& linkId) const;
    const QHash<QString, int>& indexByLinkId() const { return m_indexByLinkId; }
    const QList<QuestionnaireConstraint>& constraints() const { return m_constraints; }

    // The item's text in `language` ("nb", "nn", "en", or a tag such as "nn-NO"); the base text when there is no
    // translation or the language is the form's own.
    QString text(const QuestionnaireItem& item, const QString& language) const;
    QString title(const QString& language) const;
    QString optionDisplay(const AnswerOption& option, const QString& language) const;

private:
    friend class QuestionnaireParser;
    Questionnaire() = default;
    QString translated(const QString& base, const QHash<QString, QString>& translations, const QString& language) const;

    QString m_url;
    QString m_version;
    QString m_name;
    QString m_title;
    QHash<QString, QString> m_titleTranslations;
    QString m_language;
    QList<QuestionnaireItem> m_items;
    QHash<QString, int> m_indexByLinkId;
    QList<QuestionnaireConstraint> m_constraints;
};

} // namespace Meldeklient::Questionnaire

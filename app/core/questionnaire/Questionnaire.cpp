#include "core/questionnaire/Questionnaire.h"

#include "core/questionnaire/QuestionnaireParser.h"

#include <QCoreApplication>
#include <QFile>

namespace Meldeklient::Questionnaire {

Result<Questionnaire> Questionnaire::fromJson(const QByteArray& json)
{
    return QuestionnaireParser::parse(json);
}

Result<Questionnaire> Questionnaire::fromJsonObject(const QJsonObject& object)
{
    return QuestionnaireParser::parse(object);
}

Result<Questionnaire> Questionnaire::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {QStringLiteral("questionnaire-unreadable"),
            QCoreApplication::translate("Questionnaire", "The form file %1 cannot be read.").arg(path)};
    }
    return fromJson(file.readAll());
}

QString Questionnaire::canonical() const
{
    return m_version.isEmpty() ? m_url : m_url + u'|' + m_version;
}

QList<int> Questionnaire::topLevelItems() const
{
    QList<int> result;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).parent < 0)
            result.append(i);
    }
    return result;
}

const QuestionnaireItem* Questionnaire::item(const QString& linkId) const
{
    const int index = indexOf(linkId);
    return index < 0 ? nullptr : &m_items.at(index);
}

QString Questionnaire::translated(
    const QString& base, const QHash<QString, QString>& translations, const QString& language) const
{
    const QString wanted = language.toLower();
    const QString primary = wanted.section(u'-', 0, 0);
    if (wanted.isEmpty() || primary == m_language.section(u'-', 0, 0).toLower())
        return base;
    for (auto it = translations.constBegin(); it != translations.constEnd(); ++it) {
        if (it.key().toLower() == wanted)
            return it.value();
    }
    for (auto it = translations.constBegin(); it != translations.constEnd(); ++it) {
        if (it.key().section(u'-', 0, 0).toLower() == primary)
            return it.value();
    }
    return base;
}

QString Questionnaire::text(const QuestionnaireItem& item, const QString& language) const
{
    return translated(item.text, item.textTranslations, language);
}

QString Questionnaire::title(const QString& language) const
{
    return translated(m_title, m_titleTranslations, language);
}

QString Questionnaire::optionDisplay(const AnswerOption& option, const QString& language) const
{
    const QString base
        = option.value.type() == ValueType::Coding ? option.value.toCoding().display : option.value.toText();
    return translated(base, option.displayTranslations, language);
}

} // namespace Meldeklient::Questionnaire

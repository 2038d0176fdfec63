#include "core/birth/BirthAnswers.h"

#include "core/questionnaire/EnableWhenEvaluator.h"
#include "core/questionnaire/Questionnaire.h"

namespace Meldeklient::Birth {

BirthAnswers::BirthAnswers(
    const Questionnaire::Questionnaire& form, const Questionnaire::QuestionnaireResponse& response)
    : m_form(&form)
    , m_response(response)
    , m_enabled(Questionnaire::EnableWhenEvaluator::evaluate(form, response))
{
}

std::optional<QString> BirthAnswers::text(const QString& linkId) const
{
    if (!enabled(linkId))
        return std::nullopt;
    const std::optional<QString> value = m_response.text(linkId);
    if (!value)
        return std::nullopt;
    const QString normalized = value->normalized(QString::NormalizationForm_C).trimmed();
    if (normalized.isEmpty())
        return std::nullopt;
    return normalized;
}

std::optional<bool> BirthAnswers::boolean(const QString& linkId) const
{
    return enabled(linkId) ? m_response.boolean(linkId) : std::nullopt;
}

std::optional<Codes::Coding> BirthAnswers::coding(const QString& linkId) const
{
    return enabled(linkId) ? m_response.coding(linkId) : std::nullopt;
}

std::optional<qint64> BirthAnswers::integer(const QString& linkId) const
{
    return enabled(linkId) ? m_response.integer(linkId) : std::nullopt;
}

std::optional<double> BirthAnswers::decimal(const QString& linkId) const
{
    return enabled(linkId) ? m_response.decimal(linkId) : std::nullopt;
}

QDate BirthAnswers::date(const QString& linkId) const
{
    return enabled(linkId) ? m_response.date(linkId) : QDate();
}

bool BirthAnswers::hasAnyUnder(const QString& prefix) const
{
    const QString start = prefix + u'.';
    const QStringList answered = m_response.answeredLinkIds();
    return std::any_of(answered.cbegin(), answered.cend(),
        [&](const QString& linkId) { return linkId.startsWith(start) && enabled(linkId); });
}

QList<BirthAnswers> BirthAnswers::children() const
{
    QList<BirthAnswers> result;
    for (qsizetype i = 0; i < childCount(); ++i)
        result.append(BirthAnswers(*m_form, m_response.repeatView(childGroup(), i)));
    return result;
}

} // namespace Meldeklient::Birth

#include "core/codes/CodeSystemRegistry.h"

#include "core/codes/CodeSystemUrl.h"

namespace Meldeklient::Codes {

void CodeSystemRegistry::add(const CodeList& list)
{
    m_lists.insert_or_assign(CodeSystemUrl::canonical(list.url()), list);
}

bool CodeSystemRegistry::remove(const QString& urlOrAlias)
{
    return m_lists.erase(CodeSystemUrl::canonical(urlOrAlias)) > 0;
}

const CodeList* CodeSystemRegistry::find(const QString& urlOrAlias) const
{
    const auto found = m_lists.find(CodeSystemUrl::canonical(urlOrAlias));
    return found == m_lists.end() ? nullptr : &found->second;
}

QList<const CodeList*> CodeSystemRegistry::lists() const
{
    QList<const CodeList*> result;
    result.reserve(static_cast<qsizetype>(m_lists.size()));
    for (const auto& entry : m_lists)
        result.append(&entry.second);
    return result;
}

std::optional<QList<Coding>> CodeSystemRegistry::expand(const QString& valueSetUrl) const
{
    const CodeList* list = find(valueSetUrl);
    if (!list || list->size() > expandLimit)
        return std::nullopt;
    QList<Coding> result;
    result.reserve(list->size());
    for (qsizetype i = 0; i < list->size(); ++i)
        result.append(list->coding(i));
    return result;
}

std::optional<Coding> CodeSystemRegistry::lookup(const QString& valueSetUrl, const QString& code) const
{
    const CodeList* list = find(valueSetUrl);
    if (!list)
        return std::nullopt;
    const qsizetype index = list->indexOf(code);
    if (index < 0)
        return std::nullopt;
    return list->coding(index);
}

} // namespace Meldeklient::Codes

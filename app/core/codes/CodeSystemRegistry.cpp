#include "core/codes/CodeSystemRegistry.h"

#include "core/codes/CodeSystemUrl.h"

namespace Meldeklient::Codes {

void CodeSystemRegistry::add(const CodeList& list)
{
    const QString url = CodeSystemUrl::canonical(list.url());
    m_notLoadable.erase(url);
    m_lists.insert_or_assign(url, list);
}

bool CodeSystemRegistry::remove(const QString& urlOrAlias)
{
    const QString url = CodeSystemUrl::canonical(urlOrAlias);
    m_notLoadable.insert(url); // removed means removed, not "load it again from the cache"
    return m_lists.erase(url) > 0;
}

bool CodeSystemRegistry::reload(const QString& urlOrAlias)
{
    const QString url = CodeSystemUrl::canonical(urlOrAlias);
    std::optional<CodeList> loaded = m_loader && !url.isEmpty() ? m_loader(url) : std::nullopt;
    if (!loaded)
        return false;
    add(*loaded);
    return true;
}

void CodeSystemRegistry::setLoader(Loader loader)
{
    m_loader = std::move(loader);
    m_notLoadable.clear();
}

const CodeList* CodeSystemRegistry::find(const QString& urlOrAlias) const
{
    const QString url = CodeSystemUrl::canonical(urlOrAlias);
    if (const auto found = m_lists.find(url); found != m_lists.end())
        return &found->second;
    if (!m_loader || url.isEmpty() || m_notLoadable.count(url) > 0)
        return nullptr;
    std::optional<CodeList> loaded = m_loader(url);
    if (!loaded) {
        m_notLoadable.insert(url);
        return nullptr;
    }
    return &m_lists.insert_or_assign(url, std::move(*loaded)).first->second;
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

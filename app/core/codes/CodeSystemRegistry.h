#pragma once

#include "core/codes/CodeList.h"
#include "core/codes/ValueSetResolver.h"

#include <QList>
#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <set>

namespace Meldeklient::Codes {

// The code systems and value sets known to this client, by canonical URL. Volven numbers ("7110") and bare OIDs
// are accepted wherever a URL is. Not thread-safe: fill it, then share it read-only.
class CodeSystemRegistry final : public ValueSetResolver
{
public:
    // expand() refuses larger lists: a picker of 15,000 ICD-10 codes needs the search index instead.
    static constexpr qsizetype expandLimit = 2000;

    // Reads a list on first use (the cache): returns nullopt when there is none. Lists are then loaded only when
    // asked for, so a large list nobody asks for costs nothing.
    using Loader = std::function<std::optional<CodeList>(const QString& canonicalUrl)>;

    // Adds `list`, replacing any list with the same URL (a newer or older version alike: the caller decides).
    void add(const CodeList& list);
    void setLoader(Loader loader);
    bool remove(const QString& urlOrAlias);
    // Asks the loader again (a newer list was installed in the cache) and replaces the list when it answers; false,
    // and the list as it was, when it does not. Pointers to the replaced list become invalid.
    bool reload(const QString& urlOrAlias);
    // nullptr when unknown. The pointer stays valid until that list is replaced or removed.
    const CodeList* find(const QString& urlOrAlias) const;
    // All lists added or loaded so far, ordered by URL.
    QList<const CodeList*> lists() const;

    std::optional<QList<Coding>> expand(const QString& valueSetUrl) const override;
    std::optional<Coding> lookup(const QString& valueSetUrl, const QString& code) const override;

private:
    // node-based: adding one list leaves pointers to the others valid. Mutable: find() fills it from the loader.
    mutable std::map<QString, CodeList> m_lists;
    mutable std::set<QString> m_notLoadable; // asked for once, not in the loader either
    Loader m_loader;
};

} // namespace Meldeklient::Codes

#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Meldeklient::Questionnaire {

// Which items of a Questionnaire are enabled (shown) for a given response. Indices are those of
// Questionnaire::items(), so a caller can walk the items and their state side by side.
class EnabledItems
{
public:
    EnabledItems() = default;
    EnabledItems(QList<bool> enabled, QHash<QString, int> indexByLinkId)
        : m_enabled(std::move(enabled))
        , m_indexByLinkId(std::move(indexByLinkId))
    {
    }

    bool isEnabled(qsizetype index) const { return index >= 0 && index < m_enabled.size() && m_enabled.at(index); }
    // False for an unknown linkId.
    bool isEnabled(const QString& linkId) const { return isEnabled(m_indexByLinkId.value(linkId, -1)); }
    qsizetype size() const { return m_enabled.size(); }

private:
    QList<bool> m_enabled;
    QHash<QString, int> m_indexByLinkId;
};

} // namespace Meldeklient::Questionnaire

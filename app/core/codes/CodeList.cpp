#include "core/codes/CodeList.h"

#include "core/codes/CodeSystemUrl.h"

namespace Meldeklient::Codes {

CodeList::CodeList(Kind kind, const QString& url, const QString& version)
    : m_kind(kind)
    , m_url(url)
    , m_version(version)
{
}

bool CodeList::add(const CodeConcept& entry)
{
    // Mixing concepts with and without attributes would make icd10Attributes() lie about some codes.
    if (hasIcd10Attributes())
        return add(entry, Icd10Attributes {});
    const QString key = CodeSystemUrl::comparisonKey(entry.system, entry.code);
    if (entry.code.isEmpty() || m_index.contains(key))
        return false;
    m_index.insert(key, m_concepts.size());
    m_concepts.append(entry);
    m_hasIcd10Concepts = m_hasIcd10Concepts || CodeSystemUrl::isIcd10(entry.system);
    return true;
}

bool CodeList::add(const CodeConcept& entry, const Icd10Attributes& attributes)
{
    const QString key = CodeSystemUrl::comparisonKey(entry.system, entry.code);
    if (entry.code.isEmpty() || m_index.contains(key))
        return false;
    if (m_attributes.size() != m_concepts.size()) // first concept with attributes: give the earlier ones defaults
        m_attributes.resize(m_concepts.size());
    m_index.insert(key, m_concepts.size());
    m_concepts.append(entry);
    m_attributes.append(attributes);
    m_hasIcd10Concepts = m_hasIcd10Concepts || CodeSystemUrl::isIcd10(entry.system);
    return true;
}

Coding CodeList::coding(qsizetype index) const
{
    const CodeConcept& c = m_concepts.at(index);
    return Coding {c.system, c.code, c.display, m_version};
}

qsizetype CodeList::indexOf(QStringView code) const
{
    const QString plain = code.trimmed().toString();
    if (const auto found = m_index.constFind(plain); found != m_index.cend())
        return found.value();
    if (m_hasIcd10Concepts) {
        const QString icd = CodeSystemUrl::icd10Key(code);
        if (const auto found = m_index.constFind(icd); found != m_index.cend())
            return found.value();
    }
    return -1;
}

bool CodeList::setNationalAttributes(const QList<Icd10NationalAttributes>& attributes)
{
    if (attributes.size() != m_concepts.size())
        return false;
    m_national = attributes;
    return true;
}

void CodeList::setProvenance(const QString& source, const QString& sha256, const QDateTime& importedAt)
{
    m_source = source;
    m_sourceSha256 = sha256;
    m_importedAt = importedAt;
}

bool CodeList::operator==(const CodeList& other) const
{
    return m_kind == other.m_kind && m_url == other.m_url && m_version == other.m_version
        && m_title == other.m_title && m_concepts == other.m_concepts && m_attributes == other.m_attributes
        && m_national == other.m_national && m_source == other.m_source && m_sourceSha256 == other.m_sourceSha256
        && m_importedAt == other.m_importedAt;
}

} // namespace Meldeklient::Codes

#pragma once

#include "core/codes/Coding.h"
#include "core/codes/Icd10Attributes.h"
#include "core/codes/Icd10NationalAttributes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Meldeklient::Codes {

struct CodeConcept {
    QString code;    // stored spelling (ICD-10 without the dot)
    QString display;
    QString system;  // canonical system URL; for a code system this is the list's own URL

    bool operator==(const CodeConcept& other) const = default;
};

// One versioned code system or value set: its concepts in file order, looked up by code, and for ICD-10 the
// attributes from the Iris tables. A value type: copies share their data until one is modified.
class CodeList
{
public:
    enum class Kind : quint8 { CodeSystem, ValueSet };

    CodeList() = default;
    CodeList(Kind kind, const QString& url, const QString& version);

    Kind kind() const { return m_kind; }
    const QString& url() const { return m_url; }
    const QString& version() const { return m_version; }
    const QString& title() const { return m_title; }
    void setTitle(const QString& title) { m_title = title; }
    void setVersion(const QString& version) { m_version = version; }

    // Adds a concept whose code is already normalised; returns false (and adds nothing) when the code is taken.
    bool add(const CodeConcept& entry);
    bool add(const CodeConcept& entry, const Icd10Attributes& attributes);

    qsizetype size() const { return m_concepts.size(); }
    bool isEmpty() const { return m_concepts.isEmpty(); }
    const QList<CodeConcept>& concepts() const { return m_concepts; }
    const CodeConcept& at(qsizetype index) const { return m_concepts.at(index); }
    Coding coding(qsizetype index) const;

    // Index of `code` (any accepted spelling: "I21.9" finds "I219" in ICD-10 lists), or -1.
    qsizetype indexOf(QStringView code) const;

    // True when the ICD-10 tables' attributes are known for every concept.
    bool hasIcd10Attributes() const { return !m_attributes.isEmpty(); }
    const Icd10Attributes& icd10Attributes(qsizetype index) const { return m_attributes.at(index); }
    // For the Iris importer, which learns restrictions after the codes.
    Icd10Attributes& icd10Attributes(qsizetype index) { return m_attributes[index]; }

    // Norwegian ICD-10 only (KoTe importer): short text, validity dates and national flags, parallel to concepts.
    bool hasNationalAttributes() const { return !m_national.isEmpty(); }
    const Icd10NationalAttributes& nationalAttributes(qsizetype index) const { return m_national.at(index); }
    // False (and nothing set) unless there is one entry per concept.
    bool setNationalAttributes(const QList<Icd10NationalAttributes>& attributes);

    // Where the list came from ("kote-json", "iris", "fhir" ...), the SHA-256 (hex) of the file it was read from and
    // when it was imported: shown by `codes info`, compared by the update check.
    const QString& source() const { return m_source; }
    const QString& sourceSha256() const { return m_sourceSha256; }
    const QDateTime& importedAt() const { return m_importedAt; }
    void setProvenance(const QString& source, const QString& sha256, const QDateTime& importedAt);

    bool operator==(const CodeList& other) const;

private:
    Kind m_kind = Kind::CodeSystem;
    QString m_url;
    QString m_version;
    QString m_title;
    QList<CodeConcept> m_concepts;
    QList<Icd10Attributes> m_attributes; // parallel to m_concepts, or empty
    QList<Icd10NationalAttributes> m_national; // parallel to m_concepts, or empty
    QString m_source;
    QString m_sourceSha256;
    QDateTime m_importedAt;
    QHash<QString, qsizetype> m_index; // by CodeSystemUrl::comparisonKey: ICD-10 codes meet in any case
    bool m_hasIcd10Concepts = false;
};

} // namespace Meldeklient::Codes

#pragma once

#include "core/codes/Municipality.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Meldeklient::Codes {

// Norwegian municipalities from SSB's classification 131 (Klass): every number with its validity period and the
// changes between them, so that a form offers the municipalities valid on the date of death or birth (a 2019 death
// in Halden is 0101) and an old number can be mapped forward when a receiver demands current numbers.
// Licence CC BY 4.0: show `attribution` with the list.
// Error codes: codes-json, codes-klass-shape, codes-encoding, codes-csv-quote, codes-csv-header, codes-empty.
class MunicipalityList
{
public:
    struct ChangeEntry {
        QString oldCode;   // empty: a new number
        QString newCode;   // empty: the number ceased
        QDate changeOccurred;
        bool operator==(const ChangeEntry& other) const = default;
    };

    static constexpr QStringView attribution = u"Statistisk sentralbyrå";
    static constexpr QStringView url = u"urn:oid:2.16.578.1.12.4.1.1.3402";

    MunicipalityList() = default;

    // Klass `codes?from=…` JSON ({"codes": [...]}) and, optionally, `changes?from=…` JSON ({"codeChanges": [...]}).
    static Result<MunicipalityList> fromKlassJson(const QByteArray& codes, const QByteArray& changes = {});
    // Klass CSV (header "code","parentCode","level","name",…). Klass answers ISO-8859-1 unless UTF-8 is asked for:
    // `charset` is the response's charset; empty means "UTF-8 if it decodes, else ISO-8859-1".
    static Result<MunicipalityList> fromKlassCsv(const QByteArray& codes, const QByteArray& charset = {});
    // Whether a JSON document is a Klass changes answer (root "codeChanges") rather than codes.
    static bool isChangesJson(const QByteArray& content);

    const QList<Municipality>& all() const { return m_codes; }
    const QList<ChangeEntry>& changes() const { return m_changes; }
    void setChanges(const QList<ChangeEntry>& changes) { m_changes = changes; }

    // The places a form offers for an event on `date`: valid that day, without 9999/xx99, ordered by name.
    QList<Municipality> validOn(const QDate& date) const;
    // The municipality a number meant on `date`, if any.
    std::optional<Municipality> find(const QString& code, const QDate& date) const;
    // Follows the changes after `date` up to `target` (renumberings, mergers, splits).
    MunicipalityMapping mapForward(const QString& code, const QDate& date, const QDate& target) const;

private:
    MunicipalityList(QList<Municipality> codes, QList<ChangeEntry> changes);

    QList<Municipality> m_codes;
    QList<ChangeEntry> m_changes;
};

} // namespace Meldeklient::Codes

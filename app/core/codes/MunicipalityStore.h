#pragma once

#include "core/codes/MunicipalityList.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Meldeklient::Codes {

// Keeps SSB's municipality files as fetched or imported (raw Klass JSON, with their SHA-256 and time) under
// <dataDirectory>/codes/sources, and reads them back as a MunicipalityList. Raw files rather than a converted list:
// numbers are reused over time, so the key is (code, validity), which a CodeList cannot hold.
class MunicipalityStore
{
public:
    struct Info {
        QString sha256;
        QDateTime importedAt;
        qsizetype codes = 0;
        qsizetype changes = 0;
    };

    // Default: Meldeklient::dataDirectory() + "/codes/sources".
    MunicipalityStore();
    explicit MunicipalityStore(const QString& directory);

    // Parses first; refuses (codes-too-small) a list with fewer than half the codes of the stored one.
    Result<MunicipalityList> save(const QByteArray& codesJson, const QByteArray& changesJson) const;
    // codes-not-imported when nothing is stored.
    Result<MunicipalityList> load() const;
    std::optional<Info> info() const;
    bool remove() const;

private:
    QString m_directory;
};

} // namespace Meldeklient::Codes

#include "core/codes/MunicipalityStore.h"

#include "core/common/DataDirectory.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Meldeklient::Codes {

namespace {
const QString codesName = QStringLiteral("klass-131-codes.json");
const QString changesName = QStringLiteral("klass-131-changes.json");
const QString infoName = QStringLiteral("klass-131.info.json");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}
} // namespace

MunicipalityStore::MunicipalityStore()
    : MunicipalityStore(dataDirectory() + QStringLiteral("/codes/sources"))
{
}

MunicipalityStore::MunicipalityStore(const QString& directory)
    : m_directory(directory)
{
}

Result<MunicipalityList> MunicipalityStore::save(const QByteArray& codesJson, const QByteArray& changesJson) const
{
    Result<MunicipalityList> list = MunicipalityList::fromKlassJson(codesJson, changesJson);
    if (!list)
        return list;
    if (Result<MunicipalityList> current = load(); current && list->all().size() * 2 < current->all().size()) {
        return Result<MunicipalityList>::failure(QStringLiteral("codes-too-small"),
            QCoreApplication::translate("Codes",
                "The new municipality list has %1 codes, fewer than half of the %2 it would replace; it was refused "
                "and the current list is kept.")
                .arg(list->all().size())
                .arg(current->all().size()));
    }
    QDir().mkpath(m_directory);
    const QJsonObject info {{QStringLiteral("sha256"),
                                QString::fromLatin1(QCryptographicHash::hash(codesJson, QCryptographicHash::Sha256).toHex())},
        {QStringLiteral("importedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("codes"), static_cast<qint64>(list->all().size())},
        {QStringLiteral("changes"), static_cast<qint64>(list->changes().size())}};
    if (!writeAtomically(m_directory + u'/' + codesName, codesJson)
        || !writeAtomically(m_directory + u'/' + changesName, changesJson.isEmpty() ? QByteArray("{\"codeChanges\":[]}") : changesJson)
        || !writeAtomically(m_directory + u'/' + infoName, QJsonDocument(info).toJson(QJsonDocument::Compact))) {
        return Result<MunicipalityList>::failure(QStringLiteral("codes-cache-write"),
            QCoreApplication::translate("Codes", "The municipality list could not be saved in %1.").arg(m_directory));
    }
    return list;
}

Result<MunicipalityList> MunicipalityStore::load() const
{
    const QString path = m_directory + u'/' + codesName;
    if (!QFileInfo::exists(path)) {
        return Result<MunicipalityList>::failure(QStringLiteral("codes-not-imported"),
            QCoreApplication::translate("Codes", "No municipality list is imported; run codes fetch municipalities."));
    }
    return MunicipalityList::fromKlassJson(readAll(path), readAll(m_directory + u'/' + changesName));
}

std::optional<MunicipalityStore::Info> MunicipalityStore::info() const
{
    const QJsonObject o = QJsonDocument::fromJson(readAll(m_directory + u'/' + infoName)).object();
    if (o.isEmpty())
        return std::nullopt;
    return Info {o.value(QStringLiteral("sha256")).toString(),
        QDateTime::fromString(o.value(QStringLiteral("importedAt")).toString(), Qt::ISODate),
        static_cast<qsizetype>(o.value(QStringLiteral("codes")).toInteger()),
        static_cast<qsizetype>(o.value(QStringLiteral("changes")).toInteger())};
}

bool MunicipalityStore::remove() const
{
    bool removed = false;
    for (const QString& name : {codesName, changesName, infoName})
        removed = QFile::remove(m_directory + u'/' + name) || removed;
    return removed;
}

} // namespace Meldeklient::Codes

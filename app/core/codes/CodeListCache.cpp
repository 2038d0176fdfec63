#include "core/codes/CodeListCache.h"

#include "core/codes/CodeSystemUrl.h"
#include "core/codes/CodesLogging.h"
#include "core/common/DataDirectory.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace Meldeklient::Codes {

namespace {
constexpr QLatin1StringView magic("meldeklient-codelist");
constexpr qsizetype packedAttributesSize = 18;

void putU16(char* out, quint16 value)
{
    out[0] = static_cast<char>(value & 0xff);
    out[1] = static_cast<char>(value >> 8);
}

quint16 getU16(const uchar* in)
{
    return static_cast<quint16>(in[0] | (in[1] << 8));
}

QByteArray packAttributes(const CodeList& list)
{
    QByteArray packed(list.size() * packedAttributesSize, '\0');
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Icd10Attributes& a = list.icd10Attributes(i);
        char* out = packed.data() + i * packedAttributesSize;
        out[0] = static_cast<char>((a.asterisk ? 1 : 0) | (a.hasRestrictions ? 2 : 0) | (a.rareDisease ? 4 : 0)
            | (a.notUnderlyingCause ? 8 : 0));
        out[1] = static_cast<char>(a.sex);
        out[2] = static_cast<char>(a.sexConsistency);
        out[3] = static_cast<char>(a.ageConsistency);
        out[4] = static_cast<char>(a.lowerAge.unit);
        putU16(out + 5, a.lowerAge.value);
        out[7] = static_cast<char>(a.upperAge.unit);
        putU16(out + 8, a.upperAge.value);
        putU16(out + 10, a.validFrom);
        putU16(out + 12, a.validTo);
        putU16(out + 14, a.restrictionsFrom);
        putU16(out + 16, a.restrictionsTo);
    }
    return packed;
}

std::optional<Icd10Attributes> unpackAttributes(const uchar* in)
{
    // Enum bytes outside their range mean the file is not what we wrote.
    if (in[0] > 15 || in[1] > 2 || in[2] > 2 || in[3] > 2 || in[4] > 2 || in[7] > 2)
        return std::nullopt;
    Icd10Attributes a;
    a.asterisk = in[0] & 1;
    a.hasRestrictions = in[0] & 2;
    a.rareDisease = in[0] & 4;
    a.notUnderlyingCause = in[0] & 8;
    a.sex = static_cast<Icd10Sex>(in[1]);
    a.sexConsistency = static_cast<Icd10Consistency>(in[2]);
    a.ageConsistency = static_cast<Icd10Consistency>(in[3]);
    a.lowerAge = Icd10AgeLimit {static_cast<Icd10AgeLimit::Unit>(in[4]), getU16(in + 5)};
    a.upperAge = Icd10AgeLimit {static_cast<Icd10AgeLimit::Unit>(in[7]), getU16(in + 8)};
    a.validFrom = getU16(in + 10);
    a.validTo = getU16(in + 12);
    a.restrictionsFrom = getU16(in + 14);
    a.restrictionsTo = getU16(in + 16);
    return a;
}

// Norwegian ICD-10 attributes: flags, sex, and the validity dates as Julian days (0 = none), 10 bytes per code.
constexpr qsizetype packedNationalSize = 10;

void putI32(char* out, qint32 value)
{
    const auto u = static_cast<quint32>(value);
    for (int b = 0; b < 4; ++b)
        out[b] = static_cast<char>((u >> (8 * b)) & 0xff);
}

qint32 getI32(const uchar* in)
{
    return static_cast<qint32>(in[0] | (in[1] << 8) | (in[2] << 16) | (static_cast<quint32>(in[3]) << 24));
}

qint32 julianDay(const QDate& date)
{
    return date.isValid() ? static_cast<qint32>(date.toJulianDay()) : 0;
}

QDate fromJulianDay(qint32 day)
{
    return day == 0 ? QDate() : QDate::fromJulianDay(day);
}

QByteArray packNational(const CodeList& list)
{
    QByteArray packed(list.size() * packedNationalSize, '\0');
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Icd10NationalAttributes& a = list.nationalAttributes(i);
        char* out = packed.data() + i * packedNationalSize;
        out[0] = static_cast<char>((a.star ? 1 : 0) | (a.additional ? 2 : 0) | (a.unspecific ? 4 : 0));
        out[1] = static_cast<char>(a.sex);
        putI32(out + 2, julianDay(a.validFrom));
        putI32(out + 6, julianDay(a.validTo));
    }
    return packed;
}

std::optional<Icd10NationalAttributes> unpackNational(const uchar* in, const QString& shortDisplay)
{
    if (in[0] > 7 || in[1] > 2)
        return std::nullopt;
    Icd10NationalAttributes a;
    a.shortDisplay = shortDisplay;
    a.star = in[0] & 1;
    a.additional = in[0] & 2;
    a.unspecific = in[0] & 4;
    a.sex = static_cast<Icd10Sex>(in[1]);
    a.validFrom = fromJulianDay(getI32(in + 2));
    a.validTo = fromJulianDay(getI32(in + 6));
    return a;
}

Error corrupt(const QString& detail)
{
    return Error {QStringLiteral("codes-cache-corrupt"),
        QCoreApplication::translate("Codes", "A cached code list is damaged (%1) and was ignored; import it again.")
            .arg(detail)};
}
} // namespace

CodeListCache::CodeListCache()
    : CodeListCache(dataDirectory() + QStringLiteral("/codes"))
{
}

CodeListCache::CodeListCache(const QString& directory)
    : m_directory(directory)
{
}

QString CodeListCache::filePath(const QString& url) const
{
    const QByteArray hash =
        QCryptographicHash::hash(CodeSystemUrl::canonical(url).toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return m_directory + u'/' + QString::fromLatin1(hash) + QStringLiteral(".cbor");
}

QByteArray CodeListCache::serialize(const CodeList& list)
{
    QCborArray codes;
    QCborArray displays;
    QCborArray systems;
    const bool perConceptSystem = list.kind() == CodeList::Kind::ValueSet;
    for (const CodeConcept& c : list.concepts()) {
        codes.append(c.code);
        displays.append(c.display);
        if (perConceptSystem)
            systems.append(c.system);
    }
    QCborMap payload;
    payload.insert(QLatin1StringView("kind"), list.kind() == CodeList::Kind::ValueSet ? 1 : 0);
    payload.insert(QLatin1StringView("url"), list.url());
    payload.insert(QLatin1StringView("version"), list.version());
    payload.insert(QLatin1StringView("title"), list.title());
    payload.insert(QLatin1StringView("codes"), codes);
    payload.insert(QLatin1StringView("displays"), displays);
    if (perConceptSystem)
        payload.insert(QLatin1StringView("systems"), systems);
    if (list.hasIcd10Attributes())
        payload.insert(QLatin1StringView("icd10"), packAttributes(list));
    if (list.hasNationalAttributes()) {
        QCborArray shortDisplays;
        for (qsizetype i = 0; i < list.size(); ++i)
            shortDisplays.append(list.nationalAttributes(i).shortDisplay);
        payload.insert(QLatin1StringView("shortDisplays"), shortDisplays);
        payload.insert(QLatin1StringView("national"), packNational(list));
    }
    payload.insert(QLatin1StringView("source"), list.source());
    payload.insert(QLatin1StringView("sourceSha256"), list.sourceSha256());
    if (list.importedAt().isValid())
        payload.insert(QLatin1StringView("importedAt"), list.importedAt().toUTC().toString(Qt::ISODateWithMs));
    const QByteArray payloadBytes = payload.toCborValue().toCbor();

    QCborMap envelope;
    envelope.insert(QLatin1StringView("magic"), magic);
    envelope.insert(QLatin1StringView("format"), formatVersion);
    envelope.insert(QLatin1StringView("sha256"), QCryptographicHash::hash(payloadBytes, QCryptographicHash::Sha256));
    envelope.insert(QLatin1StringView("payload"), payloadBytes);
    return envelope.toCborValue().toCbor();
}

namespace {
// The envelope's magic, format and checksum; the payload bytes when they hold.
Result<QByteArray> verifiedPayload(const QByteArray& bytes)
{
    QCborParserError parseError;
    const QCborValue envelope = QCborValue::fromCbor(bytes, &parseError);
    if (parseError.error != QCborError::NoError || !envelope.isMap())
        return corrupt(QStringLiteral("envelope"));
    if (envelope[QLatin1StringView("magic")].toString() != magic)
        return corrupt(QStringLiteral("magic"));
    if (envelope[QLatin1StringView("format")].toInteger() != CodeListCache::formatVersion) {
        return Result<QByteArray>::failure(QStringLiteral("codes-cache-format"),
            QCoreApplication::translate("Codes",
                "A cached code list was written by another version of Meldeklient and was ignored; import it again."));
    }
    QByteArray payloadBytes = envelope[QLatin1StringView("payload")].toByteArray();
    if (QCryptographicHash::hash(payloadBytes, QCryptographicHash::Sha256)
        != envelope[QLatin1StringView("sha256")].toByteArray())
        return corrupt(QStringLiteral("checksum"));
    return payloadBytes;
}
} // namespace

Result<CodeList> CodeListCache::deserialize(const QByteArray& bytes)
{
    Result<QByteArray> verified = verifiedPayload(bytes);
    if (!verified)
        return verified.error();
    const QByteArray payloadBytes = std::move(verified).value();
    QCborParserError parseError;
    const QCborValue payload = QCborValue::fromCbor(payloadBytes, &parseError);
    if (parseError.error != QCborError::NoError || !payload.isMap())
        return corrupt(QStringLiteral("payload"));

    const QCborArray codes = payload[QLatin1StringView("codes")].toArray();
    const QCborArray displays = payload[QLatin1StringView("displays")].toArray();
    const QCborArray systems = payload[QLatin1StringView("systems")].toArray();
    const QByteArray packed = payload[QLatin1StringView("icd10")].toByteArray();
    const bool isValueSet = payload[QLatin1StringView("kind")].toInteger() == 1;
    const QString url = payload[QLatin1StringView("url")].toString();
    const bool hasAttributes = payload[QLatin1StringView("icd10")].isByteArray();
    if (url.isEmpty() || codes.isEmpty() || displays.size() != codes.size()
        || (isValueSet && systems.size() != codes.size())
        || (hasAttributes && packed.size() != codes.size() * packedAttributesSize))
        return corrupt(QStringLiteral("structure"));

    CodeList list(isValueSet ? CodeList::Kind::ValueSet : CodeList::Kind::CodeSystem, url,
        payload[QLatin1StringView("version")].toString());
    list.setTitle(payload[QLatin1StringView("title")].toString());
    const auto* attributeBytes = reinterpret_cast<const uchar*>(packed.constData());
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const CodeConcept entry {
            codes.at(i).toString(), displays.at(i).toString(), isValueSet ? systems.at(i).toString() : url};
        bool added = false;
        if (hasAttributes) {
            const std::optional<Icd10Attributes> attributes = unpackAttributes(attributeBytes + i * packedAttributesSize);
            added = attributes && list.add(entry, *attributes);
        } else {
            added = list.add(entry);
        }
        if (!added || entry.system.isEmpty())
            return corrupt(QStringLiteral("concept %1").arg(i));
    }
    // Fields added after format 1 was fixed are optional, so older files still load.
    const QByteArray national = payload[QLatin1StringView("national")].toByteArray();
    const QCborArray shortDisplays = payload[QLatin1StringView("shortDisplays")].toArray();
    if (payload[QLatin1StringView("national")].isByteArray()) {
        if (national.size() != codes.size() * packedNationalSize || shortDisplays.size() != codes.size())
            return corrupt(QStringLiteral("structure"));
        QList<Icd10NationalAttributes> attributes;
        attributes.reserve(codes.size());
        const auto* nationalBytes = reinterpret_cast<const uchar*>(national.constData());
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const std::optional<Icd10NationalAttributes> a =
                unpackNational(nationalBytes + i * packedNationalSize, shortDisplays.at(i).toString());
            if (!a)
                return corrupt(QStringLiteral("concept %1").arg(i));
            attributes.append(*a);
        }
        list.setNationalAttributes(attributes);
    }
    list.setProvenance(payload[QLatin1StringView("source")].toString(),
        payload[QLatin1StringView("sourceSha256")].toString(),
        QDateTime::fromString(payload[QLatin1StringView("importedAt")].toString(), Qt::ISODateWithMs));
    return list;
}

namespace {
QString summaryPath(const QString& listPath)
{
    return listPath.chopped(5) + QStringLiteral(".summary.json"); // "<hash>.cbor" -> "<hash>.summary.json"
}

QJsonObject toJson(const CodeListCache::Summary& summary)
{
    return QJsonObject {{QStringLiteral("url"), summary.url}, {QStringLiteral("version"), summary.version},
        {QStringLiteral("title"), summary.title}, {QStringLiteral("kind"), summary.kind},
        {QStringLiteral("concepts"), static_cast<qint64>(summary.concepts)},
        {QStringLiteral("icd10Attributes"), summary.icd10Attributes}, {QStringLiteral("source"), summary.source},
        {QStringLiteral("sourceSha256"), summary.sourceSha256},
        {QStringLiteral("importedAt"), summary.importedAt.toUTC().toString(Qt::ISODate)}};
}

std::optional<CodeListCache::Summary> fromJson(const QByteArray& bytes)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    if (!o.value(QStringLiteral("url")).isString())
        return std::nullopt;
    return CodeListCache::Summary {o.value(QStringLiteral("url")).toString(),
        o.value(QStringLiteral("version")).toString(), o.value(QStringLiteral("title")).toString(),
        o.value(QStringLiteral("kind")).toString(), static_cast<qsizetype>(o.value(QStringLiteral("concepts")).toInteger()),
        o.value(QStringLiteral("icd10Attributes")).toBool(), o.value(QStringLiteral("source")).toString(),
        o.value(QStringLiteral("sourceSha256")).toString(),
        QDateTime::fromString(o.value(QStringLiteral("importedAt")).toString(), Qt::ISODate)};
}

Result<void> writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        return Result<void>::failure(QStringLiteral("codes-cache-write"),
            QCoreApplication::translate("Codes", "The code list could not be saved: %1").arg(file.errorString()));
    }
    return {};
}
} // namespace

CodeListCache::Summary CodeListCache::summarize(const CodeList& list)
{
    return Summary {list.url(), list.version(), list.title(),
        list.kind() == CodeList::Kind::ValueSet ? QStringLiteral("ValueSet") : QStringLiteral("CodeSystem"),
        list.size(), list.hasIcd10Attributes(), list.source(), list.sourceSha256(), list.importedAt()};
}

Result<void> CodeListCache::save(const CodeList& list) const
{
    QDir().mkpath(m_directory);
    const QString path = filePath(list.url());
    if (Result<void> written = writeAtomically(path, serialize(list)); !written)
        return written;
    return writeAtomically(summaryPath(path), QJsonDocument(toJson(summarize(list))).toJson(QJsonDocument::Compact));
}

bool CodeListCache::remove(const QString& url) const
{
    const QString path = filePath(url);
    QFile::remove(summaryPath(path));
    return QFile::remove(path);
}

bool CodeListCache::contains(const QString& url) const
{
    return QFileInfo::exists(filePath(url));
}

Result<CodeList> CodeListCache::load(const QString& url) const
{
    QFile file(filePath(url));
    if (!file.exists()) {
        return Result<CodeList>::failure(QStringLiteral("codes-not-imported"),
            QCoreApplication::translate("Codes", "No code list %1 is imported.").arg(CodeSystemUrl::canonical(url)));
    }
    if (!file.open(QIODevice::ReadOnly))
        return corrupt(file.errorString());
    Result<CodeList> list = deserialize(file.readAll());
    if (!list)
        qCWarning(lcCodes) << "Ignoring cache file" << QFileInfo(file).fileName() << list.error().code;
    return list;
}

QList<CodeListCache::Summary> CodeListCache::summaries(QList<Error>* problems) const
{
    QList<Summary> result;
    const QFileInfoList files =
        QDir(m_directory).entryInfoList(QStringList {QStringLiteral("*.cbor")}, QDir::Files, QDir::Name);
    for (const QFileInfo& info : files) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            if (problems)
                problems->append(corrupt(file.errorString()));
            continue;
        }
        const QByteArray bytes = file.readAll();
        // The checksum is verified (cheap); the list itself is parsed only when there is no summary yet.
        QFile summaryFile(summaryPath(info.filePath()));
        if (summaryFile.open(QIODevice::ReadOnly)) {
            if (std::optional<Summary> summary = fromJson(summaryFile.read(64 * 1024))) {
                if (Result<QByteArray> verified = verifiedPayload(bytes); !verified) {
                    if (problems)
                        problems->append(verified.error());
                    continue;
                }
                result.append(*summary);
                continue;
            }
        }
        Result<CodeList> list = deserialize(bytes);
        if (!list) {
            if (problems)
                problems->append(list.error());
            continue;
        }
        result.append(summarize(*list));
        // Best effort: the next listing reads the summary instead of the list.
        (void)writeAtomically(
            summaryPath(info.filePath()), QJsonDocument(toJson(result.last())).toJson(QJsonDocument::Compact));
    }
    std::sort(result.begin(), result.end(), [](const Summary& a, const Summary& b) { return a.url < b.url; });
    return result;
}

CodeListCache::LoadReport CodeListCache::loadAll() const
{
    LoadReport report;
    const QFileInfoList files =
        QDir(m_directory).entryInfoList(QStringList {QStringLiteral("*.cbor")}, QDir::Files, QDir::Name);
    for (const QFileInfo& info : files) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            report.problems.append(corrupt(file.errorString()));
            continue;
        }
        Result<CodeList> list = deserialize(file.readAll());
        if (!list) {
            qCWarning(lcCodes) << "Ignoring cache file" << info.fileName() << list.error().code;
            report.problems.append(list.error());
            continue;
        }
        report.lists.append(std::move(list).value());
    }
    return report;
}

} // namespace Meldeklient::Codes

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
#include <QSaveFile>

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
    const QByteArray payloadBytes = payload.toCborValue().toCbor();

    QCborMap envelope;
    envelope.insert(QLatin1StringView("magic"), magic);
    envelope.insert(QLatin1StringView("format"), formatVersion);
    envelope.insert(QLatin1StringView("sha256"), QCryptographicHash::hash(payloadBytes, QCryptographicHash::Sha256));
    envelope.insert(QLatin1StringView("payload"), payloadBytes);
    return envelope.toCborValue().toCbor();
}

Result<CodeList> CodeListCache::deserialize(const QByteArray& bytes)
{
    QCborParserError parseError;
    const QCborValue envelope = QCborValue::fromCbor(bytes, &parseError);
    if (parseError.error != QCborError::NoError || !envelope.isMap())
        return corrupt(QStringLiteral("envelope"));
    if (envelope[QLatin1StringView("magic")].toString() != magic)
        return corrupt(QStringLiteral("magic"));
    if (envelope[QLatin1StringView("format")].toInteger() != formatVersion) {
        return Result<CodeList>::failure(QStringLiteral("codes-cache-format"),
            QCoreApplication::translate("Codes",
                "A cached code list was written by another version of Meldeklient and was ignored; import it again."));
    }
    const QByteArray payloadBytes = envelope[QLatin1StringView("payload")].toByteArray();
    if (QCryptographicHash::hash(payloadBytes, QCryptographicHash::Sha256)
        != envelope[QLatin1StringView("sha256")].toByteArray())
        return corrupt(QStringLiteral("checksum"));
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
    return list;
}

Result<void> CodeListCache::save(const CodeList& list) const
{
    QDir().mkpath(m_directory);
    QSaveFile file(filePath(list.url()));
    if (!file.open(QIODevice::WriteOnly) || file.write(serialize(list)) < 0 || !file.commit()) {
        return Result<void>::failure(QStringLiteral("codes-cache-write"),
            QCoreApplication::translate("Codes", "The code list could not be saved: %1").arg(file.errorString()));
    }
    return {};
}

bool CodeListCache::remove(const QString& url) const
{
    return QFile::remove(filePath(url));
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

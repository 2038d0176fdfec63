#include "core/codes/MunicipalityList.h"

#include "core/codes/CsvReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace Meldeklient::Codes {

namespace {
Error shapeError(const QString& detail)
{
    return Error {QStringLiteral("codes-klass-shape"),
        QCoreApplication::translate("Codes",
            "The file is not SSB's municipality classification in the expected shape (%1); the current list is kept.")
            .arg(detail)};
}

Result<QJsonObject> parseObject(const QByteArray& content)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error {QStringLiteral("codes-json"),
            QCoreApplication::translate("Codes", "The file is not complete JSON (line %1: %2); the current list is kept.")
                .arg(content.left(parseError.offset).count('\n') + 1)
                .arg(parseError.errorString())};
    }
    if (!document.isObject())
        return shapeError(QCoreApplication::translate("Codes", "the top level is not an object"));
    return document.object();
}

Error emptyError()
{
    return Error {QStringLiteral("codes-empty"),
        QCoreApplication::translate("Codes", "The municipality list has no codes; the current list is kept.")};
}

// Klass writes dates as "2020-01-01"; the municipality code is four digits.
bool isMunicipalityCode(const QString& code)
{
    return code.size() == 4 && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c.isDigit(); });
}

Result<Municipality> municipality(const QString& code, const QString& name, const QString& from, const QString& to,
    const QString& where)
{
    Municipality m {code.trimmed(), name.trimmed(), QDate::fromString(from, Qt::ISODate),
        to.isEmpty() ? QDate() : QDate::fromString(to, Qt::ISODate)};
    if (!isMunicipalityCode(m.code))
        return shapeError(QCoreApplication::translate("Codes", "%1 has no four-digit code").arg(where));
    if (!m.validFrom.isValid() || (!to.isEmpty() && !m.validTo.isValid()))
        return shapeError(QCoreApplication::translate("Codes", "%1 has no valid dates").arg(where));
    return m;
}

} // namespace

MunicipalityList::MunicipalityList(QList<Municipality> codes, QList<ChangeEntry> changes)
    : m_codes(std::move(codes))
    , m_changes(std::move(changes))
{
    std::sort(m_codes.begin(), m_codes.end(), [](const Municipality& a, const Municipality& b) {
        return std::tie(a.code, a.validFrom) < std::tie(b.code, b.validFrom);
    });
    std::stable_sort(m_changes.begin(), m_changes.end(),
        [](const ChangeEntry& a, const ChangeEntry& b) { return a.changeOccurred < b.changeOccurred; });
}

bool MunicipalityList::isChangesJson(const QByteArray& content)
{
    return QJsonDocument::fromJson(content).object().contains(QLatin1StringView("codeChanges"));
}

Result<MunicipalityList> MunicipalityList::fromKlassJson(const QByteArray& codes, const QByteArray& changes)
{
    Result<QJsonObject> root = parseObject(codes);
    if (!root)
        return root.error();
    const QJsonValue array = root->value(QLatin1StringView("codes"));
    if (!array.isArray())
        return shapeError(QCoreApplication::translate("Codes", "no \"codes\" array"));
    QList<Municipality> list;
    const QJsonArray items = array.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        Result<Municipality> m = municipality(o.value(QLatin1StringView("code")).toString(),
            o.value(QLatin1StringView("name")).toString(), o.value(QLatin1StringView("validFrom")).toString(),
            o.value(QLatin1StringView("validTo")).toString(), QStringLiteral("codes[%1]").arg(i));
        if (!m)
            return m.error();
        list.append(*m);
    }
    if (list.isEmpty()) {
        return emptyError();
    }
    QList<ChangeEntry> changeList;
    if (!changes.isEmpty()) {
        Result<QJsonObject> changeRoot = parseObject(changes);
        if (!changeRoot)
            return changeRoot.error();
        const QJsonValue changeArray = changeRoot->value(QLatin1StringView("codeChanges"));
        if (!changeArray.isArray())
            return shapeError(QCoreApplication::translate("Codes", "no \"codeChanges\" array"));
        for (const QJsonValue& value : changeArray.toArray()) {
            const QJsonObject o = value.toObject();
            const ChangeEntry change {o.value(QLatin1StringView("oldCode")).toString(),
                o.value(QLatin1StringView("newCode")).toString(),
                QDate::fromString(o.value(QLatin1StringView("changeOccurred")).toString(), Qt::ISODate)};
            if (!change.changeOccurred.isValid() || (change.oldCode.isEmpty() && change.newCode.isEmpty()))
                return shapeError(QCoreApplication::translate("Codes", "a change without codes or date"));
            changeList.append(change);
        }
    }
    return MunicipalityList(list, changeList);
}

Result<MunicipalityList> MunicipalityList::fromKlassCsv(const QByteArray& codes, const QByteArray& charset)
{
    QString text;
    const QByteArray name = charset.trimmed().toLower();
    if (name == "iso-8859-1" || name == "latin1") {
        text = QString::fromLatin1(codes);
    } else {
        Result<QString> utf8 = CsvReader::decodeUtf8(codes);
        if (utf8)
            text = *utf8;
        else if (name.isEmpty())
            text = QString::fromLatin1(codes); // Klass's default charset
        else
            return utf8.error();
    }
    Result<QList<CsvRecord>> records = CsvReader::parse(text, CsvReader::Options {});
    if (!records)
        return records.error();
    if (records->isEmpty())
        return shapeError(QCoreApplication::translate("Codes", "no header line"));
    const QStringList header = records->first().fields;
    const qsizetype code = header.indexOf(QStringLiteral("code"));
    const qsizetype nameColumn = header.indexOf(QStringLiteral("name"));
    const qsizetype from = header.indexOf(QStringLiteral("validFrom"));
    const qsizetype to = header.indexOf(QStringLiteral("validTo"));
    if (code < 0 || nameColumn < 0 || from < 0) {
        return Error {QStringLiteral("codes-csv-header"),
            QCoreApplication::translate("Codes", "The municipality CSV lacks the columns code, name and validFrom.")};
    }
    QList<Municipality> list;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord& record = records->at(r);
        Result<Municipality> m = municipality(record.fields.value(code), record.fields.value(nameColumn),
            record.fields.value(from), to < 0 ? QString() : record.fields.value(to),
            QCoreApplication::translate("Codes", "line %1").arg(record.line));
        if (!m)
            return m.error();
        list.append(*m);
    }
    if (list.isEmpty()) {
        return emptyError();
    }
    return MunicipalityList(list, {});
}

QList<Municipality> MunicipalityList::validOn(const QDate& date) const
{
    QList<Municipality> result;
    for (const Municipality& m : m_codes) {
        if (m.isPlace() && m.validOn(date))
            result.append(m);
    }
    std::sort(result.begin(), result.end(), [](const Municipality& a, const Municipality& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return result;
}

std::optional<Municipality> MunicipalityList::find(const QString& code, const QDate& date) const
{
    for (const Municipality& m : m_codes) {
        if (m.code == code && m.validOn(date))
            return m;
    }
    return std::nullopt;
}

MunicipalityMapping MunicipalityList::mapForward(const QString& code, const QDate& date, const QDate& target) const
{
    MunicipalityMapping mapping;
    if (!find(code, date))
        return mapping; // Unknown
    if (std::optional<Municipality> same = find(code, target)) {
        mapping.outcome = MunicipalityMapping::Outcome::Unchanged;
        mapping.current = {*same};
        return mapping;
    }
    // Breadth-first over the changes after `date`: each number leads to the numbers it became.
    QStringList frontier {code};
    QDate since = date;
    QSet<QString> reached;
    for (int step = 0; step < 16 && !frontier.isEmpty(); ++step) {
        QStringList next;
        QDate latest = since;
        for (const QString& from : frontier) {
            bool moved = false;
            for (const ChangeEntry& change : m_changes) {
                if (change.oldCode != from || change.changeOccurred <= since || change.changeOccurred > target)
                    continue;
                moved = true;
                latest = std::max(latest, change.changeOccurred);
                if (!change.newCode.isEmpty() && !next.contains(change.newCode))
                    next.append(change.newCode);
            }
            if (!moved)
                reached.insert(from);
        }
        frontier = next;
        since = latest;
        if (next.isEmpty())
            break;
        // Stop following a number once it is valid on the target date.
        QStringList pending;
        for (const QString& c : frontier) {
            if (find(c, target))
                reached.insert(c);
            else
                pending.append(c);
        }
        frontier = pending;
    }
    for (const QString& c : reached) {
        if (std::optional<Municipality> m = find(c, target))
            mapping.current.append(*m);
    }
    std::sort(mapping.current.begin(), mapping.current.end(),
        [](const Municipality& a, const Municipality& b) { return a.code < b.code; });
    if (mapping.current.isEmpty())
        mapping.outcome = MunicipalityMapping::Outcome::Ceased;
    else if (mapping.current.size() == 1)
        mapping.outcome = MunicipalityMapping::Outcome::Renumbered;
    else
        mapping.outcome = MunicipalityMapping::Outcome::Split;
    return mapping;
}

} // namespace Meldeklient::Codes

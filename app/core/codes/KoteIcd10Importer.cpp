#include "core/codes/KoteIcd10Importer.h"

#include "core/codes/CodeSystemUrl.h"
#include "core/codes/CodesLogging.h"
#include "core/codes/XlsxSheetReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Meldeklient::Codes {

namespace {
struct Row {
    QString code;
    QString text;
    QString shortText;
    QString validFrom;
    QString validTo;
    QString star;
    QString additional;
    QString sex;
    QString unspecific;
};

// Column keys as the JSON writes them; the workbook writes them with spaces, compared case-insensitively.
enum Column { Code, Text, ShortText, ValidFrom, ValidTo, Star, Additional, Sex, Unspecific, ColumnCount };
constexpr const char16_t* columnKeys[ColumnCount] = {u"Kode", u"Tekst_uten_lengdebegrensning",
    u"Tekst_med_maksimalt_60_tegn", u"Gyldig_fra", u"Gyldig_til", u"Stjernekode", u"Tilleggskode", u"Kjønn",
    u"Uspesifikk_kode"};

Error shapeError(const QString& detail)
{
    return Error {QStringLiteral("codes-kote-shape"),
        QCoreApplication::translate("Codes",
            "The file is not Helsedirektoratet's ICD-10 list in the expected shape (%1); the current list is kept.")
            .arg(detail)};
}

QString sha256Hex(const QByteArray& content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

// "1999-01-01T00:00:00" or an Excel serial day number (the workbook may store dates as numbers).
QDate parseDate(const QString& value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return {};
    bool isNumber = false;
    const double serial = text.toDouble(&isNumber);
    if (isNumber) {
        if (serial < 1 || serial > 2958465) // 9999-12-31
            return {};
        return QDate(1899, 12, 30).addDays(static_cast<qint64>(serial));
    }
    return QDate::fromString(text.left(10), Qt::ISODate);
}

// "Ja" (or any other non-empty value but a no) marks a flag; the file uses "Ja" or null.
bool flag(const QString& value)
{
    const QString text = value.trimmed().toLower();
    return !text.isEmpty() && text != u"nei" && text != u"n" && text != u"0" && text != u"false";
}

Icd10Sex sexOf(const QString& value)
{
    const QString text = value.trimmed().toUpper();
    if (text.startsWith(u'K') || text.startsWith(u'F'))
        return Icd10Sex::Female;
    if (text.startsWith(u'M'))
        return Icd10Sex::Male;
    return Icd10Sex::Any;
}

// A chapter ("I", "XXI") has no digit; a block ("A00-A09") has a hyphen.
bool isChapterOrBlock(const QString& code)
{
    return code.contains(u'-') || std::none_of(code.cbegin(), code.cend(), [](QChar c) { return c.isDigit(); });
}

QString stringValue(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 12);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("Ja") : QString();
    return {};
}

Result<CodeList> build(QList<Row> rows, const QString& sha256, const QString& source)
{
    const QString system = CodeSystemUrl::icd10.toString();
    // Keys of every code row, sorted: a code with a longer code starting with it has subdivisions.
    std::vector<QString> keys;
    keys.reserve(static_cast<size_t>(rows.size()));
    for (const Row& row : rows) {
        if (!isChapterOrBlock(row.code))
            keys.push_back(CodeSystemUrl::icd10Key(row.code));
    }
    std::sort(keys.begin(), keys.end());
    const auto hasSubdivisions = [&](const QString& key) {
        const auto next = std::upper_bound(keys.begin(), keys.end(), key);
        return next != keys.end() && next->startsWith(key);
    };

    CodeList list(CodeList::Kind::CodeSystem, system, QString());
    list.setTitle(QStringLiteral("ICD-10 (Norsk)"));
    QList<Icd10NationalAttributes> national;
    QList<Icd10Attributes> attributes;
    int latestYear = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row& row = rows.at(i);
        if (isChapterOrBlock(row.code))
            continue;
        const QString code = CodeSystemUrl::normalizedCode(system, row.code);
        if (hasSubdivisions(CodeSystemUrl::icd10Key(code)))
            continue;
        Icd10NationalAttributes a;
        a.shortDisplay = row.shortText.trimmed();
        a.validFrom = parseDate(row.validFrom);
        a.validTo = parseDate(row.validTo);
        a.star = flag(row.star);
        a.additional = flag(row.additional);
        a.unspecific = flag(row.unspecific);
        a.sex = sexOf(row.sex);
        if (a.validFrom.isValid())
            latestYear = std::max(latestYear, a.validFrom.year());
        Icd10Attributes who;
        who.asterisk = a.star;
        who.validFrom = a.validFrom.isValid() ? static_cast<quint16>(a.validFrom.year()) : 0;
        who.validTo = a.validTo.isValid() ? static_cast<quint16>(a.validTo.year()) : Icd10Attributes::openEnd;
        const QString text = row.text.trimmed().isEmpty() ? a.shortDisplay : row.text.trimmed();
        if (!list.add(CodeConcept {code, text, system}, who)) {
            return Error {QStringLiteral("codes-duplicate-code"),
                QCoreApplication::translate("Codes", "Row %1: code %2 appears more than once.")
                    .arg(i + 1)
                    .arg(code)};
        }
        national.append(a);
    }
    if (list.isEmpty()) {
        return Error {QStringLiteral("codes-empty"),
            QCoreApplication::translate("Codes", "The ICD-10 file has no codes; the current list is kept.")};
    }
    list.setNationalAttributes(national);
    list.setVersion(QStringLiteral("icd10-no-%1").arg(latestYear));
    list.setProvenance(source, sha256, QDateTime::currentDateTimeUtc());
    qCInfo(lcCodes) << "Norwegian ICD-10" << source << "rows" << rows.size() << "leaf codes" << list.size();
    return list;
}
} // namespace

bool KoteIcd10Importer::looksLikeJson(QByteArrayView content)
{
    for (char c : content) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '[';
    }
    return false;
}

Result<CodeList> KoteIcd10Importer::importJson(const QByteArray& content)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error {QStringLiteral("codes-json"),
            QCoreApplication::translate("Codes",
                "The ICD-10 file is not complete JSON (line %1: %2); the current list is kept.")
                .arg(content.left(parseError.offset).count('\n') + 1)
                .arg(parseError.errorString())};
    }
    if (!document.isArray())
        return shapeError(QCoreApplication::translate("Codes", "the top level is not an array"));
    const QJsonArray array = document.array();
    QList<Row> rows;
    rows.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return shapeError(QCoreApplication::translate("Codes", "row %1 is not an object").arg(i + 1));
        const QJsonObject object = array.at(i).toObject();
        const QJsonValue code = object.value(QStringView(columnKeys[Code]));
        if (!code.isString() || code.toString().trimmed().isEmpty())
            return shapeError(QCoreApplication::translate("Codes", "row %1 has no Kode").arg(i + 1));
        if (!object.contains(QStringView(columnKeys[Text])) && !object.contains(QStringView(columnKeys[ShortText])))
            return shapeError(QCoreApplication::translate("Codes", "row %1 has no text").arg(i + 1));
        Row row;
        row.code = code.toString().trimmed();
        row.text = stringValue(object.value(QStringView(columnKeys[Text])));
        row.shortText = stringValue(object.value(QStringView(columnKeys[ShortText])));
        row.validFrom = stringValue(object.value(QStringView(columnKeys[ValidFrom])));
        row.validTo = stringValue(object.value(QStringView(columnKeys[ValidTo])));
        row.star = stringValue(object.value(QStringView(columnKeys[Star])));
        row.additional = stringValue(object.value(QStringView(columnKeys[Additional])));
        row.sex = stringValue(object.value(QStringView(columnKeys[Sex])));
        row.unspecific = stringValue(object.value(QStringView(columnKeys[Unspecific])));
        rows.append(row);
    }
    return build(rows, sha256Hex(content), QStringLiteral("kote-json"));
}

Result<CodeList> KoteIcd10Importer::importXlsx(const QByteArray& content)
{
    Result<QList<QStringList>> rows = XlsxSheetReader::readFirstSheet(content);
    if (!rows)
        return rows.error();
    Result<CodeList> list = importRows(*rows, QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    return list;
}

Result<CodeList> KoteIcd10Importer::importRows(const QList<QStringList>& rows, const QByteArray& sha256)
{
    if (rows.isEmpty())
        return shapeError(QCoreApplication::translate("Codes", "the first sheet is empty"));
    // Header names: "Tekst uten lengdebegrensning" in the workbook, "Tekst_uten_lengdebegrensning" in JSON.
    int columns[ColumnCount];
    std::fill(std::begin(columns), std::end(columns), -1);
    const QStringList& header = rows.first();
    for (qsizetype c = 0; c < header.size(); ++c) {
        const QString name = header.at(c).trimmed().replace(u' ', u'_');
        for (int k = 0; k < ColumnCount; ++k) {
            if (columns[k] < 0 && name.compare(QStringView(columnKeys[k]), Qt::CaseInsensitive) == 0)
                columns[k] = static_cast<int>(c);
        }
    }
    if (columns[Code] < 0 || (columns[Text] < 0 && columns[ShortText] < 0))
        return shapeError(QCoreApplication::translate("Codes", "no Kode or text column in the first row"));
    const auto cell = [&](const QStringList& row, Column column) {
        return columns[column] < 0 ? QString() : row.value(columns[column]);
    };
    QList<Row> parsed;
    parsed.reserve(rows.size());
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList& row = rows.at(r);
        const QString code = cell(row, Code).trimmed();
        if (code.isEmpty())
            continue; // blank or trailing rows
        parsed.append(Row {code, cell(row, Text), cell(row, ShortText), cell(row, ValidFrom), cell(row, ValidTo),
            cell(row, Star), cell(row, Additional), cell(row, Sex), cell(row, Unspecific)});
    }
    return build(parsed, QString::fromLatin1(sha256), QStringLiteral("kote-xlsx"));
}

} // namespace Meldeklient::Codes

#include "core/codes/IrisIcd10Importer.h"

#include "core/codes/CodeSystemUrl.h"
#include "core/codes/CodesLogging.h"
#include "core/codes/CsvReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Meldeklient::Codes {

namespace {

// Column positions by header name, so a reordered export still reads.
class Columns
{
public:
    static Result<Columns> fromHeader(const CsvRecord& header, QStringView file, std::initializer_list<QStringView> required)
    {
        Columns columns;
        columns.m_count = header.fields.size();
        for (const QString& name : header.fields)
            columns.m_names.append(name.trimmed());
        for (QStringView name : required) {
            if (!columns.m_names.contains(name)) {
                return Result<Columns>::failure(QStringLiteral("codes-csv-header"),
                    QCoreApplication::translate("Codes", "%1: the header has no column %2.").arg(file, name));
            }
        }
        return columns;
    }
    qsizetype count() const { return m_count; }
    qsizetype operator[](QStringView name) const { return m_names.indexOf(name); }

private:
    QStringList m_names;
    qsizetype m_count = 0;
};

Error fieldError(QStringView file, qsizetype line, QStringView column)
{
    return Error {QStringLiteral("codes-field"),
        QCoreApplication::translate("Codes", "%1, line %2: column %3 has an unexpected value.")
            .arg(file)
            .arg(line)
            .arg(column)};
}

std::optional<quint16> parseYear(const QString& text)
{
    bool ok = false;
    const uint year = text.trimmed().toUInt(&ok);
    if (!ok || year > Icd10Attributes::openEnd)
        return std::nullopt;
    return static_cast<quint16>(year);
}

std::optional<Icd10AgeLimit> parseAgeLimit(const QString& text)
{
    if (text == u"9999" || text.isEmpty())
        return Icd10AgeLimit {};
    if (text.size() != 4 || (text[0] != u'd' && text[0] != u'y'))
        return std::nullopt;
    bool ok = false;
    const uint value = QStringView(text).mid(1).toUInt(&ok);
    if (!ok)
        return std::nullopt;
    return Icd10AgeLimit {text[0] == u'd' ? Icd10AgeLimit::Unit::Days : Icd10AgeLimit::Unit::Years,
        static_cast<quint16>(value)};
}

std::optional<Icd10Consistency> parseConsistency(const QString& text)
{
    if (text == u"9" || text.isEmpty())
        return Icd10Consistency::None;
    if (text == u"M")
        return Icd10Consistency::Mandatory;
    if (text == u"C")
        return Icd10Consistency::Check;
    return std::nullopt;
}

std::optional<bool> parseYesNo(const QString& text)
{
    if (text == u"Y")
        return true;
    if (text == u"N")
        return false;
    return std::nullopt;
}

// The records of one table after the header, every one with the header's field count.
Result<QList<CsvRecord>> readTable(const QByteArray& bytes, QStringView file)
{
    Result<QString> text = CsvReader::decodeUtf8(bytes);
    if (!text)
        return Error {text.error().code, file + QStringLiteral(": ") + text.error().message};
    Result<QList<CsvRecord>> records = CsvReader::parse(*text, CsvReader::Options {});
    if (!records)
        return Error {records.error().code, file + QStringLiteral(": ") + records.error().message};
    if (records->size() < 2) {
        return Result<QList<CsvRecord>>::failure(QStringLiteral("codes-empty"),
            QCoreApplication::translate("Codes", "%1 has no codes.").arg(file));
    }
    const qsizetype expected = records->first().fields.size();
    for (const CsvRecord& record : std::as_const(*records)) {
        if (record.fields.size() != expected) {
            return Result<QList<CsvRecord>>::failure(QStringLiteral("codes-csv-columns"),
                QCoreApplication::translate("Codes", "%1, line %2 has %3 fields; the header has %4.")
                    .arg(file)
                    .arg(record.line)
                    .arg(record.fields.size())
                    .arg(expected));
        }
    }
    return records;
}

std::optional<Error> applyRestrictions(CodeList& list, const QByteArray& bytes, quint16& latestYear)
{
    const QStringView file = IrisIcd10Importer::nonConsistentFileName;
    Result<QList<CsvRecord>> records = readTable(bytes, file);
    if (!records)
        return records.error();
    Result<Columns> header = Columns::fromHeader(records->first(), file,
        {u"Icd", u"Sex", u"SexConsistency", u"LowerAgeLimit", u"UpperAgeLimit", u"AgeConsistency", u"RareDisease",
            u"UnderlyingCauseUse", u"YearStart", u"YearEnd"});
    if (!header)
        return header.error();
    const Columns& c = *header;
    QSet<qsizetype> seen;
    int unknownCodes = 0;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord& record = records->at(r);
        const QString code = CodeSystemUrl::normalizedCode(CodeSystemUrl::icd10, record.fields.at(c[u"Icd"]));
        if (code.isEmpty()) {
            return Error {QStringLiteral("codes-missing-code"),
                QCoreApplication::translate("Codes", "%1, line %2 has no code.").arg(file).arg(record.line)};
        }
        const qsizetype index = list.indexOf(code);
        if (index < 0) {
            // The tables of one release disagree on a handful of codes; a restriction for a code that cannot be
            // chosen changes nothing.
            ++unknownCodes;
            continue;
        }
        if (seen.contains(index)) {
            return Error {QStringLiteral("codes-duplicate-code"),
                QCoreApplication::translate("Codes", "%1, line %2: code %3 appears more than once.")
                    .arg(file)
                    .arg(record.line)
                    .arg(code)};
        }
        seen.insert(index);
        Icd10Attributes& attributes = list.icd10Attributes(index);
        attributes.hasRestrictions = true;

        const QString sex = record.fields.at(c[u"Sex"]);
        if (sex == u"F")
            attributes.sex = Icd10Sex::Female;
        else if (sex == u"M")
            attributes.sex = Icd10Sex::Male;
        else if (sex != u"9")
            return fieldError(file, record.line, u"Sex");

        const auto sexConsistency = parseConsistency(record.fields.at(c[u"SexConsistency"]));
        if (!sexConsistency)
            return fieldError(file, record.line, u"SexConsistency");
        attributes.sexConsistency = *sexConsistency;
        const auto ageConsistency = parseConsistency(record.fields.at(c[u"AgeConsistency"]));
        if (!ageConsistency)
            return fieldError(file, record.line, u"AgeConsistency");
        attributes.ageConsistency = *ageConsistency;

        const auto lower = parseAgeLimit(record.fields.at(c[u"LowerAgeLimit"]));
        if (!lower)
            return fieldError(file, record.line, u"LowerAgeLimit");
        attributes.lowerAge = *lower;
        const auto upper = parseAgeLimit(record.fields.at(c[u"UpperAgeLimit"]));
        if (!upper)
            return fieldError(file, record.line, u"UpperAgeLimit");
        attributes.upperAge = *upper;

        const auto rare = parseYesNo(record.fields.at(c[u"RareDisease"]));
        if (!rare)
            return fieldError(file, record.line, u"RareDisease");
        attributes.rareDisease = *rare;
        const auto underlying = parseYesNo(record.fields.at(c[u"UnderlyingCauseUse"]));
        if (!underlying)
            return fieldError(file, record.line, u"UnderlyingCauseUse");
        attributes.notUnderlyingCause = !*underlying;

        const auto from = parseYear(record.fields.at(c[u"YearStart"]));
        if (!from)
            return fieldError(file, record.line, u"YearStart");
        const auto to = parseYear(record.fields.at(c[u"YearEnd"]));
        if (!to)
            return fieldError(file, record.line, u"YearEnd");
        attributes.restrictionsFrom = *from;
        attributes.restrictionsTo = *to;
        latestYear = std::max(latestYear, *from);
    }
    if (unknownCodes > 0)
        qCDebug(lcCodes) << unknownCodes << "restriction rows name codes absent from the code table; ignored";
    return std::nullopt;
}

} // namespace

Result<CodeList> IrisIcd10Importer::import(
    const QByteArray& validCodes, const QByteArray& nonConsistent, const QString& version)
{
    const QStringView file = validCodesFileName;
    Result<QList<CsvRecord>> records = readTable(validCodes, file);
    if (!records)
        return records.error();
    Result<Columns> header =
        Columns::fromHeader(records->first(), file, {u"Icd", u"Label", u"Asterisk", u"YearStart", u"YearEnd"});
    if (!header)
        return header.error();
    const Columns& c = *header;

    CodeList list(CodeList::Kind::CodeSystem, CodeSystemUrl::icd10.toString(), QString());
    quint16 latestYear = 0;
    const QString system = CodeSystemUrl::icd10.toString();
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord& record = records->at(r);
        const QString code = CodeSystemUrl::normalizedCode(system, record.fields.at(c[u"Icd"]));
        if (code.isEmpty()) {
            return Error {QStringLiteral("codes-missing-code"),
                QCoreApplication::translate("Codes", "%1, line %2 has no code.").arg(file).arg(record.line)};
        }
        Icd10Attributes attributes;
        const QString asterisk = record.fields.at(c[u"Asterisk"]);
        if (asterisk != u"0" && asterisk != u"1")
            return fieldError(file, record.line, u"Asterisk");
        attributes.asterisk = asterisk == u"1";
        const auto from = parseYear(record.fields.at(c[u"YearStart"]));
        if (!from)
            return fieldError(file, record.line, u"YearStart");
        const auto to = parseYear(record.fields.at(c[u"YearEnd"]));
        if (!to)
            return fieldError(file, record.line, u"YearEnd");
        attributes.validFrom = *from;
        attributes.validTo = *to;
        latestYear = std::max(latestYear, *from);
        if (!list.add(CodeConcept {code, record.fields.at(c[u"Label"]).trimmed(), system}, attributes)) {
            return Error {QStringLiteral("codes-duplicate-code"),
                QCoreApplication::translate("Codes", "%1, line %2: code %3 appears more than once.")
                    .arg(file)
                    .arg(record.line)
                    .arg(code)};
        }
    }
    if (!nonConsistent.isEmpty()) {
        if (auto failed = applyRestrictions(list, nonConsistent, latestYear))
            return *failed;
    }
    list.setVersion(version.isEmpty() ? QStringLiteral("iris-") + QString::number(latestYear) : version);
    list.setTitle(QStringLiteral("ICD-10 (Iris)"));
    return list;
}

bool IrisIcd10Importer::looksLikeValidCodes(QByteArrayView content)
{
    const QByteArrayView start = content.startsWith("\xEF\xBB\xBF") ? content.sliced(3) : content;
    return start.startsWith("Icd,Label,") || start.startsWith("\"Icd\",\"Label\",");
}

bool IrisIcd10Importer::looksLikeNonConsistent(QByteArrayView content)
{
    const QByteArrayView start = content.startsWith("\xEF\xBB\xBF") ? content.sliced(3) : content;
    return start.startsWith("ncicId,Icd,") || start.startsWith("\"ncicId\",\"Icd\",");
}

} // namespace Meldeklient::Codes

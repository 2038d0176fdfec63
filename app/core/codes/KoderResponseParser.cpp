#include "core/codes/KoderResponseParser.h"

#include "core/codes/CodeSystemUrl.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Meldeklient::Codes {

namespace {
QString firstString(const QJsonObject& o, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const QJsonValue value = o.value(QLatin1StringView(key));
        if (value.isString())
            return value.toString();
    }
    return {};
}
} // namespace

QString KoderResponseParser::shapeName(Shape shape)
{
    return shape == Shape::FhirExpansion ? QStringLiteral("fhir-valueset-expansion") : QStringLiteral("plain-list");
}

Result<KoderResponseParser::Parsed> KoderResponseParser::parse(const QByteArray& content, const QString& version)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Result<Parsed>::failure(QStringLiteral("codes-json"),
            QCoreApplication::translate("Codes", "The code service's answer is not complete JSON (line %1: %2).")
                .arg(content.left(parseError.offset).count('\n') + 1)
                .arg(parseError.errorString()));
    }
    QJsonArray items;
    Shape shape = Shape::PlainList;
    if (document.isArray()) {
        items = document.array();
    } else if (document.object().value(QLatin1StringView("resourceType")).toString() == u"ValueSet"
        && document.object().value(QLatin1StringView("expansion")).toObject().value(QLatin1StringView("contains")).isArray()) {
        shape = Shape::FhirExpansion;
        items = document.object()
                    .value(QLatin1StringView("expansion"))
                    .toObject()
                    .value(QLatin1StringView("contains"))
                    .toArray();
    } else {
        return Result<Parsed>::failure(QStringLiteral("codes-koder-shape"),
            QCoreApplication::translate("Codes",
                "The code service's answer is neither a FHIR ValueSet expansion nor a plain list of codes."));
    }
    const QString system = CodeSystemUrl::icd10.toString();
    CodeList list(CodeList::Kind::ValueSet, fhi7110Url.toString(),
        version.isEmpty() ? QStringLiteral("koder-") + QString::fromLatin1(QCryptographicHash::hash(content,
                                QCryptographicHash::Sha256).toHex().left(12))
                          : version);
    list.setTitle(QStringLiteral("FHI dødsårsak ICD-10 (7110)"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        const QString code = CodeSystemUrl::normalizedCode(system, firstString(o, {"code", "kode", "value", "Kode"}));
        if (code.isEmpty()) {
            return Result<Parsed>::failure(QStringLiteral("codes-missing-code"),
                QCoreApplication::translate("Codes", "Entry %1 of the code service's answer has no code.").arg(i + 1));
        }
        const QString display = firstString(o, {"display", "tekst", "name", "text", "Tekst"});
        if (!list.add(CodeConcept {code, display, system})) {
            return Result<Parsed>::failure(QStringLiteral("codes-duplicate-code"),
                QCoreApplication::translate("Codes", "Entry %1: code %2 appears more than once.").arg(i + 1).arg(code));
        }
    }
    if (list.isEmpty()) {
        return Result<Parsed>::failure(QStringLiteral("codes-empty"),
            QCoreApplication::translate("Codes", "The code service's answer has no codes; the current list is kept."));
    }
    list.setProvenance(QStringLiteral("koder-") + shapeName(shape),
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()),
        QDateTime::currentDateTimeUtc());
    return Parsed {shape, list};
}

} // namespace Meldeklient::Codes

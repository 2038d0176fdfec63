#include "core/codes/FhirCodeListImporter.h"

#include "core/codes/CodeSystemUrl.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Meldeklient::Codes {

namespace {
Error error(const char* code, const QString& message)
{
    return Error {QString::fromLatin1(code), message};
}

// A string member as it will read back from the UTF-8 cache: lone surrogates (JSON escapes can make them) become
// U+FFFD, and U+FEFF, invisible and dropped by UTF-8 decoding at the start of a string, is removed.
QString text(const QJsonObject& object, QLatin1StringView key)
{
    QString value = QString::fromUtf8(object.value(key).toString().toUtf8());
    value.remove(QChar(0xFEFF));
    return value;
}

qsizetype lineAt(const QByteArray& bytes, qsizetype offset)
{
    return bytes.left(offset).count('\n') + 1;
}

// Adds the concepts of one array (and their children) to `list`. `path` names the array for error messages.
// An empty `commonSystem` means each entry names its own (expansion.contains).
std::optional<Error> addConcepts(
    CodeList& list, const QJsonArray& concepts, const QString& commonSystem, const QString& path)
{
    for (qsizetype i = 0; i < concepts.size(); ++i) {
        const QString here = path + u'[' + QString::number(i) + u']';
        const QJsonObject object = concepts.at(i).toObject();
        const QString system = commonSystem.isEmpty()
            ? CodeSystemUrl::canonical(text(object, QLatin1StringView("system")))
            : commonSystem;
        if (system.isEmpty())
            return error("codes-missing-system", QCoreApplication::translate("Codes", "%1 has no system.").arg(here));
        const QJsonValue codeValue = object.value(QLatin1StringView("code"));
        const QString code = CodeSystemUrl::normalizedCode(system, text(object, QLatin1StringView("code")));
        if (!codeValue.isString() || code.isEmpty()) {
            return error("codes-missing-code",
                QCoreApplication::translate("Codes", "%1 has no code.").arg(here));
        }
        if (!list.add(CodeConcept {code, text(object, QLatin1StringView("display")), system})) {
            return error("codes-duplicate-code",
                QCoreApplication::translate("Codes", "%1: code %2 appears more than once.").arg(here, code));
        }
        const QJsonValue children = object.value(QLatin1StringView("concept"));
        if (children.isArray() && !commonSystem.isEmpty()) {
            if (auto failed = addConcepts(list, children.toArray(), system, here + QStringLiteral(".concept")))
                return failed;
        }
    }
    return std::nullopt;
}
} // namespace

Result<CodeList> FhirCodeListImporter::import(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return error("codes-json",
            QCoreApplication::translate("Codes", "The file is not valid JSON (line %1: %2).")
                .arg(lineAt(json, parseError.offset))
                .arg(parseError.errorString()));
    }
    const QJsonObject resource = document.object();
    const QString resourceType = resource.value(QLatin1StringView("resourceType")).toString();
    const bool isCodeSystem = resourceType == u"CodeSystem";
    if (!isCodeSystem && resourceType != u"ValueSet") {
        return error("codes-resource-type",
            QCoreApplication::translate("Codes", "resourceType must be CodeSystem or ValueSet."));
    }
    const QString url = CodeSystemUrl::canonical(text(resource, QLatin1StringView("url")));
    if (url.isEmpty())
        return error("codes-missing-url", QCoreApplication::translate("Codes", "The %1 has no url.").arg(resourceType));

    CodeList list(isCodeSystem ? CodeList::Kind::CodeSystem : CodeList::Kind::ValueSet, url,
        text(resource, QLatin1StringView("version")));
    QString title = text(resource, QLatin1StringView("title"));
    if (title.isEmpty())
        title = text(resource, QLatin1StringView("name"));
    list.setTitle(title);

    std::optional<Error> failed;
    if (isCodeSystem) {
        failed = addConcepts(list, resource.value(QLatin1StringView("concept")).toArray(), url, QStringLiteral("concept"));
    } else if (resource.contains(QLatin1StringView("compose"))) {
        const QJsonArray includes =
            resource.value(QLatin1StringView("compose")).toObject().value(QLatin1StringView("include")).toArray();
        for (qsizetype i = 0; i < includes.size() && !failed; ++i) {
            const QString path = QStringLiteral("compose.include[") + QString::number(i) + u']';
            const QJsonObject include = includes.at(i).toObject();
            const QString system = CodeSystemUrl::canonical(text(include, QLatin1StringView("system")));
            if (system.isEmpty()) {
                failed = error("codes-missing-system",
                    QCoreApplication::translate("Codes", "%1 has no system.").arg(path));
            } else if (!include.value(QLatin1StringView("concept")).isArray()) {
                failed = error("codes-unsupported",
                    QCoreApplication::translate("Codes",
                        "%1 includes a whole system or a filter; only listed concepts can be imported.")
                        .arg(path));
            } else {
                failed = addConcepts(list, include.value(QLatin1StringView("concept")).toArray(), system,
                    path + QStringLiteral(".concept"));
            }
        }
    } else {
        const QJsonArray contains =
            resource.value(QLatin1StringView("expansion")).toObject().value(QLatin1StringView("contains")).toArray();
        failed = addConcepts(list, contains, QString(), QStringLiteral("expansion.contains"));
    }
    if (failed)
        return *failed;
    if (list.isEmpty())
        return error("codes-empty", QCoreApplication::translate("Codes", "The %1 lists no codes.").arg(resourceType));
    return list;
}

} // namespace Meldeklient::Codes

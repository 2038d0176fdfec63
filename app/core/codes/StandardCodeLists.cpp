#include "core/codes/StandardCodeLists.h"

#include "core/codes/CodeListCache.h"
#include "core/codes/CodeListInstaller.h"
#include "core/codes/CodeSystemRegistry.h"
#include "core/codes/CodeSystemUrl.h"
#include "core/codes/CodesLogging.h"
#include "core/codes/FhirCodeListImporter.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace Meldeklient::Codes {

namespace {
struct Shipped {
    QList<CodeList> lists;
    QList<Error> problems;
};

const Shipped& shipped()
{
    static const Shipped result = [] {
        Shipped s;
        const QDir embedded(QStringLiteral(":/forms/codesystems"));
        for (const QString& name : embedded.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(embedded.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            Result<CodeList> list = FhirCodeListImporter::import(file.readAll());
            if (list.isOk())
                s.lists.append(list.value());
            else
                s.problems.append(list.error()); // a broken shipped file is a build defect; the conformance test catches it
        }
        return s;
    }();
    return result;
}
} // namespace

const QList<CodeList>& StandardCodeLists::builtIn()
{
    return shipped().lists;
}

QList<Error> StandardCodeLists::loadInto(CodeSystemRegistry& registry, const CodeListCache& cache)
{
    QHash<QString, QString> shippedVersions;
    for (const CodeList& list : builtIn()) {
        registry.add(list);
        shippedVersions.insert(CodeSystemUrl::canonical(list.url()), list.version());
    }
    const auto loader = [cache, shippedVersions](const QString& url) -> std::optional<CodeList> {
        if (!cache.contains(url))
            return std::nullopt;
        Result<CodeList> list = cache.load(url);
        if (!list)
            return std::nullopt;
        // Only a newer version of a shipped system replaces it (the installer enforces this; an older cache or a
        // file put there by hand does not get round it).
        const auto shippedVersion = shippedVersions.constFind(url);
        if (shippedVersion != shippedVersions.cend()
            && !CodeListInstaller::isNewerVersion(list->version(), shippedVersion.value()))
            return std::nullopt;
        return std::move(list).value();
    };
    // A newer import of a shipped system replaces it now (these lists are small); everything else loads on demand.
    for (auto it = shippedVersions.cbegin(); it != shippedVersions.cend(); ++it) {
        if (std::optional<CodeList> newer = loader(it.key()))
            registry.add(*newer);
    }
    registry.setLoader(loader);
    return shipped().problems;
}

} // namespace Meldeklient::Codes

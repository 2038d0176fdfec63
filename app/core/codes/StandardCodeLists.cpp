#include "core/codes/StandardCodeLists.h"

#include "core/codes/CodeListCache.h"
#include "core/codes/CodeSystemRegistry.h"
#include "core/codes/FhirCodeListImporter.h"

#include <QDir>
#include <QFile>

namespace Meldeklient::Codes {

QList<Error> StandardCodeLists::loadInto(CodeSystemRegistry& registry, const CodeListCache& cache)
{
    QList<Error> problems;
    const QDir embedded(QStringLiteral(":/forms/codesystems"));
    for (const QString& name : embedded.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(embedded.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Result<CodeList> list = FhirCodeListImporter::import(file.readAll());
        if (list.isOk())
            registry.add(list.value());
        else
            problems.append(list.error()); // a broken shipped file is a build defect; the conformance test catches it
    }
    // Imported lists come last so that a newer import of a shipped system replaces it.
    CodeListCache::LoadReport report = cache.loadAll();
    for (const CodeList& list : report.lists)
        registry.add(list);
    problems += report.problems;
    return problems;
}

} // namespace Meldeklient::Codes

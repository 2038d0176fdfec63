#pragma once

#include "core/codes/CodeListCache.h"
#include "core/codes/CodeSystemRegistry.h"
#include "core/codes/Icd10Index.h"
#include "core/codes/StandardCodeLists.h"
#include "core/questionnaire/FormRegistry.h"
#include "support/Icd10TestList.h"

#include <QTemporaryDir>

#include <memory>

namespace Meldeklient::Test {

// What the form widgets need, as the app has it: both forms, the code lists shipped with the forms plus an ICD-10
// list (Iris when present, else the synthetic fixture; `icd10Source` says which), and the ICD-10 search index.
struct FormsTestSetup
{
    QTemporaryDir dataDir;
    std::optional<Questionnaire::FormRegistry> forms;
    Codes::CodeSystemRegistry codes;
    std::unique_ptr<Codes::Icd10Index> icd10;
    QString icd10Source;

    FormsTestSetup()
    {
        qputenv("MELDEKLIENT_DATA_DIR", dataDir.path().toUtf8());
        Result<Questionnaire::FormRegistry> loaded = Questionnaire::FormRegistry::load();
        if (!loaded)
            qFatal("forms do not load: %s", qPrintable(loaded.error().message));
        forms = loaded.value();
        (void)Codes::StandardCodeLists::loadInto(codes, Codes::CodeListCache(dataDir.path()));
        const Codes::CodeList list = icd10TestList(&icd10Source);
        codes.add(list);
        icd10 = std::make_unique<Codes::Icd10Index>(*codes.find(list.url()));
    }
};

} // namespace Meldeklient::Test

#pragma once

#include "core/codes/IrisIcd10Importer.h"
#include "support/ReferenceData.h"
#include "unit/codes/CodesFixtures.h"

#include <QFile>

namespace Meldeklient::Test {

// The ICD-10 list for GUI tests and benchmarks: the Iris tables from MELDEKLIENT_REFERENCE_DIR/icd10-iris when
// present (about 14,800 codes), else the small synthetic fixture of the codes tests. `source` says which was used.
inline Codes::CodeList icd10TestList(QString* source = nullptr)
{
    const QString valid = referenceFile(QStringLiteral("icd10-iris/ValidIcdCodes.csv"));
    const QString restrictions = referenceFile(QStringLiteral("icd10-iris/NonConsistentIcdCodes_NewFormat.csv"));
    if (!valid.isEmpty()) {
        QFile validFile(valid);
        QFile restrictionsFile(restrictions);
        if (validFile.open(QIODevice::ReadOnly)
            && (restrictions.isEmpty() || restrictionsFile.open(QIODevice::ReadOnly))) {
            Result<Codes::CodeList> list = Codes::IrisIcd10Importer::import(
                validFile.readAll(), restrictions.isEmpty() ? QByteArray() : restrictionsFile.readAll());
            if (list) {
                if (source != nullptr)
                    *source = QStringLiteral("Iris tables from %1 (%2 codes)").arg(valid).arg(list->size());
                return std::move(list).value();
            }
        }
    }
    Result<Codes::CodeList> fixture = Codes::IrisIcd10Importer::import(irisValidCodes(), irisNonConsistent());
    if (source != nullptr) {
        *source = QStringLiteral("synthetic fixture (%1 codes): the Iris tables are absent under %2")
                      .arg(fixture ? fixture->size() : 0)
                      .arg(referenceDir());
    }
    return fixture ? std::move(fixture).value() : Codes::CodeList();
}

} // namespace Meldeklient::Test

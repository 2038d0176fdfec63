#pragma once

// The sandbox's invented Norwegian ICD-10 list (tests/sandbox/data, written by make-kote-fixtures.py): real code
// numbers, invented texts.
#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtGlobal>

namespace Meldeklient::Test {

inline QByteArray sandboxFile(const QString& name)
{
    QFile file(qEnvironmentVariable("MELDEKLIENT_SOURCE_DIR") + QStringLiteral("/tests/sandbox/data/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sandbox fixture %s", qPrintable(name));
    return file.readAll();
}

inline QByteArray koteJson()
{
    return sandboxFile(QStringLiteral("kote-icd10.json"));
}

inline QByteArray koteXlsx()
{
    return sandboxFile(QStringLiteral("kote-icd10.xlsx"));
}

// Leaf codes in the fixture: every code row but the chapter, the block, I21 and I21.0 (which have subdivisions).
inline constexpr int koteLeafCodes = 37;

} // namespace Meldeklient::Test

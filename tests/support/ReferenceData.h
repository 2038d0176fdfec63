#pragma once

#include <QString>

namespace Meldeklient::Test {

// Folder with the reference artefacts written by others (MELDEKLIENT_REFERENCE_DIR, default ../shared/reference).
QString referenceDir();
// Absolute path of `relative` inside the reference folder, or an empty string when it is absent.
QString referenceFile(const QString& relative);
// Absolute path of a file in the source tree (forms/, tests/...).
QString sourceFile(const QString& relative);

} // namespace Meldeklient::Test

// Skips the current test with a printed reason when a reference file is absent; otherwise yields its path.
#define MELDEKLIENT_REQUIRE_REFERENCE(variable, relative)                                                          \
    const QString variable = ::Meldeklient::Test::referenceFile(relative);                                         \
    if (variable.isEmpty())                                                                                        \
        QSKIP(qPrintable(QStringLiteral("reference file %1 is absent under %2 (set MELDEKLIENT_REFERENCE_DIR)")   \
                             .arg(QStringLiteral(relative), ::Meldeklient::Test::referenceDir())))

#pragma once

#include "support/Prerequisites.h"

#include <QByteArray>
#include <QString>

namespace Meldeklient::Test {

// Folder with the reference artefacts written by others (MELDEKLIENT_REFERENCE_DIR, default ../shared/reference).
QString referenceDir();
// Absolute path of `relative` inside the reference folder, or an empty string when it is absent.
QString referenceFile(const QString& relative);
// Whether the reference folder exists at all.
bool referenceDirExists();
// Absolute path of a file in the source tree (forms/, tests/...).
QString sourceFile(const QString& relative);
// `xml` checked by `xmllint` (its path) against the schema `xsd`: empty when valid, else xmllint's words.
QString schemaErrors(const QString& xmllint, const QString& xsd, const QByteArray& xml);

} // namespace Meldeklient::Test

// Skips the current test with a printed reason when a reference file is absent; otherwise yields its path. A file
// missing from a reference folder that exists fails instead under MELDEKLIENT_REQUIRE_PREREQUISITES=1; an absent
// folder is a legitimate reason to skip everywhere.
#define MELDEKLIENT_REQUIRE_REFERENCE(variable, relative)                                                          \
    const QString variable = ::Meldeklient::Test::referenceFile(relative);                                         \
    if (variable.isEmpty()) {                                                                                      \
        const QString referenceAbsent = QStringLiteral("reference file %1 is absent under %2 (set "                \
                                                       "MELDEKLIENT_REFERENCE_DIR)")                               \
                                            .arg(QStringLiteral(relative), ::Meldeklient::Test::referenceDir());   \
        if (!::Meldeklient::Test::referenceDirExists())                                                            \
            QSKIP(qPrintable(referenceAbsent));                                                                    \
        MELDEKLIENT_SKIP_MISSING_PREREQUISITE(referenceAbsent);                                                    \
    }

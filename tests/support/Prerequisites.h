#pragma once

#include <QString>
#include <QTest>

namespace Meldeklient::Test {

// Whether CI asked that a missing prerequisite (node and tests/sandbox/node_modules, a reference file inside a
// reference folder that exists) fail the test instead of skipping it: MELDEKLIENT_REQUIRE_PREREQUISITES=1, set by
// .ci/test-all.sh after it installed them. Without it a developer's machine may skip, with the reason printed.
inline bool prerequisitesRequired()
{
    return qEnvironmentVariable("MELDEKLIENT_REQUIRE_PREREQUISITES") == QLatin1StringView("1");
}

} // namespace Meldeklient::Test

// Skips the current test with `reason` (a QString), or fails it when prerequisites are required.
#define MELDEKLIENT_SKIP_MISSING_PREREQUISITE(reason)                                                                  \
    do {                                                                                                               \
        const QString missingPrerequisite = (reason);                                                                  \
        if (::Meldeklient::Test::prerequisitesRequired())                                                              \
            QFAIL(qPrintable(missingPrerequisite + QStringLiteral(" (MELDEKLIENT_REQUIRE_PREREQUISITES=1)")));         \
        QSKIP(qPrintable(missingPrerequisite));                                                                        \
    } while (false)

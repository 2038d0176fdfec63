#pragma once

#include "cli/CliCommand.h"
#include "core/codes/MunicipalityList.h"
#include "core/common/Result.h"

namespace Meldeklient::Cli {

// codes import PATH... | codes search [--limit N] QUERY | codes info | codes remove URL: import code lists into the cache under the
// data directory, search ICD-10 and list what is loaded. Output is JSON (lines).
class CodesCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;

private:
    int runImport(const QStringList& arguments, CliContext& context);
    int runSearch(const QStringList& arguments, CliContext& context);
    int runInfo(const QStringList& arguments, CliContext& context);
    int runRemove(const QStringList& arguments, CliContext& context);
    int runFetch(const QStringList& arguments, CliContext& context);
    int importMunicipalities(const QStringList& paths, CliContext& context);
    int printMunicipalities(const Result<Codes::MunicipalityList>& saved, CliContext& context);
};

} // namespace Meldeklient::Cli

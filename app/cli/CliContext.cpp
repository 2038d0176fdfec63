#include "cli/CliContext.h"

#include "cli/CliCommand.h"
#include "core/common/Result.h"

namespace Meldeklient::Cli {

CliContext::CliContext(QIODevice* in, QIODevice* out, QIODevice* err)
    : m_in(in)
    , m_out(out)
    , m_err(err)
{
}

int CliContext::fail(const Error& error)
{
    m_err << error.code << ": " << error.message << '\n';
    return ExitFailed;
}

} // namespace Meldeklient::Cli

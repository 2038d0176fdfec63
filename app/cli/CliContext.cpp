#include "cli/CliContext.h"

namespace Meldeklient::Cli {

CliContext::CliContext(QIODevice* in, QIODevice* out, QIODevice* err)
    : m_in(in)
    , m_out(out)
    , m_err(err)
{
}

} // namespace Meldeklient::Cli

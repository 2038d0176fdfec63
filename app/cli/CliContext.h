#pragma once

#include <QTextStream>

class QIODevice;

namespace Meldeklient {
struct Error;
}

namespace Meldeklient::Cli {

// Where a command reads and writes. Tests hand in buffers; main() hands in the process's streams.
class CliContext
{
public:
    CliContext(QIODevice* in, QIODevice* out, QIODevice* err);

    QTextStream& in() { return m_in; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Prints "code: message" on standard error and returns ExitFailed, for a command that stops on `error`.
    int fail(const Error& error);

private:
    QTextStream m_in;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Meldeklient::Cli

#pragma once

#include "cli/CliCommand.h"
#include "core/session/SessionOptions.h"

namespace Meldeklient::Cli {

// birth-certificate set-password | check: the organisation certificate for Folkeregisteret (births). IT installs
// the PKCS#12 file and sets BirthCertificateFile; `set-password` reads the file's password from standard input (one
// line), checks that it opens the file and stores it in the OS keychain of the environment (never in a file).
// `check` loads the certificate as a send would and says what is wrong.
class BirthCertificateCommand : public CliCommand
{
public:
    explicit BirthCertificateCommand(Session::SessionOptions::SecretStoreFactory secrets = {});
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;

private:
    Session::SessionOptions::SecretStoreFactory m_secrets;
};

} // namespace Meldeklient::Cli

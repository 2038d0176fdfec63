#pragma once

#include "cli/CliCommand.h"

namespace Meldeklient::Cli {

// auth key: the installation's client key for HelseID's self-service: prints the public JWK and its RFC 7638
// thumbprint (creating the key on first use), or imports a key file from IT with --import.
class AuthKeyCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace Meldeklient::Cli

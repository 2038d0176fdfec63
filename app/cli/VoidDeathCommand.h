#pragma once

#include "cli/CliCommand.h"
#include "cli/SignedInOutbox.h"

namespace Meldeklient::Cli {

// annuller ID --reason TEXT ("annuller dødsfall"): withdraws a death (Del 1) that was reported for the wrong person.
// ID is the outbox item of that Del 1. When it has not reached the registry yet it is simply cancelled; when the
// registry has it, a void notification is queued as its own submission, carrying Del 1's dødsfallId. After sending,
// the physician must phone NHN's operations centre, as NHN requires.
class VoidDeathCommand : public CliCommand
{
public:
    explicit VoidDeathCommand(SignedInOutbox::SecretStoreFactory secrets = {});

    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;

private:
    SignedInOutbox::SecretStoreFactory m_secrets;
};

} // namespace Meldeklient::Cli

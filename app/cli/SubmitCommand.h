#pragma once

#include "cli/CliCommand.h"
#include "cli/SignedInOutbox.h"

namespace Meldeklient::Cli {

// submit FILE...: checks each death notification (FHIR Bundle) with every rule and, when it may be sent, queues
// Del 1 and Del 2 (which waits for Del 1's receipt) in the signed-in physician's encrypted outbox. Sending is
// `outbox flush`; queuing needs no network.
class SubmitCommand : public CliCommand
{
public:
    explicit SubmitCommand(SignedInOutbox::SecretStoreFactory secrets = {});

    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;

private:
    SignedInOutbox::SecretStoreFactory m_secrets;
};

} // namespace Meldeklient::Cli

#pragma once

#include "cli/CliCommand.h"
#include "cli/SignedInOutbox.h"

#include <functional>
#include <memory>

namespace Meldeklient {
class SecretStore;
}
namespace Meldeklient::Config {
struct Environment;
}
namespace Meldeklient::Outbox {
class OutboxStore;
}

namespace Meldeklient::Cli {

// outbox list | show ID | flush | retry ID | cancel ID. The outbox of the signed-in person of an environment: its
// metadata as JSON lines (and, for an item that needs correction, the registry's message); flush and retry send
// through the national API with the stored sign-in.
class OutboxCommand : public CliCommand
{
public:
    // The default factory opens the OS keychain; tests hand in their own.
    explicit OutboxCommand(SignedInOutbox::SecretStoreFactory secrets = {});

    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;

private:
    // `outbox list` from the plain metadata when the store cannot be opened (busy, or the data key lost).
    static int listReadOnly(const QString& databasePath, const Error& openError, CliContext& context);
    static int flush(const Config::Environment& environment, Outbox::OutboxStore& store, int requestTimeoutMs,
        CliContext& context);

    SignedInOutbox::SecretStoreFactory m_secrets;
};

} // namespace Meldeklient::Cli

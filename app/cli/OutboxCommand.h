#pragma once

#include "cli/CliCommand.h"

#include <functional>
#include <memory>

namespace Meldeklient {
class SecretStore;
}

namespace Meldeklient::Cli {

// outbox list | show ID | cancel ID: the outbox's metadata as JSON lines, never its (encrypted) contents.
class OutboxCommand : public CliCommand
{
public:
    using SecretStoreFactory = std::function<std::unique_ptr<SecretStore>(const QString& service)>;

    // The default factory opens the OS keychain; tests hand in their own.
    explicit OutboxCommand(SecretStoreFactory secrets = {});

    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;

private:
    SecretStoreFactory m_secrets;
};

} // namespace Meldeklient::Cli

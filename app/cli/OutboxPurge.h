#pragma once

namespace Meldeklient::Outbox {
class OutboxStore;
}

namespace Meldeklient::Cli {

class CliContext;

// `meldeklient-cli outbox purge [--dry-run]`: applies the retention policy (RetentionDays, DraftWarningDays) to the
// signed-in person's outbox. One JSON line per item that goes (or would go) and per old draft that is flagged (never
// deleted), then a summary.
class OutboxPurge
{
public:
    static int run(Outbox::OutboxStore& store, bool dryRun, CliContext& context);
};

} // namespace Meldeklient::Cli

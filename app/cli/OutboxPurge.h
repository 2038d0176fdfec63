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
    // The retention policy applied silently whenever an outbox command opens the outbox, so contents do not outlive
    // RetentionDays just because nobody ran `outbox purge`. Each purged item gets an audit entry; a failure is only
    // logged (the command itself goes on).
    static void applyRetention(Outbox::OutboxStore& store);
};

} // namespace Meldeklient::Cli

#pragma once

namespace Meldeklient::Config {
class Configuration;
}

namespace Meldeklient::Outbox {

// How long the outbox keeps what a doctor wrote. Accepted notifications keep their contents for `retentionDays`
// after the registry's receipt, then only the receipt (ids, times, state) stays; drafts untouched for
// `draftWarningDays` are flagged to their author and never deleted. Policy keys RetentionDays and DraftWarningDays.
struct RetentionPolicy
{
    int retentionDays = 30;
    int draftWarningDays = 14;

    static RetentionPolicy fromConfiguration(const Config::Configuration& configuration);
};

} // namespace Meldeklient::Outbox

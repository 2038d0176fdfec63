#include "core/outbox/RetentionPolicy.h"

#include "core/config/Configuration.h"

namespace Meldeklient::Outbox {

RetentionPolicy RetentionPolicy::fromConfiguration(const Config::Configuration& configuration)
{
    return RetentionPolicy {configuration.intValue(Config::SettingKey::RetentionDays),
        configuration.intValue(Config::SettingKey::DraftWarningDays)};
}

} // namespace Meldeklient::Outbox

#pragma once

#include "core/common/Result.h"
#include "core/config/ConfigLocations.h"
#include "core/config/ResolvedSetting.h"

#include <QList>
#include <QStringList>

namespace Meldeklient::Config {

// The layered settings: each key resolves as policy (locked) > environment variable > user > system default >
// built-in, first match wins. Loading validates every layer, so a bad value (unknown environment, http outside
// loopback, http in production, security level 2) stops the program with a message naming the key and where it
// was set, instead of being silently replaced.
class Configuration
{
public:
    // Reads ConfigLocations::current(). Errors: "config-invalid-policy" (bad value in the policy),
    // "config-invalid-value" (bad value elsewhere), "config-insecure-url" (http in production). `environment`: the
    // command line's --environment, an override the policy may forbid ("config-locked").
    static Result<Configuration> load(const QString& environment = {});
    static Result<Configuration> load(const ConfigLocations& locations, const QString& environment = {});

    const ResolvedSetting& setting(SettingKey key) const;
    QString value(SettingKey key) const { return setting(key).value; }
    int intValue(SettingKey key) const { return value(key).toInt(); }
    bool isLocked(SettingKey key) const { return setting(key).locked(); }
    // Every key in a stable order, for `config show` and the settings dialog.
    const QList<ResolvedSetting>& settings() const { return m_settings; }
    // Why a locked key cannot be changed, translated; empty when it is not locked.
    QString lockReason(SettingKey key) const;
    // Things the user should know but that do not stop the program (an issuer override ignored in production).
    const QStringList& warnings() const { return m_warnings; }
    // A fingerprint of the policy values (SHA-256 hex of key=value lines, empty without a policy), so a change of
    // policy between two starts can be noticed and recorded.
    QString policyFingerprint() const;
    // The same configuration with the environment chosen on the command line (`--environment`) as an override;
    // "config-locked" when the policy fixes another environment.
    Result<Configuration> withEnvironment(const QString& name) const;

    // Writes `value` for `key` into the user store after the same checks a loaded value gets. Errors:
    // "config-locked" (set by policy), "config-invalid-value", "config-insecure-url", "config-write-failed".
    Result<void> setUserValue(SettingKey key, const QString& value);
    // Removes the user's value; "config-locked" when the policy sets the key anyway.
    Result<void> unsetUserValue(SettingKey key);

private:
    Configuration() = default;
    Result<void> readLayers();
    Result<void> overrideEnvironment(const QString& name);
    Result<void> resolve();
    static Error lockedError(SettingKey key, const QString& source);

    ConfigLocations m_locations;
    // Every value found for each key, strongest layer first; resolve() picks from these.
    QList<QList<ResolvedSetting>> m_candidates;
    QList<ResolvedSetting> m_settings;
    QStringList m_warnings;
};

} // namespace Meldeklient::Config

#include "core/config/Configuration.h"

#include "core/config/Environment.h"
#include "core/config/SettingValidator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Meldeklient::Config {

namespace {
QString builtInValue(SettingKey key)
{
    switch (key) {
    case SettingKey::Environment:
        return QStringLiteral("sandbox");
    case SettingKey::Transport:
        return QStringLiteral("nhn-rest");
    case SettingKey::MinSecurityLevel:
        return QStringLiteral("3");
    case SettingKey::Language:
        return QStringLiteral("nb");
    case SettingKey::IdleLockMinutes:
        return QStringLiteral("15");
    case SettingKey::RetentionDays:
        return QStringLiteral("30");
    case SettingKey::DraftWarningDays:
        return QStringLiteral("14");
    case SettingKey::Proxy:
        return QStringLiteral("none");
    case SettingKey::FhiCauseSetUrl: // national defaults (Helsenett only for the koder endpoint)
        return QStringLiteral("https://api.helsepunkt.no/api/koder?oid=7110");
    case SettingKey::MunicipalityUrl:
        return QStringLiteral("https://data.ssb.no/api/klass/v1/classifications/131/");
    default:
        return {}; // environment-dependent (issuer, client id, API address) or none (code lists)
    }
}

QString storeValue(const QSettings& settings, const QString& name)
{
    const QVariant value = settings.value(name);
    // QSettings' INI format splits on commas; a value is one string here.
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    return value.toString();
}

Error describe(const Error& error, SettingKey key, const ResolvedSetting& found)
{
    if (found.origin == SettingOrigin::Policy) {
        return Error {QStringLiteral("config-invalid-policy"),
            QCoreApplication::translate("Config",
                "The policy in %1 sets %2 to a value Meldeklient refuses: %3 "
                "Ask your IT department to correct it.")
                .arg(found.source, settingName(key), error.message)};
    }
    return Error {error.code,
        QCoreApplication::translate("Config", "%1 (set in %2) is refused: %3")
            .arg(settingName(key), found.source, error.message)};
}
} // namespace

Result<Configuration> Configuration::load(const QString& environment)
{
    return load(ConfigLocations::current(), environment);
}

Result<Configuration> Configuration::load(const ConfigLocations& locations, const QString& environment)
{
    Configuration configuration;
    configuration.m_locations = locations;
    if (const Result<void> read = configuration.readLayers(); !read)
        return read.error();
    if (const Result<void> chosen = configuration.overrideEnvironment(environment); !chosen)
        return chosen.error();
    if (const Result<void> resolved = configuration.resolve(); !resolved)
        return resolved.error();
    return configuration;
}

Result<void> Configuration::readLayers()
{
    const QList<SettingKey> keys = allSettingKeys();
    m_candidates = QList<QList<ResolvedSetting>>(keys.size());

    const auto readStore = [&](const ConfigLocations::Store& store, SettingOrigin origin) -> Result<void> {
        if (store.path.isEmpty())
            return {};
        if (store.format == QSettings::IniFormat && !QFileInfo::exists(store.path))
            return {};
        if (origin == SettingOrigin::Policy && store.format == QSettings::IniFormat) {
            // Only an administrator may write the policy; a file others can change locks nothing.
            const QFileInfo info(store.path);
            if (info.permissions() & (QFileDevice::WriteGroup | QFileDevice::WriteOther)) {
                return Error {QStringLiteral("config-invalid-policy"),
                    QCoreApplication::translate("Config",
                        "The policy file %1 may be changed by other users than "
                        "its owner. Ask your IT department to make it writable "
                        "by root only (chmod 644).")
                        .arg(QDir::toNativeSeparators(store.path))};
            }
        }
        const QSettings settings(store.path, store.format);
        if (settings.status() != QSettings::NoError) {
            return Error {origin == SettingOrigin::Policy ? QStringLiteral("config-invalid-policy")
                                                          : QStringLiteral("config-unreadable"),
                QCoreApplication::translate("Config", "The settings file %1 cannot be read.")
                    .arg(QDir::toNativeSeparators(store.path))};
        }
        const QStringList present = settings.childKeys();
        for (const QString& name : present) {
            const std::optional<SettingKey> key = settingKeyFromName(name);
            if (!key) {
                // A misspelt policy key would otherwise leave the setting unlocked without anyone noticing.
                if (origin == SettingOrigin::Policy) {
                    return Error {QStringLiteral("config-invalid-policy"),
                        QCoreApplication::translate("Config",
                            "The policy in %1 sets %2, which Meldeklient does not "
                            "know. Known keys: %3.")
                            .arg(QDir::toNativeSeparators(store.path), name,
                                allSettingNames().join(QStringLiteral(", ")))};
                }
                continue;
            }
            m_candidates[keys.indexOf(*key)].append(
                ResolvedSetting {*key, storeValue(settings, name), origin, QDir::toNativeSeparators(store.path)});
        }
        return {};
    };

    if (const Result<void> policy = readStore(m_locations.policy, SettingOrigin::Policy); !policy)
        return policy;
    for (int index = 0; index < keys.size(); ++index) {
        const QString variable = settingEnvironmentVariable(keys.at(index));
        if (variable.isEmpty())
            continue;
        const QString value = qEnvironmentVariable(variable.toLatin1().constData()).trimmed();
        if (!value.isEmpty())
            m_candidates[index].append(ResolvedSetting {keys.at(index), value, SettingOrigin::Override, variable});
    }
    if (const Result<void> user = readStore(m_locations.user, SettingOrigin::User); !user)
        return user;
    if (const Result<void> system = readStore(m_locations.system, SettingOrigin::System); !system)
        return system;
    // Stable strongest-first order whatever order the stores were read in.
    for (QList<ResolvedSetting>& candidates : m_candidates) {
        std::stable_sort(candidates.begin(), candidates.end(),
            [](const ResolvedSetting& a, const ResolvedSetting& b) { return a.origin < b.origin; });
    }
    return {};
}

Result<void> Configuration::resolve()
{
    const QList<SettingKey> keys = allSettingKeys();
    m_settings.clear();
    m_warnings.clear();
    for (int index = 0; index < keys.size(); ++index) {
        ResolvedSetting chosen {keys.at(index), builtInValue(keys.at(index)), SettingOrigin::BuiltIn, QString()};
        // The winner is checked, and the policy always: a bad policy line is reported even where it cannot win.
        bool first = true;
        for (const ResolvedSetting& candidate : std::as_const(m_candidates.at(index))) {
            if (!first && candidate.origin != SettingOrigin::Policy)
                break;
            const Result<QString> checked = SettingValidator::check(candidate.key, candidate.value);
            if (!checked)
                return describe(checked.error(), candidate.key, candidate);
            if (first) {
                chosen = candidate;
                chosen.value = *checked;
                first = false;
            }
        }
        m_settings.append(chosen);
    }

    // Environment-dependent checks and built-in values.
    const QString environmentName = value(SettingKey::Environment);
    const bool production = environmentName == u"production";
    const Environment builtIn = *Environment::byName(environmentName);
    ResolvedSetting& issuer = m_settings[keys.indexOf(SettingKey::HelseIdIssuer)];
    if (production && issuer.origin != SettingOrigin::BuiltIn && issuer.origin != SettingOrigin::Policy) {
        // Only IT's policy may point production sign-ins elsewhere; a stray variable or user file never does.
        m_warnings.append(QCoreApplication::translate("Config",
            "HelseIdIssuer from %1 is ignored in production; "
            "signing in with %2.")
                              .arg(issuer.source, builtIn.issuer));
        issuer = ResolvedSetting {SettingKey::HelseIdIssuer, builtIn.issuer, SettingOrigin::BuiltIn, QString()};
    }
    if (issuer.value.isEmpty())
        issuer.value = builtIn.issuer;
    ResolvedSetting& clientId = m_settings[keys.indexOf(SettingKey::ClientId)];
    if (clientId.value.isEmpty())
        clientId.value = builtIn.clientId;
    ResolvedSetting& apiBaseUrl = m_settings[keys.indexOf(SettingKey::ApiBaseUrl)];
    if (apiBaseUrl.value.isEmpty()) {
        Environment derived = builtIn;
        derived.issuer = issuer.value;
        apiBaseUrl.value = derived.apiBaseUrl(value(SettingKey::Transport)).toString();
    }
    if (production) {
        for (const ResolvedSetting& each : std::as_const(m_settings)) {
            if (!SettingValidator::isUrlSetting(each.key) || each.value.isEmpty())
                continue;
            const QStringList urls = each.value.split(u' ', Qt::SkipEmptyParts);
            for (const QString& url : urls) {
                if (const Result<void> secure = SettingValidator::checkUrl(QUrl(url), true); !secure)
                    return describe(secure.error(), each.key, each);
            }
        }
    }
    return {};
}

const ResolvedSetting& Configuration::setting(SettingKey key) const
{
    return m_settings.at(allSettingKeys().indexOf(key));
}

QString Configuration::lockReason(SettingKey key) const
{
    const ResolvedSetting& found = setting(key);
    if (!found.locked())
        return {};
    return QCoreApplication::translate("Config", "Set by your organisation's policy (%1).").arg(found.source);
}

Error Configuration::lockedError(SettingKey key, const QString& source)
{
    return Error {QStringLiteral("config-locked"),
        QCoreApplication::translate("Config",
            "%1 is locked by your organisation's policy (%2) and cannot be "
            "changed here. Ask your IT department.")
            .arg(settingName(key), source)};
}

QString Configuration::policyFingerprint() const
{
    QByteArray lines;
    for (const ResolvedSetting& each : m_settings) {
        if (each.locked())
            lines += settingName(each.key).toUtf8() + '=' + each.value.toUtf8() + '\n';
    }
    if (lines.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(lines, QCryptographicHash::Sha256).toHex());
}

Result<void> Configuration::overrideEnvironment(const QString& name)
{
    const QString chosen = name.trimmed();
    if (chosen.isEmpty())
        return {};
    QList<ResolvedSetting>& candidates = m_candidates[allSettingKeys().indexOf(SettingKey::Environment)];
    if (!candidates.isEmpty() && candidates.first().origin == SettingOrigin::Policy) {
        if (chosen.toLower() == candidates.first().value.trimmed().toLower())
            return {};
        return lockedError(SettingKey::Environment, candidates.first().source);
    }
    candidates.prepend(
        ResolvedSetting {SettingKey::Environment, chosen, SettingOrigin::Override, QStringLiteral("--environment")});
    return {};
}

Result<Configuration> Configuration::withEnvironment(const QString& name) const
{
    if (name.trimmed().isEmpty())
        return *this;
    Configuration copy = *this;
    if (const Result<void> chosen = copy.overrideEnvironment(name); !chosen)
        return chosen.error();
    if (const Result<void> resolved = copy.resolve(); !resolved)
        return resolved.error();
    return copy;
}

Result<void> Configuration::setUserValue(SettingKey key, const QString& newValue)
{
    if (isLocked(key))
        return lockedError(key, setting(key).source);
    const Result<QString> checked = SettingValidator::check(key, newValue);
    if (!checked)
        return describe(checked.error(), key,
            ResolvedSetting {key, newValue, SettingOrigin::User, QDir::toNativeSeparators(m_locations.user.path)});
    // Check the whole configuration as it would be (http API address with production, ...) before writing.
    Configuration next = *this;
    QList<ResolvedSetting>& candidates = next.m_candidates[allSettingKeys().indexOf(key)];
    candidates.removeIf([](const ResolvedSetting& each) { return each.origin == SettingOrigin::User; });
    candidates.append(
        ResolvedSetting {key, *checked, SettingOrigin::User, QDir::toNativeSeparators(m_locations.user.path)});
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const ResolvedSetting& a, const ResolvedSetting& b) { return a.origin < b.origin; });
    if (const Result<void> resolved = next.resolve(); !resolved)
        return resolved.error();

    QSettings settings(m_locations.user.path, m_locations.user.format);
    settings.setValue(settingName(key), *checked);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        return Error {QStringLiteral("config-write-failed"),
            QCoreApplication::translate("Config", "The settings file %1 could not be written.")
                .arg(QDir::toNativeSeparators(m_locations.user.path))};
    }
    *this = std::move(next);
    return {};
}

Result<void> Configuration::unsetUserValue(SettingKey key)
{
    if (isLocked(key))
        return lockedError(key, setting(key).source);
    QSettings settings(m_locations.user.path, m_locations.user.format);
    settings.remove(settingName(key));
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        return Error {QStringLiteral("config-write-failed"),
            QCoreApplication::translate("Config", "The settings file %1 could not be written.")
                .arg(QDir::toNativeSeparators(m_locations.user.path))};
    }
    m_candidates[allSettingKeys().indexOf(key)].removeIf(
        [](const ResolvedSetting& each) { return each.origin == SettingOrigin::User; });
    return resolve();
}

} // namespace Meldeklient::Config

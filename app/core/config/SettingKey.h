#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Meldeklient::Config {

// Every setting IT may manage. The names are spelled exactly as the INI keys of /etc/meldeklient/policy.conf and the
// registry values under HKLM\SOFTWARE\Policies\Meldeklient\Meldeklient (INI keys are case-sensitive).
enum class SettingKey {
    Environment, // sandbox | test | production
    ApiBaseUrl, // base URL of the national API (every transport)
    Transport, // nhn-rest | nhn-fhir
    HelseIdIssuer, // HelseID issuer; ignored in production unless set by policy
    ClientId, // HelseID client id from HelseID's self-service
    MinSecurityLevel, // lowest accepted HelseID security level: 3 or 4, never below 3
    CodeListUrl, // where code lists are fetched from (space-separated URLs)
    Proxy, // "system", "none" or http://host:port / socks5://host:port
    Language, // nb | nn | en
    IdleLockMinutes, // the window locks after this long without input
    RetentionDays, // accepted notifications' contents are purged from the outbox after this many days
    DraftWarningDays, // drafts older than this are flagged to the author (never deleted)
    FolkeregisteretUrl, // base URL of Skatteetaten's Folkeregisteret API (births); https unless loopback
    BirthCertificateFile, // the organisation certificate (PKCS#12) for Folkeregisteret's mutual TLS
    BirthCaFile, // an extra CA (PEM) trusted for Folkeregisteret only: the sandbox's test CA, never needed in production
};

QList<SettingKey> allSettingKeys();
QString settingName(SettingKey key);
// Every name, in table order, for messages that list the known keys.
QStringList allSettingNames();
std::optional<SettingKey> settingKeyFromName(const QString& name);
// The environment variable that overrides `key` for one process (tests, IT scripts), or empty.
QString settingEnvironmentVariable(SettingKey key);

} // namespace Meldeklient::Config

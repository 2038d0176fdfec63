#include "core/config/SettingKey.h"

namespace Meldeklient::Config {

namespace {
struct KeyInfo
{
    SettingKey key;
    const char16_t* name;
    const char16_t* variable;
};

// One table owns names and variables, so the INI file, the registry, the MSI and the CLI spell them identically.
constexpr KeyInfo Keys[] = {
    {SettingKey::Environment, u"Environment", u"MELDEKLIENT_ENVIRONMENT"},
    {SettingKey::ApiBaseUrl, u"ApiBaseUrl", u"MELDEKLIENT_API_BASE_URL"},
    {SettingKey::Transport, u"Transport", u"MELDEKLIENT_API_TRANSPORT"},
    {SettingKey::HelseIdIssuer, u"HelseIdIssuer", u"MELDEKLIENT_ISSUER"},
    {SettingKey::ClientId, u"ClientId", u"MELDEKLIENT_CLIENT_ID"},
    {SettingKey::MinSecurityLevel, u"MinSecurityLevel", u""},
    {SettingKey::CodeListUrl, u"CodeListUrl", u""},
    {SettingKey::Proxy, u"Proxy", u""},
    {SettingKey::Language, u"Language", u"MELDEKLIENT_LANG"},
    {SettingKey::IdleLockMinutes, u"IdleLockMinutes", u""},
    {SettingKey::RetentionDays, u"RetentionDays", u""},
    {SettingKey::DraftWarningDays, u"DraftWarningDays", u""},
    {SettingKey::FolkeregisteretUrl, u"FolkeregisteretUrl", u"MELDEKLIENT_FOLKEREGISTERET_URL"},
    {SettingKey::BirthCertificateFile, u"BirthCertificateFile", u"MELDEKLIENT_BIRTH_CERTIFICATE_FILE"},
    {SettingKey::BirthCaFile, u"BirthCaFile", u"MELDEKLIENT_BIRTH_CA_FILE"},
};

const KeyInfo& infoOf(SettingKey key)
{
    for (const KeyInfo& info : Keys) {
        if (info.key == key)
            return info;
    }
    Q_UNREACHABLE();
}
} // namespace

QList<SettingKey> allSettingKeys()
{
    QList<SettingKey> keys;
    for (const KeyInfo& info : Keys)
        keys.append(info.key);
    return keys;
}

QString settingName(SettingKey key)
{
    return QString::fromUtf16(infoOf(key).name);
}

QStringList allSettingNames()
{
    QStringList names;
    for (const KeyInfo& info : Keys)
        names.append(QString::fromUtf16(info.name));
    return names;
}

std::optional<SettingKey> settingKeyFromName(const QString& name)
{
    for (const KeyInfo& info : Keys) {
        if (name == QString::fromUtf16(info.name))
            return info.key;
    }
    return std::nullopt;
}

QString settingEnvironmentVariable(SettingKey key)
{
    return QString::fromUtf16(infoOf(key).variable);
}

} // namespace Meldeklient::Config

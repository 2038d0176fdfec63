#include "core/config/SettingValidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QRegularExpression>

namespace Meldeklient::Config {

namespace {
Error invalid(const QString& reason)
{
    return Error {QStringLiteral("config-invalid-value"), reason};
}

Result<QString> checkNumber(const QString& value, int lowest, int highest)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < lowest || number > highest) {
        return invalid(QCoreApplication::translate("Config", "\"%1\" is not a whole number from %2 to %3.")
                           .arg(value)
                           .arg(lowest)
                           .arg(highest));
    }
    return QString::number(number);
}

Result<QString> checkChoice(const QString& value, const QStringList& choices)
{
    const QString lower = value.toLower();
    if (!choices.contains(lower)) {
        return invalid(QCoreApplication::translate("Config", "\"%1\" is not one of: %2.")
                           .arg(value, choices.join(QStringLiteral(", "))));
    }
    return lower;
}

// `query`: the address may have one (NHN's koder endpoint: ?oid=7110).
Result<QString> checkUrlSyntax(const QString& value, bool query = false)
{
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.hasQuery() && !query) || url.hasFragment() || !url.userInfo().isEmpty()
        || (url.scheme() != u"https" && url.scheme() != u"http")) {
        return invalid(QCoreApplication::translate("Config", "\"%1\" is not an http(s) address.").arg(value));
    }
    if (const Result<void> secure = SettingValidator::checkUrl(url, false); !secure)
        return secure.error();
    return value;
}
} // namespace

bool SettingValidator::isUrlSetting(SettingKey key)
{
    return key == SettingKey::ApiBaseUrl || key == SettingKey::HelseIdIssuer || key == SettingKey::CodeListUrl
        || key == SettingKey::FhiCauseSetUrl || key == SettingKey::MunicipalityUrl
        || key == SettingKey::FolkeregisteretUrl;
}

Result<void> SettingValidator::checkUrl(const QUrl& url, bool production)
{
    if (url.scheme() == u"https")
        return {};
    const bool loopback = url.host() == u"localhost" || QHostAddress(url.host()).isLoopback();
    if (url.scheme() == u"http" && loopback && !production)
        return {};
    return Error {QStringLiteral("config-insecure-url"),
        production ? QCoreApplication::translate("Config", "%1 must use https in production.")
                         .arg(url.toString(QUrl::RemoveUserInfo))
                   : QCoreApplication::translate("Config", "%1 must use https (plain http only on this computer).")
                         .arg(url.toString(QUrl::RemoveUserInfo))};
}

Result<QString> SettingValidator::check(SettingKey key, const QString& rawValue)
{
    const QString value = rawValue.trimmed();
    if (value.isEmpty())
        return invalid(QCoreApplication::translate("Config", "The value is empty."));
    switch (key) {
    case SettingKey::Environment:
        return checkChoice(value, {QStringLiteral("sandbox"), QStringLiteral("test"), QStringLiteral("production")});
    case SettingKey::Transport:
        return checkChoice(value, {QStringLiteral("nhn-rest"), QStringLiteral("nhn-fhir")});
    case SettingKey::Language:
        return checkChoice(value, {QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en")});
    case SettingKey::ApiBaseUrl:
    case SettingKey::HelseIdIssuer:
    case SettingKey::MunicipalityUrl:
    case SettingKey::FolkeregisteretUrl:
        return checkUrlSyntax(value);
    case SettingKey::FhiCauseSetUrl:
        return checkUrlSyntax(value, true);
    case SettingKey::BirthCertificateFile:
        // Or the certificate on a token: an RFC 7512 URI (Api::Pkcs11Certificate parses it); its PIN belongs in the
        // keychain, never in a setting.
        if (value.startsWith(u"pkcs11:", Qt::CaseInsensitive)) {
            if (value.contains(u"pin-value", Qt::CaseInsensitive) || value.contains(u"pin-source", Qt::CaseInsensitive))
                return invalid(QCoreApplication::translate("Config",
                    "A PKCS#11 URI here must not carry the PIN: store it with meldeklient-cli birth-certificate "
                    "set-password."));
            return value;
        }
        [[fallthrough]];
    case SettingKey::BirthCaFile:
        // A file IT installs: an absolute path, so it means the same for every user and working folder.
        if (!QDir::isAbsolutePath(value))
            return invalid(QCoreApplication::translate("Config", "\"%1\" is not an absolute file path.").arg(value));
        return QDir::cleanPath(value);
    case SettingKey::CodeListUrl: {
        const QStringList urls = value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (const QString& url : urls) {
            if (const Result<QString> checked = checkUrlSyntax(url); !checked)
                return checked;
        }
        return urls.join(u' ');
    }
    case SettingKey::ClientId: {
        static const QRegularExpression Printable(QStringLiteral("^[\\x21-\\x7e]{1,200}$"));
        if (!Printable.match(value).hasMatch())
            return invalid(QCoreApplication::translate("Config", "A client id is 1 to 200 visible ASCII characters."));
        return value;
    }
    case SettingKey::MinSecurityLevel:
        // HelseID level 3 (substantial) is the least a physician may sign in with; 4 is the only stricter level.
        return checkNumber(value, 3, 4);
    case SettingKey::IdleLockMinutes:
        return checkNumber(value, 1, 480);
    case SettingKey::RetentionDays:
        return checkNumber(value, 1, 3650);
    case SettingKey::DraftWarningDays:
        return checkNumber(value, 1, 365);
    case SettingKey::Proxy: {
        if (value == u"system" || value == u"none")
            return value;
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || url.port() <= 0
            || (url.scheme() != u"http" && url.scheme() != u"socks5")) {
            return invalid(QCoreApplication::translate(
                "Config", "\"%1\" is not \"system\", \"none\" or http://host:port or socks5://host:port.")
                               .arg(value));
        }
        return value;
    }
    }
    Q_UNREACHABLE();
}

} // namespace Meldeklient::Config

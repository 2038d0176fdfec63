#include "core/codes/CodeListEndpoints.h"

#include "core/config/Configuration.h"

#include <QCoreApplication>

namespace Meldeklient::Codes {

using Config::SettingKey;

SettingKey CodeListEndpoints::settingOf(Source source)
{
    switch (source) {
    case Source::Icd10No:
        return SettingKey::CodeListUrl;
    case Source::FhiCauseSet:
        return SettingKey::FhiCauseSetUrl;
    case Source::Municipalities:
        return SettingKey::MunicipalityUrl;
    }
    Q_UNREACHABLE();
}

QUrl CodeListEndpoints::configured(const Config::Configuration& configuration, Source source)
{
    const QString value = configuration.value(settingOf(source));
    if (source != Source::Icd10No)
        return QUrl(value); // the national default is the key's built-in value
    // The validator has already split, checked (https) and re-joined the value with single spaces.
    const QString first = value.section(u' ', 0, 0);
    return QUrl(first.isEmpty() ? defaultIcd10Url.toString() : first);
}

Result<QUrl> CodeListEndpoints::fetchUrl(const Config::Configuration& configuration, Source source,
    const QString& commandLineUrl)
{
    if (commandLineUrl.isEmpty())
        return configured(configuration, source);
    for (const SettingKey key : {SettingKey::CodeListUrl, settingOf(source)}) {
        if (!configuration.isLocked(key))
            continue;
        return Error {QStringLiteral("config-locked"),
            QCoreApplication::translate("Codes",
                "--url cannot be used: %1 is locked by your organisation's policy (%2), so code lists are "
                "fetched only from the addresses it names. Ask your IT department.")
                .arg(Config::settingName(key), configuration.setting(key).source)};
    }
    return QUrl(commandLineUrl);
}

} // namespace Meldeklient::Codes

#pragma once

#include "core/common/Result.h"
#include "core/config/SettingKey.h"

#include <QStringView>
#include <QUrl>

namespace Meldeklient::Config {
class Configuration;
}

namespace Meldeklient::Codes {

// The one owner of where each downloadable list comes from: a SettingKey per list (national default built in,
// policy, variable, user or system file may override it), and whether `codes fetch --url` may replace it.
class CodeListEndpoints
{
public:
    enum class Source : quint8 {
        Icd10No,        // Helsedirektoratet's KoTe ICD-10 download: first URL of CodeListUrl
        FhiCauseSet,    // NHN's koder endpoint for FHI's cause-of-death set (Volven 7110): FhiCauseSetUrl
        Municipalities, // SSB Klass classification 131 (base; `codes` and `changes` are appended): MunicipalityUrl
    };
    static constexpr QStringView defaultIcd10Url
        = u"https://fat.kote.helsedirektoratet.no/api/code-systems/ICD10/download/JSON";

    static Config::SettingKey settingOf(Source source);
    static QUrl configured(const Config::Configuration& configuration, Source source);
    // `commandLineUrl` when given, else `configured`. A policy that sets the list's key (or CodeListUrl, which fixes
    // where every list comes from) refuses a command-line URL: "config-locked", naming the policy.
    static Result<QUrl> fetchUrl(const Config::Configuration& configuration, Source source,
        const QString& commandLineUrl);
};

} // namespace Meldeklient::Codes

#include "core/codes/CountryList.h"

#include "core/codes/GettextCatalog.h"
#include "core/codes/IsoCodesFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Meldeklient::Codes {

Result<CountryList> CountryList::load(const QString& jsonPathOrDefault, const QString& localeDirOrDefault)
{
    const QString jsonPath = jsonPathOrDefault.isEmpty() ? IsoCodesFiles::countryJson() : jsonPathOrDefault;
    const QString localeDir = localeDirOrDefault.isEmpty() ? IsoCodesFiles::localeDirectory() : localeDirOrDefault;
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<CountryList>::failure(QStringLiteral("codes-file"),
            QCoreApplication::translate("Codes", "The country list %1 cannot be read (install iso-codes): %2")
                .arg(jsonPath, file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(8 * 1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.object().value(QLatin1StringView("3166-1")).isArray()) {
        return Result<CountryList>::failure(QStringLiteral("codes-json"),
            QCoreApplication::translate("Codes", "The country list %1 is not iso-codes' ISO 3166-1 JSON.").arg(jsonPath));
    }
    const QString domain = QStringLiteral("/LC_MESSAGES/iso_3166-1.mo");
    const GettextCatalog nb = GettextCatalog::fromFile(localeDir + QStringLiteral("/nb") + domain);
    const GettextCatalog nn = GettextCatalog::fromFile(localeDir + QStringLiteral("/nn") + domain);

    CountryList list;
    for (const QJsonValue& value : document.object().value(QLatin1StringView("3166-1")).toArray()) {
        const QJsonObject o = value.toObject();
        Country country;
        country.alpha2 = o.value(QLatin1StringView("alpha_2")).toString();
        country.alpha3 = o.value(QLatin1StringView("alpha_3")).toString();
        country.name = o.value(QLatin1StringView("name")).toString();
        if (country.alpha2.size() != 2 || country.alpha3.size() != 3 || country.name.isEmpty())
            continue;
        country.nameNb = nb.translate(country.name);
        country.nameNn = nn.translate(country.name);
        list.m_countries.append(country);
    }
    if (list.m_countries.isEmpty()) {
        return Result<CountryList>::failure(QStringLiteral("codes-empty"),
            QCoreApplication::translate("Codes", "The country list %1 has no countries.").arg(jsonPath));
    }
    // The register's own codes ([U] whether Volven 9043 carries them in alpha-2: XUK and XXX have none in ISO).
    if (!list.find(u"XK"))
        list.m_countries.append(Country {QStringLiteral("XK"), QStringLiteral("XXK"), QStringLiteral("Kosovo"),
            QStringLiteral("Kosovo"), QStringLiteral("Kosovo"), true});
    list.m_countries.append(Country {QString(), QStringLiteral("XUK"), QStringLiteral("Unknown"),
        QStringLiteral("Ukjent"), QStringLiteral("Ukjend"), true});
    list.m_countries.append(Country {QString(), QStringLiteral("XXX"), QStringLiteral("Stateless"),
        QStringLiteral("Statsløs"), QStringLiteral("Statslaus"), true});
    return list;
}

const Country* CountryList::find(QStringView code) const
{
    for (const Country& country : m_countries) {
        if ((!country.alpha2.isEmpty() && code.compare(country.alpha2, Qt::CaseInsensitive) == 0)
            || code.compare(country.alpha3, Qt::CaseInsensitive) == 0)
            return &country;
    }
    return nullptr;
}

} // namespace Meldeklient::Codes

#include "core/birth/CountryCodes.h"

#include "core/codes/IsoCodesFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Meldeklient::Birth {

QString CountryCodes::defaultPath()
{
    return Codes::IsoCodesFiles::countryJson();
}

const QStringList& CountryCodes::folkeregisteretCodes()
{
    static const QStringList codes = {QStringLiteral("XUK"), QStringLiteral("XXX"), QStringLiteral("XXK")};
    return codes;
}

Result<CountryCodes> CountryCodes::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {QStringLiteral("iso-codes-unreadable"),
            QCoreApplication::translate(
                "Birth", "The list of country codes (%1) cannot be read; install the package iso-codes.")
                .arg(path)};
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QJsonArray entries = document.object().value(u"3166-1").toArray();
    CountryCodes codes;
    for (const QJsonValue& entry : entries) {
        const QString alpha3 = entry.toObject().value(u"alpha_3").toString();
        if (alpha3.size() == 3)
            codes.m_codes.insert(alpha3);
    }
    if (codes.m_codes.isEmpty()) {
        return Error {QStringLiteral("iso-codes-format"),
            QCoreApplication::translate("Birth", "The list of country codes (%1) has no ISO 3166-1 entries.")
                .arg(path)};
    }
    for (const QString& code : folkeregisteretCodes())
        codes.m_codes.insert(code);
    return codes;
}

} // namespace Meldeklient::Birth

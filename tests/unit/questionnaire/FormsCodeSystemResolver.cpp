#include "FormsCodeSystemResolver.h"

#include "core/questionnaire/CodeSystemUrl.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Meldeklient::Test {

using Questionnaire::CodeSystemUrl;

bool FormsCodeSystemResolver::load(const QString& folder)
{
    bool allLoaded = true;
    const QStringList files = QDir(folder).entryList({"*.json"}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            allLoaded = false;
            continue;
        }
        const QJsonObject system = QJsonDocument::fromJson(file.readAll()).object();
        const QString url = system.value("url").toString();
        if (system.value("resourceType").toString() != "CodeSystem" || url.isEmpty()
            || !system.value("concept").isArray()) {
            allLoaded = false;
            continue;
        }
        QList<Codes::Coding> codings;
        for (const QJsonValue& entry : system.value("concept").toArray()) {
            const QJsonObject object = entry.toObject();
            codings.append(Codes::Coding {url, object.value("code").toString(), object.value("display").toString(),
                system.value("version").toString()});
        }
        m_systems.insert(CodeSystemUrl::canonical(url), codings);
    }
    return allLoaded && !files.isEmpty();
}

std::optional<QList<Codes::Coding>> FormsCodeSystemResolver::expand(const QString& valueSetUrl) const
{
    const auto it = m_systems.constFind(CodeSystemUrl::canonical(valueSetUrl));
    if (it == m_systems.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<Codes::Coding> FormsCodeSystemResolver::lookup(const QString& valueSetUrl, const QString& code) const
{
    const std::optional<QList<Codes::Coding>> codings = expand(valueSetUrl);
    if (!codings)
        return std::nullopt;
    for (const Codes::Coding& coding : *codings) {
        if (coding.code == code)
            return coding;
    }
    return std::nullopt;
}

} // namespace Meldeklient::Test

#pragma once

#include <QString>
#include <QStringList>

namespace Meldeklient::Cli {

// Builds one compact JSON object with keys in insertion order (QJsonObject would sort them), for JSON-lines output.
class JsonLine
{
public:
    JsonLine& add(const QString& key, const QString& value);
    JsonLine& add(const QString& key, bool value);
    JsonLine& add(const QString& key, const QStringList& values);
    // `json` must already be valid JSON (an object or array built elsewhere).
    JsonLine& addRaw(const QString& key, const QString& json);
    QString toString() const;

    static QString quote(const QString& text);

private:
    QStringList m_members;
};

} // namespace Meldeklient::Cli

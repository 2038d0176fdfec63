#include "core/auth/jose/JwkSet.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace Meldeklient::Auth::Jose {

namespace {

Q_LOGGING_CATEGORY(lcJose, "meldeklient.auth.jose")

Error selectionError(const char* code, const QString& message)
{
    return Error {QLatin1StringView(code), message};
}

} // namespace

JwkSet::JwkSet(QList<Jwk> keys)
    : m_keys(std::move(keys))
{
}

Result<JwkSet> JwkSet::fromJson(QByteArrayView json)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    const QJsonValue keys = document.object().value(QLatin1StringView("keys"));
    if (error.error != QJsonParseError::NoError || !document.isObject() || !keys.isArray()) {
        return selectionError("jwks-malformed", QCoreApplication::translate("Auth", "The key set is malformed."));
    }
    JwkSet set;
    for (const QJsonValue& entry : keys.toArray()) {
        Result<Jwk> key = Jwk::fromJson(entry.toObject());
        if (!key || (!key->use().isEmpty() && key->use() != QLatin1StringView("sig"))) {
            // Only codes and counts are logged: never key material.
            qCDebug(lcJose) << "skipping unusable JWKS entry:" << (key ? QStringLiteral("use") : key.error().code);
            ++set.m_skipped;
            continue;
        }
        set.m_keys.append(key.value());
    }
    if (set.m_keys.isEmpty()) {
        return selectionError("jwks-empty", QCoreApplication::translate("Auth", "The key set has no usable signing key."));
    }
    return set;
}

Result<Jwk> JwkSet::select(const QString& kid, JwsAlgorithm algorithm) const
{
    if (!kid.isEmpty()) {
        bool kidKnown = false;
        for (const Jwk& key : m_keys) {
            if (key.kid() != kid)
                continue;
            kidKnown = true;
            if (key.isUsableWith(algorithm))
                return key;
        }
        if (kidKnown) {
            return selectionError("jwt-key-mismatch",
                QCoreApplication::translate("Auth", "The key does not fit the token's signature algorithm."));
        }
        return selectionError("jwt-unknown-kid",
            QCoreApplication::translate("Auth", "The token is signed with a key that is not known."));
    }
    const Jwk* match = nullptr;
    for (const Jwk& key : m_keys) {
        if (!key.isUsableWith(algorithm))
            continue;
        if (match) {
            return selectionError("jwt-ambiguous-key",
                QCoreApplication::translate("Auth", "The token does not say which key signed it."));
        }
        match = &key;
    }
    if (!match) {
        return selectionError("jwt-no-matching-key",
            QCoreApplication::translate("Auth", "No known key fits the token's signature algorithm."));
    }
    return *match;
}

} // namespace Meldeklient::Auth::Jose

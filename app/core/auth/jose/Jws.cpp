#include "core/auth/jose/Jws.h"

#include "core/auth/jose/Base64Url.h"
#include "core/auth/jose/EcdsaSignature.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <memory>

namespace Meldeklient::Auth::Jose {

namespace {

struct MdCtxDeleter {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

Error malformed()
{
    return Error {QStringLiteral("jwt-malformed"), QCoreApplication::translate("Auth", "The token is malformed.")};
}

Error keyMismatch()
{
    return Error {QStringLiteral("jwt-key-mismatch"),
        QCoreApplication::translate("Auth", "The key does not fit the token's signature algorithm.")};
}

// Failures leave entries on OpenSSL's thread-local error queue; the TLS code running next on this thread must not
// see them, so the failure helpers clear it.
Error badSignature()
{
    ERR_clear_error();
    return Error {QStringLiteral("jwt-signature"), QCoreApplication::translate("Auth", "The token's signature is invalid.")};
}

Error signFailure()
{
    ERR_clear_error();
    return Error {QStringLiteral("jws-sign"), QCoreApplication::translate("Auth", "The token could not be signed.")};
}

int ecComponentSize(JwsAlgorithm algorithm)
{
    return algorithm == JwsAlgorithm::ES384 ? 48 : 32;
}

bool isPss(JwsAlgorithm algorithm)
{
    return algorithm == JwsAlgorithm::PS256 || algorithm == JwsAlgorithm::PS384 || algorithm == JwsAlgorithm::PS512;
}

// RFC 7518 §3.5: PSS with MGF1 on the same hash, salt as long as the hash. OpenSSL's MGF1 digest defaults to the
// signature digest.
bool configurePadding(EVP_PKEY_CTX* ctx, JwsAlgorithm algorithm)
{
    if (jwsAlgorithmKeyType(algorithm) != JwkKeyType::Rsa)
        return true;
    if (!isPss(algorithm))
        return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) > 0;
    return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PSS_PADDING) > 0
        && EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, RSA_PSS_SALTLEN_DIGEST) > 0;
}

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> decodeObject(QByteArrayView part)
{
    Result<QByteArray> bytes = Base64Url::decode(part);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

Result<QByteArray> Jws::sign(QJsonObject header, const QJsonObject& payload, const Jwk& key, JwsAlgorithm algorithm)
{
    if (key.isNull() || jwsAlgorithmKeyType(algorithm) != key.keyType()
        || (key.keyType() == JwkKeyType::Ec && key.curve() != jwsAlgorithmCurve(algorithm)))
        return keyMismatch();
    if (!key.hasPrivateKey()) {
        return Error {QStringLiteral("jws-no-private-key"),
            QCoreApplication::translate("Auth", "The key cannot sign: it has no private part.")};
    }
    header.insert(QLatin1StringView("alg"), jwsAlgorithmName(algorithm));
    const QByteArray signingInput =
        Base64Url::encode(compactJson(header)) + '.' + Base64Url::encode(compactJson(payload));

    const MdCtx ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pkeyCtx = nullptr;
    if (!ctx
        || EVP_DigestSignInit_ex(ctx.get(), &pkeyCtx, jwsAlgorithmDigestName(algorithm), nullptr, nullptr,
               key.evpKey(), nullptr)
            != 1
        || !configurePadding(pkeyCtx, algorithm))
        return signFailure();
    const auto* input = reinterpret_cast<const unsigned char*>(signingInput.constData());
    size_t length = 0;
    if (EVP_DigestSign(ctx.get(), nullptr, &length, input, static_cast<size_t>(signingInput.size())) != 1)
        return signFailure();
    QByteArray signature(static_cast<qsizetype>(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, input,
            static_cast<size_t>(signingInput.size()))
        != 1)
        return signFailure();
    signature.truncate(static_cast<qsizetype>(length));
    if (key.keyType() == JwkKeyType::Ec) {
        Result<QByteArray> raw = EcdsaSignature::derToRaw(signature, ecComponentSize(algorithm));
        if (!raw)
            return raw.error();
        signature = raw.value();
    }
    return QByteArray(signingInput + '.' + Base64Url::encode(signature));
}

Result<Jws> Jws::parse(QByteArrayView compact, const AlgorithmAllowList& allowed)
{
    const qsizetype firstDot = compact.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : compact.indexOf('.', firstDot + 1);
    if (firstDot <= 0 || secondDot < 0 || compact.indexOf('.', secondDot + 1) >= 0)
        return malformed();
    const QByteArrayView headerPart = compact.first(firstDot);
    const QByteArrayView payloadPart = compact.sliced(firstDot + 1, secondDot - firstDot - 1);
    const QByteArrayView signaturePart = compact.sliced(secondDot + 1);

    const std::optional<QJsonObject> header = decodeObject(headerPart);
    if (!header)
        return malformed();
    const QJsonValue alg = header->value(QLatin1StringView("alg"));
    if (!alg.isString())
        return malformed();
    Result<JwsAlgorithm> algorithm = allowed.parse(alg.toString());
    if (!algorithm)
        return algorithm.error();
    // RFC 7515 §4.1.11: a recipient must reject extensions it does not understand; we understand none.
    if (header->contains(QLatin1StringView("crit"))) {
        return Error {QStringLiteral("jwt-crit-unsupported"),
            QCoreApplication::translate("Auth", "The token requires an extension that is not supported.")};
    }
    const std::optional<QJsonObject> payload = decodeObject(payloadPart);
    Result<QByteArray> signature = Base64Url::decode(signaturePart);
    if (!payload || !signature || signature->isEmpty())
        return malformed();

    Jws jws;
    jws.m_header = *header;
    jws.m_payload = *payload;
    jws.m_algorithm = algorithm.value();
    jws.m_signingInput = compact.first(secondDot).toByteArray();
    jws.m_signature = signature.value();
    return jws;
}

Result<void> Jws::verify(const Jwk& key) const
{
    if (!key.isUsableWith(m_algorithm))
        return keyMismatch();
    QByteArray signature = m_signature;
    if (key.keyType() == JwkKeyType::Ec) {
        Result<QByteArray> der = EcdsaSignature::rawToDer(m_signature, ecComponentSize(m_algorithm));
        if (!der)
            return badSignature();
        signature = der.value();
    }
    const MdCtx ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pkeyCtx = nullptr;
    if (!ctx
        || EVP_DigestVerifyInit_ex(ctx.get(), &pkeyCtx, jwsAlgorithmDigestName(m_algorithm), nullptr, nullptr,
               key.evpKey(), nullptr)
            != 1
        || !configurePadding(pkeyCtx, m_algorithm))
        return badSignature();
    const int verified = EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
        static_cast<size_t>(signature.size()), reinterpret_cast<const unsigned char*>(m_signingInput.constData()),
        static_cast<size_t>(m_signingInput.size()));
    if (verified != 1)
        return badSignature();
    return {};
}

QString Jws::kid() const
{
    return m_header.value(QLatin1StringView("kid")).toString();
}

} // namespace Meldeklient::Auth::Jose

#include "core/auth/jose/Jwk.h"

#include "core/auth/jose/Base64Url.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonValue>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace Meldeklient::Auth::Jose {

namespace {

// RSA keys above this size are refused: nobody uses them for JWS and they make verification needlessly slow.
constexpr int MaximumRsaBits = 8192;

struct BnDeleter {
    void operator()(BIGNUM* bn) const { BN_clear_free(bn); } // also holds private scalars
};
using BigNum = std::unique_ptr<BIGNUM, BnDeleter>;
struct ParamBuildDeleter {
    void operator()(OSSL_PARAM_BLD* build) const { OSSL_PARAM_BLD_free(build); }
};
struct ParamDeleter {
    void operator()(OSSL_PARAM* params) const { OSSL_PARAM_free(params); }
};
struct PkeyCtxDeleter {
    void operator()(EVP_PKEY_CTX* ctx) const { EVP_PKEY_CTX_free(ctx); }
};
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter>;

struct CurveInfo {
    const char* jwkName;
    const char* opensslName;
    int size;
};
constexpr CurveInfo Curves[] = {{"P-256", "prime256v1", 32}, {"P-384", "secp384r1", 48}};

const CurveInfo* findCurve(QStringView name)
{
    for (const CurveInfo& curve : Curves) {
        if (name == QLatin1StringView(curve.jwkName))
            return &curve;
    }
    return nullptr;
}

Error jwkError(const char* code, const QString& message)
{
    return Error {QLatin1StringView(code), message};
}

Error malformed()
{
    return jwkError("jwk-malformed", QCoreApplication::translate("Auth", "The key is not a valid JSON Web Key."));
}

Error unsupported()
{
    return jwkError("jwk-unsupported", QCoreApplication::translate("Auth", "The key type is not supported."));
}

Error missingMember()
{
    return jwkError("jwk-missing-member", QCoreApplication::translate("Auth", "The key lacks a required member."));
}

Error invalidKey()
{
    return jwkError("jwk-invalid-key", QCoreApplication::translate("Auth", "The key material is invalid."));
}

// Optional string member: absent → empty; present but not a string → error.
Result<QString> optionalString(const QJsonObject& json, QLatin1StringView name)
{
    const QJsonValue value = json.value(name);
    if (value.isUndefined())
        return QString();
    if (!value.isString())
        return malformed();
    return value.toString();
}

// Required base64url member.
Result<QByteArray> requiredBytes(const QJsonObject& json, QLatin1StringView name)
{
    const QJsonValue value = json.value(name);
    if (value.isUndefined())
        return missingMember();
    if (!value.isString())
        return malformed();
    Result<QByteArray> bytes = Base64Url::decode(value.toString().toLatin1());
    if (!bytes || bytes->isEmpty())
        return invalidKey();
    return bytes;
}

BigNum toBigNum(const QByteArray& bytes)
{
    return BigNum(BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.constData()), static_cast<int>(bytes.size()),
        nullptr));
}

QByteArray fromBigNum(const BIGNUM* bn, int padTo)
{
    const int size = padTo > 0 ? padTo : BN_num_bytes(bn);
    QByteArray out(size, '\0');
    if (BN_bn2binpad(bn, reinterpret_cast<unsigned char*>(out.data()), size) != size)
        return {};
    return out;
}

QByteArray bigNumParam(const EVP_PKEY* key, const char* name, int padTo)
{
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return {};
    const BigNum bn(raw);
    return fromBigNum(bn.get(), padTo);
}

std::shared_ptr<EVP_PKEY> keyFromData(const char* type, OSSL_PARAM_BLD* build, int selection)
{
    const std::unique_ptr<OSSL_PARAM, ParamDeleter> params(OSSL_PARAM_BLD_to_param(build));
    const PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1)
        return {};
    EVP_PKEY* key = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &key, selection, params.get()) != 1)
        return {};
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

bool passesCheck(EVP_PKEY* key, bool withPrivate)
{
    const PkeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    if (!ctx)
        return false;
    // EVP_PKEY_check covers the private scalar's range and that it matches the public point.
    return (withPrivate ? EVP_PKEY_check(ctx.get()) : EVP_PKEY_public_check(ctx.get())) == 1;
}

} // namespace

Result<Jwk> Jwk::fromJson(QByteArrayView json)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return malformed();
    return fromJson(document.object());
}

Result<Jwk> Jwk::fromJson(const QJsonObject& json)
{
    Result<Jwk> imported = importJson(json);
    // A refused key leaves entries on OpenSSL's thread-local error queue; a later TLS handshake must not see them.
    if (!imported)
        ERR_clear_error();
    return imported;
}

Result<Jwk> Jwk::importJson(const QJsonObject& json)
{
    const QJsonValue kty = json.value(QLatin1StringView("kty"));
    if (kty.isUndefined())
        return missingMember();
    if (!kty.isString())
        return malformed();
    Result<QString> kid = optionalString(json, QLatin1StringView("kid"));
    Result<QString> alg = optionalString(json, QLatin1StringView("alg"));
    Result<QString> use = optionalString(json, QLatin1StringView("use"));
    if (!kid || !alg || !use)
        return malformed();

    Jwk jwk;
    jwk.m_kid = kid.value();
    jwk.m_use = use.value();
    if (!alg->isEmpty()) {
        jwk.m_algorithm = jwsAlgorithmFromName(alg.value());
        if (!jwk.m_algorithm)
            return unsupported();
    }

    if (kty.toString() == QLatin1StringView("EC")) {
        const QJsonValue crv = json.value(QLatin1StringView("crv"));
        if (crv.isUndefined())
            return missingMember();
        if (!crv.isString())
            return malformed();
        const CurveInfo* curve = findCurve(crv.toString());
        if (!curve)
            return unsupported();
        Result<QByteArray> x = requiredBytes(json, QLatin1StringView("x"));
        if (!x)
            return x.error();
        Result<QByteArray> y = requiredBytes(json, QLatin1StringView("y"));
        if (!y)
            return y.error();
        if (x->size() != curve->size || y->size() != curve->size)
            return invalidKey();
        const bool hasPrivate = json.contains(QLatin1StringView("d"));
        QByteArray d;
        if (hasPrivate) {
            Result<QByteArray> decoded = requiredBytes(json, QLatin1StringView("d"));
            if (!decoded)
                return decoded.error();
            if (decoded->size() != curve->size)
                return invalidKey();
            d = decoded.value();
        }
        const QByteArray point = QByteArray(1, '\x04') + x.value() + y.value();
        const std::unique_ptr<OSSL_PARAM_BLD, ParamBuildDeleter> build(OSSL_PARAM_BLD_new());
        const BigNum privateScalar = hasPrivate ? toBigNum(d) : BigNum();
        if (!build || (hasPrivate && !privateScalar)
            || OSSL_PARAM_BLD_push_utf8_string(build.get(), OSSL_PKEY_PARAM_GROUP_NAME, curve->opensslName, 0) != 1
            || OSSL_PARAM_BLD_push_octet_string(build.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                   static_cast<size_t>(point.size()))
                != 1
            || (hasPrivate && OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_PRIV_KEY, privateScalar.get()) != 1))
            return invalidKey();
        jwk.m_key = keyFromData("EC", build.get(), hasPrivate ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY);
        if (!jwk.m_key || !passesCheck(jwk.m_key.get(), hasPrivate))
            return invalidKey();
        jwk.m_keyType = JwkKeyType::Ec;
        jwk.m_curve = QLatin1StringView(curve->jwkName);
        jwk.m_hasPrivate = hasPrivate;
    } else if (kty.toString() == QLatin1StringView("RSA")) {
        // Only public RSA keys: HelseID's ID-token keys. Private RSA members, if any, are ignored.
        Result<QByteArray> n = requiredBytes(json, QLatin1StringView("n"));
        if (!n)
            return n.error();
        Result<QByteArray> e = requiredBytes(json, QLatin1StringView("e"));
        if (!e)
            return e.error();
        // RFC 7518 §6.3.1: no leading zero octets, which also keeps the RFC 7638 thumbprint canonical.
        if (n->front() == '\0' || e->front() == '\0' || e->size() > 8)
            return invalidKey();
        if (n->size() * 8 > MaximumRsaBits)
            return unsupported();
        const BigNum modulus = toBigNum(n.value());
        const BigNum exponent = toBigNum(e.value());
        // Deterministic structural checks instead of EVP_PKEY_public_check: OpenSSL's RSA public check runs a
        // randomised primality test on n, so a bogus modulus could be accepted once and refused on re-import.
        // A bogus modulus only yields a key that verifies nothing.
        if (!modulus || !exponent || !BN_is_odd(modulus.get()) || !BN_is_odd(exponent.get())
            || BN_is_one(exponent.get()))
            return invalidKey();
        const std::unique_ptr<OSSL_PARAM_BLD, ParamBuildDeleter> build(OSSL_PARAM_BLD_new());
        if (!build
            || OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) != 1
            || OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get()) != 1)
            return invalidKey();
        jwk.m_key = keyFromData("RSA", build.get(), EVP_PKEY_PUBLIC_KEY);
        if (!jwk.m_key)
            return invalidKey();
        if (EVP_PKEY_get_bits(jwk.m_key.get()) < MinimumRsaBits) {
            return jwkError("jwk-rsa-too-small",
                QCoreApplication::translate("Auth", "The RSA key is shorter than 2048 bits."));
        }
        jwk.m_keyType = JwkKeyType::Rsa;
    } else {
        return unsupported(); // "oct" (symmetric) keys are refused on purpose: HMAC is never allowed.
    }

    if (jwk.m_algorithm && jwsAlgorithmKeyType(*jwk.m_algorithm) != jwk.m_keyType)
        return invalidKey();
    return jwk;
}

Result<Jwk> Jwk::generate(JwsAlgorithm algorithm)
{
    Jwk jwk;
    EVP_PKEY* key = nullptr;
    if (jwsAlgorithmKeyType(algorithm) == JwkKeyType::Ec) {
        const CurveInfo* curve = findCurve(jwsAlgorithmCurve(algorithm));
        if (curve)
            key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve->opensslName);
        jwk.m_keyType = JwkKeyType::Ec;
        jwk.m_curve = jwsAlgorithmCurve(algorithm);
    } else {
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(MinimumRsaBits));
        jwk.m_keyType = JwkKeyType::Rsa;
    }
    if (!key) {
        return jwkError("jwk-generate", QCoreApplication::translate("Auth", "A new signing key could not be created."));
    }
    jwk.m_key = std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
    jwk.m_hasPrivate = true;
    jwk.m_algorithm = algorithm;
    jwk.m_use = QStringLiteral("sig");
    jwk.m_kid = QString::fromLatin1(jwk.thumbprint());
    return jwk;
}

int Jwk::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

bool Jwk::isUsableWith(JwsAlgorithm algorithm) const
{
    if (!m_key || jwsAlgorithmKeyType(algorithm) != m_keyType)
        return false;
    if (m_keyType == JwkKeyType::Ec && m_curve != jwsAlgorithmCurve(algorithm))
        return false;
    if (m_algorithm && *m_algorithm != algorithm)
        return false;
    return m_use.isEmpty() || m_use == QLatin1StringView("sig");
}

QJsonObject Jwk::toPublicJson() const
{
    QJsonObject json;
    if (!m_key)
        return json;
    if (m_keyType == JwkKeyType::Ec) {
        const CurveInfo* curve = findCurve(m_curve);
        const int size = curve ? curve->size : 0;
        json.insert(QLatin1StringView("kty"), QStringLiteral("EC"));
        json.insert(QLatin1StringView("crv"), m_curve);
        json.insert(QLatin1StringView("x"),
            QString::fromLatin1(Base64Url::encode(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X, size))));
        json.insert(QLatin1StringView("y"),
            QString::fromLatin1(Base64Url::encode(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, size))));
    } else {
        json.insert(QLatin1StringView("kty"), QStringLiteral("RSA"));
        json.insert(QLatin1StringView("n"),
            QString::fromLatin1(Base64Url::encode(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_N, 0))));
        json.insert(QLatin1StringView("e"),
            QString::fromLatin1(Base64Url::encode(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_E, 0))));
    }
    if (!m_kid.isEmpty())
        json.insert(QLatin1StringView("kid"), m_kid);
    if (m_algorithm)
        json.insert(QLatin1StringView("alg"), jwsAlgorithmName(*m_algorithm));
    if (!m_use.isEmpty())
        json.insert(QLatin1StringView("use"), m_use);
    return json;
}

Result<QJsonObject> Jwk::toPrivateJson() const
{
    if (!m_hasPrivate) {
        return jwkError("jwk-no-private-key", QCoreApplication::translate("Auth", "The key has no private part."));
    }
    if (m_keyType != JwkKeyType::Ec)
        return unsupported();
    const CurveInfo* curve = findCurve(m_curve);
    const QByteArray d = bigNumParam(m_key.get(), OSSL_PKEY_PARAM_PRIV_KEY, curve ? curve->size : 0);
    if (d.isEmpty())
        return invalidKey();
    QJsonObject json = toPublicJson();
    json.insert(QLatin1StringView("d"), QString::fromLatin1(Base64Url::encode(d)));
    return json;
}

QByteArray Jwk::thumbprint() const
{
    const QJsonObject json = toPublicJson();
    const auto member = [&json](const char* name) {
        return json.value(QLatin1StringView(name)).toString().toUtf8();
    };
    // RFC 7638 §3: required members only, lexicographic order, no whitespace. All values are plain ASCII.
    QByteArray canonical;
    if (m_keyType == JwkKeyType::Ec) {
        canonical = "{\"crv\":\"" + member("crv") + "\",\"kty\":\"EC\",\"x\":\"" + member("x") + "\",\"y\":\""
            + member("y") + "\"}";
    } else {
        canonical = "{\"e\":\"" + member("e") + "\",\"kty\":\"RSA\",\"n\":\"" + member("n") + "\"}";
    }
    return Base64Url::encode(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256));
}

} // namespace Meldeklient::Auth::Jose

// libFuzzer target for the JOSE parsers that see network input: the first byte picks the parser, the rest is the
// input. Invariants are checked, not just crashes.
//   0: JWS/JWT compact parsing and verification against a fixed key set
//   1: JWKS parsing; every accepted key re-exports to JSON that re-imports with the same thumbprint
//   2: OpenID discovery parsing; an accepted document only has acceptable endpoints and the pinned issuer
//   3: base64url decoding; an accepted input is the canonical encoding of what it decodes to
#include "core/auth/DiscoveryDocument.h"
#include "core/auth/jose/Base64Url.h"
#include "core/auth/jose/Jws.h"
#include "core/auth/jose/Jwt.h"

#include <QJsonObject>
#include <QLoggingCategory>

#include <cstdint>
#include <cstdlib>

using Meldeklient::Result;
using namespace Meldeklient::Auth;
using namespace Meldeklient::Auth::Jose;

namespace {

const AlgorithmAllowList AllAsymmetric {JwsAlgorithm::ES256, JwsAlgorithm::ES384, JwsAlgorithm::RS256,
    JwsAlgorithm::RS384, JwsAlgorithm::RS512, JwsAlgorithm::PS256, JwsAlgorithm::PS384, JwsAlgorithm::PS512};

// RFC 7515 A.3 (EC, kid "e") and A.2 (RSA, kid "r") public keys, so seeds built from the RFC examples verify.
const JwkSet& fixedKeys()
{
    static const JwkSet keys = JwkSet::fromJson(QByteArrayLiteral(
        R"({"keys":[{"kty":"EC","crv":"P-256","kid":"e","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",)"
        R"("y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"},{"kty":"RSA","kid":"r","e":"AQAB","n":")"
        R"(ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2)"
        R"(lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTB)"
        R"(EMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk)"
        R"(2PAcDTW9gb54h4FRWyuXpoQ"}]})"))
                                     .value();
    return keys;
}

void fuzzJws(QByteArrayView input)
{
    const Result<Jws> jws = Jws::parse(input, AllAsymmetric);
    if (jws.isOk()) {
        // A parsed JWS never carries an algorithm outside the list, and never "crit".
        if (!AllAsymmetric.contains(jws->algorithm()) || jws->header().contains(QLatin1StringView("crit")))
            std::abort();
        for (const Jwk& key : fixedKeys().keys())
            (void)jws->verify(key);
    }
    const Result<Jwt> jwt = Jwt::verify(input, fixedKeys(), AllAsymmetric);
    if (jwt.isOk() && !jws.isOk())
        std::abort();
}

void expectSameThumbprint(const Jwk& key, const QJsonObject& json)
{
    const Result<Jwk> again = Jwk::fromJson(json);
    if (!again.isOk() || again->thumbprint() != key.thumbprint() || again->kid() != key.kid())
        std::abort();
}

void fuzzJwks(QByteArrayView input)
{
    const Result<JwkSet> set = JwkSet::fromJson(input);
    if (!set.isOk())
        return;
    if (set->keys().isEmpty())
        std::abort();
    for (const Jwk& key : set->keys()) {
        expectSameThumbprint(key, key.toPublicJson());
        if (key.hasPrivateKey()) {
            const Result<QJsonObject> stored = key.toPrivateJson();
            if (!stored.isOk())
                std::abort();
            expectSameThumbprint(key, stored.value());
        }
    }
}

void fuzzDiscovery(QByteArrayView input)
{
    const QString issuer = QStringLiteral("https://helseid-sts.test.nhn.no");
    const Result<DiscoveryDocument> discovery = DiscoveryDocument::parse(input, issuer);
    if (!discovery.isOk())
        return;
    if (discovery->issuer() != issuer)
        std::abort();
    for (const QUrl& url : {discovery->authorizationEndpoint(), discovery->tokenEndpoint(),
             discovery->pushedAuthorizationRequestEndpoint(), discovery->jwksUri()}) {
        if (!DiscoveryDocument::isAcceptableEndpoint(url) || url.host().isEmpty())
            std::abort();
    }
    if (!discovery->endSessionEndpoint().isEmpty() && !DiscoveryDocument::isAcceptableEndpoint(discovery->endSessionEndpoint()))
        std::abort();
}

void fuzzBase64Url(QByteArrayView input)
{
    const Result<QByteArray> decoded = Base64Url::decode(input);
    if (decoded.isOk() && Base64Url::encode(decoded.value()) != input)
        std::abort();
}

} // namespace

// Refusals are logged at debug level; printing them for every input would dominate the run time.
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("meldeklient.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1 || size > 16384)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    switch (data[0] % 4) {
    case 0:
        fuzzJws(input);
        break;
    case 1:
        fuzzJwks(input);
        break;
    case 2:
        fuzzDiscovery(input);
        break;
    default:
        fuzzBase64Url(input);
        break;
    }
    return 0;
}

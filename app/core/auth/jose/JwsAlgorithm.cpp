#include "core/auth/jose/JwsAlgorithm.h"

namespace Meldeklient::Auth::Jose {

namespace {

struct AlgorithmInfo {
    JwsAlgorithm algorithm;
    const char* name;
    JwkKeyType keyType;
    const char* digest;
    const char* curve;
};

constexpr AlgorithmInfo Algorithms[] = {
    {JwsAlgorithm::ES256, "ES256", JwkKeyType::Ec, "SHA256", "P-256"},
    {JwsAlgorithm::ES384, "ES384", JwkKeyType::Ec, "SHA384", "P-384"},
    {JwsAlgorithm::RS256, "RS256", JwkKeyType::Rsa, "SHA256", ""},
    {JwsAlgorithm::RS384, "RS384", JwkKeyType::Rsa, "SHA384", ""},
    {JwsAlgorithm::RS512, "RS512", JwkKeyType::Rsa, "SHA512", ""},
    {JwsAlgorithm::PS256, "PS256", JwkKeyType::Rsa, "SHA256", ""},
    {JwsAlgorithm::PS384, "PS384", JwkKeyType::Rsa, "SHA384", ""},
    {JwsAlgorithm::PS512, "PS512", JwkKeyType::Rsa, "SHA512", ""},
};

const AlgorithmInfo& info(JwsAlgorithm algorithm)
{
    for (const AlgorithmInfo& entry : Algorithms) {
        if (entry.algorithm == algorithm)
            return entry;
    }
    return Algorithms[0]; // unreachable: every enumerator is in the table
}

} // namespace

QString jwsAlgorithmName(JwsAlgorithm algorithm)
{
    return QLatin1StringView(info(algorithm).name);
}

std::optional<JwsAlgorithm> jwsAlgorithmFromName(QStringView name)
{
    for (const AlgorithmInfo& entry : Algorithms) {
        if (name == QLatin1StringView(entry.name))
            return entry.algorithm;
    }
    return std::nullopt;
}

JwkKeyType jwsAlgorithmKeyType(JwsAlgorithm algorithm)
{
    return info(algorithm).keyType;
}

const char* jwsAlgorithmDigestName(JwsAlgorithm algorithm)
{
    return info(algorithm).digest;
}

QString jwsAlgorithmCurve(JwsAlgorithm algorithm)
{
    return QLatin1StringView(info(algorithm).curve);
}

} // namespace Meldeklient::Auth::Jose

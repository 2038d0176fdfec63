#include "core/auth/jose/AlgorithmAllowList.h"

#include <QCoreApplication>

namespace Meldeklient::Auth::Jose {

namespace {

unsigned bit(JwsAlgorithm algorithm)
{
    return 1u << static_cast<unsigned>(algorithm);
}

constexpr JwsAlgorithm AllAlgorithms[] = {JwsAlgorithm::ES256, JwsAlgorithm::ES384, JwsAlgorithm::RS256,
    JwsAlgorithm::RS384, JwsAlgorithm::RS512, JwsAlgorithm::PS256, JwsAlgorithm::PS384, JwsAlgorithm::PS512};

} // namespace

AlgorithmAllowList::AlgorithmAllowList(std::initializer_list<JwsAlgorithm> algorithms)
{
    for (JwsAlgorithm algorithm : algorithms)
        m_bits |= bit(algorithm);
}

AlgorithmAllowList AlgorithmAllowList::fapi()
{
    return {JwsAlgorithm::PS256, JwsAlgorithm::ES256};
}

AlgorithmAllowList AlgorithmAllowList::helseIdIdToken()
{
    return {JwsAlgorithm::RS256, JwsAlgorithm::PS256, JwsAlgorithm::ES256};
}

bool AlgorithmAllowList::contains(JwsAlgorithm algorithm) const
{
    return (m_bits & bit(algorithm)) != 0;
}

QStringList AlgorithmAllowList::names() const
{
    QStringList result;
    for (JwsAlgorithm algorithm : AllAlgorithms) {
        if (contains(algorithm))
            result.append(jwsAlgorithmName(algorithm));
    }
    return result;
}

Result<JwsAlgorithm> AlgorithmAllowList::parse(QStringView name) const
{
    const std::optional<JwsAlgorithm> algorithm = jwsAlgorithmFromName(name);
    if (!algorithm || !contains(*algorithm)) {
        return Error {QStringLiteral("jwt-alg-not-allowed"),
            QCoreApplication::translate("Auth", "The token is signed with an algorithm that is not accepted.")};
    }
    return *algorithm;
}

} // namespace Meldeklient::Auth::Jose

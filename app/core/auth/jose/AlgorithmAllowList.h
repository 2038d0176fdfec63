#pragma once

#include "core/auth/jose/JwsAlgorithm.h"
#include "core/common/Result.h"

#include <QStringList>

#include <initializer_list>

namespace Meldeklient::Auth::Jose {

// The JWS algorithms a verifier accepts. Built from JwsAlgorithm only, so `none` and HS* can never be allowed.
class AlgorithmAllowList
{
public:
    AlgorithmAllowList() = default; // allows nothing
    AlgorithmAllowList(std::initializer_list<JwsAlgorithm> algorithms);

    // FAPI 2.0 client rules (helseid.md §3): PS256 and ES256.
    static AlgorithmAllowList fapi();
    // HelseID ID tokens: RS256 (what HelseID uses today), PS256 and ES256.
    static AlgorithmAllowList helseIdIdToken();

    bool contains(JwsAlgorithm algorithm) const;
    QStringList names() const;
    // Maps an "alg" header value to an allowed algorithm. Error "jwt-alg-not-allowed" for anything else,
    // including "none", "HS256" and algorithms we implement but this list does not allow.
    Result<JwsAlgorithm> parse(QStringView name) const;

private:
    unsigned m_bits = 0;
};

} // namespace Meldeklient::Auth::Jose

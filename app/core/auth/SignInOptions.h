#pragma once

#include <QString>

namespace Meldeklient::Auth {

// How the person authenticates (helseid.md §1 "Security level", §2).
enum class IdentityProvider {
    // HelseID's own choice of BankID, Buypass or Commfides at level 4 (acr_values "Level4").
    HelseId,
    // ID-porten brokered by HelseID (acr_values "idp:idporten-oidc Level4"); needs the customer's ID-porten setup.
    IdPorten,
    // HelseID's test identity provider (acr_values "idp:testidp-oidc"); test and sandbox environments only.
    TestIdp,
};

struct SignInOptions {
    IdentityProvider provider = IdentityProvider::HelseId;
    // Test IdP shortcuts sent in the PAR body (test_pid, test_security_level). Refused outside test environments.
    QString testPid;
    QString testSecurityLevel;
    // The API the first access token is for (RFC 8707); empty: the environment's first resource.
    QString resource;
};

} // namespace Meldeklient::Auth

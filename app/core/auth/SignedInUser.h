#pragma once

#include <QDateTime>
#include <QString>

namespace Meldeklient::Auth {

// The person behind a validated HelseID ID token. Personal data: keep in memory only, never log or persist it
// (pid is the fødselsnummer).
struct SignedInUser {
    QString name;           // "name", or "given_name family_name"
    QString pid;            // helseid://claims/identity/pid
    QString hprNumber;      // helseid://claims/hpr/hpr_number, empty if the user has none
    int securityLevel = 0;  // helseid://claims/identity/security_level
    QString subject;        // sub
    QString issuer;         // iss
    QString environment;    // label of the HelseID environment ("test", "production")
    QDateTime expiry;       // exp of the ID token (UTC)
};

} // namespace Meldeklient::Auth

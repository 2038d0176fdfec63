#pragma once

#include "core/identity/IdentifierCheck.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Meldeklient::Api {

// A person as the national registry knows them (person lookup before Del 1).
struct RegistryPerson {
    QString identifier; // fødselsnummer or D-nummer
    QString givenName;
    QString middleName;
    QString familyName;
    std::optional<QDate> birthDate;
    Identity::Sex sex = Identity::Sex::Unknown;
    bool deceased = false;
    std::optional<QDate> deathDate;

    bool operator==(const RegistryPerson&) const = default;
};

} // namespace Meldeklient::Api

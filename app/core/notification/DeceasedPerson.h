#pragma once

#include "core/common/Result.h"
#include "core/identity/IdentifierCheck.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace Meldeklient::Notification {

// FHIR identifier systems from HL7 Norway no-basis (domain.md §4.4).
inline constexpr QLatin1StringView fnrSystem("urn:oid:2.16.578.1.12.4.1.4.1");
inline constexpr QLatin1StringView dnrSystem("urn:oid:2.16.578.1.12.4.1.4.2");
inline constexpr QLatin1StringView fhnSystem("urn:oid:2.16.578.1.12.4.1.4.3");

// The deceased as Del 1 describes them: a Norwegian identifier (fødselsnummer / D-nummer), or for a person without
// one (PUF) an identifier type from Volven 8116, a foreign id, name, birth date, sex and country of residence.
struct DeceasedPerson {
    QString identifierSystem;   // FNR/DNR OID for residents; empty or blank for PUF
    QString identifierTypeCode; // Volven 8116 code for PUF (DUF, PNR, SSN, ...)
    QString identifierValue;
    QString familyName;
    QStringList givenNames;
    std::optional<QDate> birthDate;
    Identity::Sex sex = Identity::Sex::Unknown;
    bool genderGiven = false;
    QString country; // ISO 3166 alpha-2
    std::optional<QDate> deathDate;
    std::optional<QTime> deathTime;

    bool isPuf() const;

    // Reads a FHIR R4 Patient as NHN's death-notification API takes it. Structural problems are errors here;
    // content problems (a wrong check digit, a missing PUF name) are left to DeceasedPersonRules.
    static Result<DeceasedPerson> fromFhirPatient(const QJsonObject& patient);
};

} // namespace Meldeklient::Notification

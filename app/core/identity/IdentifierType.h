#pragma once

#include <QLatin1StringView>
#include <QString>

namespace Meldeklient::Identity {

// The kinds of identifier Meldeklient recognises (domain.md §4).
enum class IdentifierType {
    Unknown,
    Fodselsnummer,          // fnr: ddmmyy + individual number + two check digits
    DNummer,                // dnr: day + 40
    HNummer,                // hnr: month + 40, local auxiliary number
    FellesHjelpenummer,     // fhn: first digit 8 or 9, no date part
    SyntheticFodselsnummer, // tnr: month + 80 (Tenor test data)
    SyntheticDNummer,       // dnr-tnr: day + 40 and month + 80
    DufNummer,              // duf: 12 digits from UDI, no public check digit
    Organisasjonsnummer,    // orgnr: 9 digits, mod 11
    HprNummer,              // hpr: Helsepersonellregisteret number
};

// Stable machine code used in JSON output and logs ("fnr", "dnr", ...).
QLatin1StringView identifierTypeCode(IdentifierType type);
// Translated, user-facing name ("fødselsnummer", "D-nummer", ...).
QString identifierTypeName(IdentifierType type);

// True for identifiers that name a person by date of birth (all 11-digit person numbers except FH).
bool hasDatePart(IdentifierType type);

} // namespace Meldeklient::Identity

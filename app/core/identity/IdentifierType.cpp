#include "core/identity/IdentifierType.h"

#include <QCoreApplication>

namespace Meldeklient::Identity {

QLatin1StringView identifierTypeCode(IdentifierType type)
{
    switch (type) {
    case IdentifierType::Fodselsnummer:
        return QLatin1StringView("fnr");
    case IdentifierType::DNummer:
        return QLatin1StringView("dnr");
    case IdentifierType::HNummer:
        return QLatin1StringView("hnr");
    case IdentifierType::FellesHjelpenummer:
        return QLatin1StringView("fhn");
    case IdentifierType::SyntheticFodselsnummer:
        return QLatin1StringView("tnr");
    case IdentifierType::SyntheticDNummer:
        return QLatin1StringView("dnr-tnr");
    case IdentifierType::DufNummer:
        return QLatin1StringView("duf");
    case IdentifierType::Organisasjonsnummer:
        return QLatin1StringView("orgnr");
    case IdentifierType::HprNummer:
        return QLatin1StringView("hpr");
    case IdentifierType::Unknown:
        break;
    }
    return QLatin1StringView("unknown");
}

QString identifierTypeName(IdentifierType type)
{
    switch (type) {
    case IdentifierType::Fodselsnummer:
        return QCoreApplication::translate("Identity", "national identity number (fødselsnummer)");
    case IdentifierType::DNummer:
        return QCoreApplication::translate("Identity", "D number");
    case IdentifierType::HNummer:
        return QCoreApplication::translate("Identity", "H number");
    case IdentifierType::FellesHjelpenummer:
        return QCoreApplication::translate("Identity", "common auxiliary number (FH number)");
    case IdentifierType::SyntheticFodselsnummer:
        return QCoreApplication::translate("Identity", "synthetic test number");
    case IdentifierType::SyntheticDNummer:
        return QCoreApplication::translate("Identity", "synthetic test D number");
    case IdentifierType::DufNummer:
        return QCoreApplication::translate("Identity", "DUF number");
    case IdentifierType::Organisasjonsnummer:
        return QCoreApplication::translate("Identity", "organisation number");
    case IdentifierType::HprNummer:
        return QCoreApplication::translate("Identity", "HPR number");
    case IdentifierType::Unknown:
        break;
    }
    return QCoreApplication::translate("Identity", "unknown identifier");
}

bool hasDatePart(IdentifierType type)
{
    switch (type) {
    case IdentifierType::Fodselsnummer:
    case IdentifierType::DNummer:
    case IdentifierType::HNummer:
    case IdentifierType::SyntheticFodselsnummer:
    case IdentifierType::SyntheticDNummer:
        return true;
    default:
        return false;
    }
}

} // namespace Meldeklient::Identity

#include "core/identity/IdentifierProblem.h"

#include <QCoreApplication>

namespace Meldeklient::Identity {

QLatin1StringView identifierProblemCode(IdentifierProblem problem)
{
    switch (problem) {
    case IdentifierProblem::Empty:
        return QLatin1StringView("empty");
    case IdentifierProblem::Length:
        return QLatin1StringView("length");
    case IdentifierProblem::NonDigit:
        return QLatin1StringView("non-digit");
    case IdentifierProblem::Separator:
        return QLatin1StringView("separator");
    case IdentifierProblem::Date:
        return QLatin1StringView("date");
    case IdentifierProblem::FirstCheckDigit:
        return QLatin1StringView("check-digit-1");
    case IdentifierProblem::SecondCheckDigit:
        return QLatin1StringView("check-digit-2");
    case IdentifierProblem::CheckDigit:
        return QLatin1StringView("check-digit");
    case IdentifierProblem::AllZero:
        return QLatin1StringView("all-zero");
    }
    return QLatin1StringView("unknown");
}

QString identifierProblemMessage(IdentifierProblem problem)
{
    switch (problem) {
    case IdentifierProblem::Empty:
        return QCoreApplication::translate("Identity", "No number was entered.");
    case IdentifierProblem::Length:
        return QCoreApplication::translate("Identity", "The number has the wrong number of digits.");
    case IdentifierProblem::NonDigit:
        return QCoreApplication::translate("Identity", "The number may only contain digits.");
    case IdentifierProblem::Separator:
        return QCoreApplication::translate(
            "Identity", "Only one separator is allowed, between the date and the individual number.");
    case IdentifierProblem::Date:
        return QCoreApplication::translate("Identity", "The first six digits are not a real date.");
    case IdentifierProblem::FirstCheckDigit:
        return QCoreApplication::translate("Identity", "The first check digit is wrong. Check for a typing error.");
    case IdentifierProblem::SecondCheckDigit:
        return QCoreApplication::translate("Identity", "The second check digit is wrong. Check for a typing error.");
    case IdentifierProblem::CheckDigit:
        return QCoreApplication::translate("Identity", "The check digit is wrong. Check for a typing error.");
    case IdentifierProblem::AllZero:
        return QCoreApplication::translate("Identity", "The number cannot consist of zeros only.");
    }
    return {};
}

} // namespace Meldeklient::Identity

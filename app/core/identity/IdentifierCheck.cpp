#include "core/identity/IdentifierCheck.h"

#include <QCoreApplication>

namespace Meldeklient::Identity {

QLatin1StringView sexCode(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return QLatin1StringView("female");
    case Sex::Male:
        return QLatin1StringView("male");
    case Sex::Unknown:
        break;
    }
    return QLatin1StringView("unknown");
}

QLatin1StringView derivationCode(Derivation derivation)
{
    switch (derivation) {
    case Derivation::Derived:
        return QLatin1StringView("derived");
    case Derivation::NewRule:
        return QLatin1StringView("new-rule");
    case Derivation::NoDatePart:
        return QLatin1StringView("no-date-part");
    case Derivation::UnknownCentury:
        return QLatin1StringView("unknown-century");
    case Derivation::NotApplicable:
        break;
    }
    return QLatin1StringView("not-applicable");
}

QString derivationMessage(Derivation derivation)
{
    switch (derivation) {
    case Derivation::Derived:
        return QCoreApplication::translate("Identity", "Birth date and sex were read from the number.");
    case Derivation::NewRule:
        return QCoreApplication::translate("Identity",
            "The number follows the 2032 rules: birth date and sex cannot be read from it. Use Folkeregisteret.");
    case Derivation::NoDatePart:
        return QCoreApplication::translate("Identity", "This kind of number carries no birth date or sex.");
    case Derivation::UnknownCentury:
        return QCoreApplication::translate("Identity",
            "The century of birth cannot be read from this number. Use Folkeregisteret.");
    case Derivation::NotApplicable:
        break;
    }
    return {};
}

QString IdentifierCheck::normalized() const
{
    return QString::fromLatin1(digits.data(), digitCount);
}

QList<IdentifierProblem> IdentifierCheck::problems() const
{
    QList<IdentifierProblem> result;
    for (IdentifierProblem problem : allIdentifierProblems) {
        if (has(problem))
            result.append(problem);
    }
    return result;
}

} // namespace Meldeklient::Identity

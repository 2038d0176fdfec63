#include "core/codes/Icd10RuleJoin.h"

#include "core/codes/CodeSystemUrl.h"

namespace Meldeklient::Codes {

qsizetype Icd10RuleJoin::whoParent(const CodeList& iris, QStringView code)
{
    const QString key = CodeSystemUrl::icd10Key(code);
    for (qsizetype length = key.size(); length >= 3; --length) {
        const qsizetype index = iris.indexOf(QStringView(key).left(length));
        if (index >= 0)
            return index;
    }
    return -1;
}

CodeList Icd10RuleJoin::join(const CodeList& national, const CodeList& iris)
{
    CodeList joined = national;
    if (!national.hasIcd10Attributes() || !iris.hasIcd10Attributes())
        return joined;
    for (qsizetype i = 0; i < joined.size(); ++i) {
        Icd10Attributes& a = joined.icd10Attributes(i);
        const bool nationalStar = national.hasNationalAttributes() && national.nationalAttributes(i).star;
        const Icd10Attributes base = a;
        a = Icd10Attributes {};
        a.validFrom = base.validFrom;
        a.validTo = base.validTo;
        a.asterisk = nationalStar;
        const qsizetype parent = whoParent(iris, joined.at(i).code);
        if (parent < 0)
            continue;
        const Icd10Attributes& who = iris.icd10Attributes(parent);
        a.asterisk = nationalStar || who.asterisk;
        a.hasRestrictions = who.hasRestrictions;
        a.restrictionsFrom = who.restrictionsFrom;
        a.restrictionsTo = who.restrictionsTo;
        a.sex = who.sex;
        a.sexConsistency = who.sexConsistency;
        a.lowerAge = who.lowerAge;
        a.upperAge = who.upperAge;
        a.ageConsistency = who.ageConsistency;
        a.rareDisease = who.rareDisease;
        a.notUnderlyingCause = who.notUnderlyingCause;
    }
    return joined;
}

} // namespace Meldeklient::Codes

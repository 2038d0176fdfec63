#pragma once

#include "core/questionnaire/QuestionnaireResponse.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace Meldeklient::Questionnaire {
class Questionnaire;
}

namespace Meldeklient::Test {

// Birth notifications (fodselsmelding QuestionnaireResponses) for the "Done when" cases of issue 12, all valid
// under the birth rules with synthetic numbers allowed. Numbers are synthetic (Tenor style) or computed in
// birth.md; names are made up.
class BirthNotificationFixture
{
public:
    enum class Scenario {
        SingleLiveBirth,
        Twins,
        TripletsOneStillborn,
        BirthAbroad,
        UnknownFather,
        CoMother,
        ParentsApart,
        MotherWithoutNumber,
        HomeBirth,
        SamiNames,
        Correction,
    };

    static QList<Scenario> all();
    static QString name(Scenario scenario);
    // Children born on `born`; their count and liveness as the scenario says.
    static Questionnaire::QuestionnaireResponse response(Scenario scenario, const QDate& born);
    static int childCount(Scenario scenario);
    static int liveBornCount(Scenario scenario);

    // One child's repeat: date, live or stillborn, Volven 3101 sex code ("2" kvinne, "1" mann).
    static Questionnaire::QuestionnaireResponse child(const QDate& born, bool liveBorn, const QString& sexCode);
    // The response as a collection Bundle, as `meldeklient-cli validate` reads it.
    static QByteArray bundleJson(
        const Questionnaire::Questionnaire& form, const Questionnaire::QuestionnaireResponse& response);

    static QString motherNumber() { return QStringLiteral("52839145667"); } // synthetic D-nummer (birth.md)
    static QString fatherNumber();
    static QString hNumber() { return QStringLiteral("15459041211"); }
};

} // namespace Meldeklient::Test

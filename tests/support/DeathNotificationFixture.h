#pragma once

#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/QuestionnaireResponse.h"

#include <QJsonObject>
#include <QString>

namespace Meldeklient::Test {

// Builds dodsaarsak answers the way a physician fills them in, for tests of the validator and the command line.
class DeathNotificationFixture
{
public:
    explicit DeathNotificationFixture(const Questionnaire::Questionnaire& form);

    // A complete, plausible natural death: pneumonia (J18.9, days) due to COPD (J44.9, years).
    static DeathNotificationFixture natural(const Questionnaire::Questionnaire& form);

    DeathNotificationFixture& code(QChar line, const QString& icd10);
    DeathNotificationFixture& text(QChar line, const QString& text);
    DeathNotificationFixture& interval(QChar line, const QString& volven99004);
    DeathNotificationFixture& clearLine(QChar line);
    DeathNotificationFixture& coded(const QString& linkId, const QString& system, const QString& code);
    DeathNotificationFixture& date(const QString& linkId, const QString& isoDate);
    DeathNotificationFixture& string(const QString& linkId, const QString& value);

    const Questionnaire::QuestionnaireResponse& response() const { return m_response; }
    QJsonObject responseJson() const;

    // A FHIR Patient (resident), the reporting physician's contact details (NHN's PractitionerRole), and a Bundle
    // holding the patient, the contact details and these answers.
    static QJsonObject residentPatient(const QString& fnr, const QString& deceasedDateTime);
    static QJsonObject reporterContact();
    QJsonObject bundle(const QJsonObject& patient, const QJsonObject& practitionerRole = reporterContact()) const;

private:
    const Questionnaire::Questionnaire& m_form;
    Questionnaire::QuestionnaireResponse m_response;
};

} // namespace Meldeklient::Test

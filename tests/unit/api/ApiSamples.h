#pragma once

#include <QByteArray>
#include <QJsonObject>

// Notification parts in the shapes of NHN's samples (nhn-dodsmelding-fhir/sample-*.md), with synthetic persons.
// (Defined in ApiSamples.cpp: moc misreads JSON in raw string literals in headers.)
namespace ApiSamples {

QJsonObject object(const char* json);
QJsonObject practitionerRole();
QJsonObject residentPatient();
QJsonObject foreignPatient();
QJsonObject questionnaireResponse();
QByteArray bundle(const QJsonObject& patient, bool withRole = true);

} // namespace ApiSamples

#pragma once

#include <QDateTime>
#include <QString>

namespace Meldeklient::Api {

// What a transport reads from one step's 2xx answer: the id the registry gave (PractitionerRole id, dødsfallId,
// ...) and, when the answer says, when it received the submission.
struct StepResult {
    QString id;
    QDateTime receivedAt; // invalid when the answer does not say
};

} // namespace Meldeklient::Api

#pragma once

#include "core/api/SubmissionDocument.h"

#include <QHash>
#include <QString>

namespace Meldeklient::Api {

// Everything a step's request is made from. The same context gives byte-identical requests on every attempt.
struct RenderContext {
    SubmissionDocument document;
    QString idempotencyKey;          // the outbox item's key; steps before the last derive their own from it
    QString parentReceiptId;         // Del 1's dødsfallId for Del 2 (and a void of a death sent from here)
    QHash<QString, QString> learned; // step name → id from that step's answer, for the steps after it
};

} // namespace Meldeklient::Api

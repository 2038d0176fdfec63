#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Meldeklient::Outbox {

// The registry's answer to an accepted submission.
struct Receipt {
    QString serverId;
    QDateTime receivedAt;
    QByteArray responseBody;
};

} // namespace Meldeklient::Outbox

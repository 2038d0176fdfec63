#pragma once

#include <QByteArray>
#include <QString>

namespace Meldeklient::Birth {

// One foedselsmelding v1.1 message: Folkeregisteret takes one child per message.
struct BirthMessage
{
    int childNumber = 0; // 1-based birth order
    bool liveBorn = true;
    QString messageId; // avsendersMeldingsidentifikator, the idempotency key
    QByteArray xml; // UTF-8
};

} // namespace Meldeklient::Birth

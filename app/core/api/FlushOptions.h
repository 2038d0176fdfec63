#pragma once

#include <QList>

namespace Meldeklient::Api {

// Limits for one OutboxSender::flush().
struct FlushOptions {
    int maxItems = -1;            // stop after this many attempted items; -1: no limit
    bool stopOnTransient = false; // stop at the first transient failure (e.g. the registry is down: do not try the rest)
    QList<qint64> onlyItems;      // non-empty: send only these items (a withdrawal resends its death first)
};

} // namespace Meldeklient::Api

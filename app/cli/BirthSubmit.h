#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Meldeklient::Cli {

class CliContext;
class SignedInOutbox;

// `submit FILE` for a birth notification (Birth::BirthBundle::isBirthNotification): an adapter over
// Session::BirthNotificationService. Checks and queues one foedselsmelding per child, sends them when the stored
// sign-in can be resumed, waits up to `waitSeconds` for Folkeregisteret's decisions and prints one JSON line per
// child: {"file", "birthId", "child", "liveBorn", "id", "state", "folkeregisterReferanse", "newIdentifier"?,
// "message"?, "corrects"?}. The child's new number appears only there, never in a log. With `correctsBirthId` the
// file corrects children of an earlier birth ("corrects": the original message id of each child).
class BirthSubmit
{
public:
    struct Options {
        bool acceptWarnings = false;
        int waitSeconds = 60;
        bool send = true; // false: only queue (`outbox flush` sends), as a death's submit does
        // `--corrects BIRTH-ID[:CHILD,...]`: the file is a correction of those children of that birth
        // (BirthNotificationService::queueCorrection); no children named: the refused ones.
        QString correctsBirthId;
        QList<int> correctsChildren;
    };
    // Reads `--corrects`' value into `options`; false for a malformed one (a usage error).
    static bool parseCorrects(const QString& value, Options& options);
    // Exit 0: queued, nothing refused, and (when waiting) every child registered; 1 otherwise.
    static int run(const QString& path, const QByteArray& json, const Options& options, SignedInOutbox& outbox,
        CliContext& context);
};

} // namespace Meldeklient::Cli

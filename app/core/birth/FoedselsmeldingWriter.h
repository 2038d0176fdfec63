#pragma once

#include "core/birth/BirthMessage.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Meldeklient::Birth {

class BirthAnswers;

// Writes Folkeregisteret's foedselsmelding v1.1 (Foedselsmelding_v1.1.xsd): one message per child, in birth order,
// each a full description of the birth with that child as `barn`. The form's linkIds are the element paths below
// `foedsel`, so each element below is written from the item of the same name; the `klinisk` groups are never
// written. Plurality (antallBarnVedFlerfoedsel) and birth order (rekkefoelgenummerVedFlerfoedsel "21", "32"...)
// are computed from the number of children and left out for a single child. A correction
// (korrigering.identifikatorForOpprinneligMelding answered) is a new full message with erKorrigertForespoersel=true
// and that reference, sent unchanged.
//
// The caller validates first (BirthNotificationValidator): the writer does not repeat the rules and writes what
// is there.
class FoedselsmeldingWriter
{
public:
    struct Options
    {
        QString messageIdPrefix; // each child's avsendersMeldingsidentifikator is "<prefix>-<n>"
        QDateTime now; // avsendersInnsendingstidspunkt and registreringsdato (local date)
        QString innsenderIdentifier; // the signed-in midwife's or physician's fødselsnummer; empty: left out
        QString innsenderName;
        QString kildesystem = QStringLiteral("Meldeklient");
        // Non-empty: every message is a correction of this one (BirthNotificationService::queueCorrection gives each
        // child its own original message id); it takes the place of the form's korrigering answer.
        QString correctsMessageId;
    };

    static QString namespaceUri()
    {
        return QStringLiteral("folkeregisteret:melding:nyfolkeregisterperson:foedselsmelding:v1");
    }
    static QString messageId(const QString& prefix, int childNumber);
    // rekkefoelgenummerVedFlerfoedsel of child `childNumber` (1-based) of `count`: "21", "22", "31"...; empty for a
    // single child (then neither it nor antallBarnVedFlerfoedsel is sent). The screen shows the same value.
    static QString birthOrderNumber(int childNumber, qsizetype count);

    static QList<BirthMessage> write(const BirthAnswers& answers, const Options& options);
};

} // namespace Meldeklient::Birth

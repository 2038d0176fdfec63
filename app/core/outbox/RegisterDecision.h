#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Meldeklient::Outbox {

// Folkeregisteret's decision on a birth message (the feed HendelserISakOmFolkeregistrering), as the outbox keeps
// it (encrypted: it may hold the child's new fødselsnummer). An item in AcceptedForProcessing becomes Registered or
// Refused with it; manual handling keeps it in AcceptedForProcessing with a note.
struct RegisterDecision {
    enum class Outcome {
        Registered,     // "godkjent" or "registrert"
        Refused,        // "avvist", "avslaatt" or "avbrutt"
        ManualHandling, // "sakTilManuellBehandling": a case officer decides later
    };

    Outcome outcome = Outcome::ManualHandling;
    qint64 sequence = 0;        // the feed's sekvensnummer: a decision is applied once, in order
    QString messageId;          // avsendersMeldingsidentifikator: which outbox item
    QString registryReference;  // folkeregisterReferanse: must be the one in the item's receipt
    QString beslutning;         // the register's word (godkjent, avslaatt, ...); empty for manual handling
    QString newIdentifier;      // the child's fødselsnummer or D-nummer (Registered, live-born); personal data
    QString identifierType;     // "foedselsnummer" | "dNummer"
    QString resultDescription;  // resultatbeskrivelse
    QStringList reasons;        // begrunnelse
    QString deadline;           // saksfrist of manual handling (a date)
    QDateTime decidedAt;        // opprettet

    QByteArray toJson() const;
    static RegisterDecision fromJson(const QByteArray& json);
};

} // namespace Meldeklient::Outbox

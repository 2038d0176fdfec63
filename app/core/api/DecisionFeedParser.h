#pragma once

#include "core/common/Result.h"
#include "core/outbox/RegisterDecision.h"

#include <QByteArray>
#include <QList>

namespace Meldeklient::Api {

// Reads one page of Folkeregisteret's feed HendelserISakOmFolkeregistrering (JSON, birth.md §3): an array of
// {sekvensnummer, hendelseISakOmFolkeregistrering: {sakstype, saksnummer, opprettet, meldingsreferanse
// {avsendersMeldingsidentifikator, folkeregisterReferanse}, saksbeslutning {beslutning, resultatkode,
// resultatbeskrivelse, begrunnelse[], opprettetFolkeregisterperson? {foedselsEllerDNummer, identifikatortype}} |
// sakTilManuellBehandling {saksfrist, begrunnelse[]}}}.
//
// Strict: outside input that decides a child's registration. A page is taken whole or refused whole
// ("feed-invalid", naming the event's position and what is wrong, never its contents): sequence numbers integral,
// at least `fromSequence` and increasing; both references present; exactly one of saksbeslutning and
// sakTilManuellBehandling; beslutning one of godkjent, registrert, avslaatt, avvist, avbrutt; a new identifier only
// on an approval, 11 digits, typed foedselsnummer or dNummer. Unknown extra fields are ignored (the register may add
// some).
class DecisionFeedParser
{
public:
    // Longest text kept from a field (the register's limit for Tekst is 4000).
    static constexpr qsizetype MaxText = 4000;
    static Result<QList<Outbox::RegisterDecision>> parse(const QByteArray& body, qint64 fromSequence = 1);
};

} // namespace Meldeklient::Api

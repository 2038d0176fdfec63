#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/StepResult.h"
#include "core/common/Result.h"
#include "core/outbox/FeedPosition.h"

#include <QByteArray>
#include <QString>

namespace Meldeklient::Api {

// The birth transport "folkeregisteret-mottak" (birth.md §1, §3): each child's foedselsmelding, frozen in the
// outbox at enqueue, is POSTed as it is to {base}/folkeregisteret/mottak/api/foedsel_v1; the 202 answer
// <meldingMottatt> carries the folkeregisterReferanse. Decisions are read from the feed
// HendelserISakOmFolkeregistrering. Rendering is deterministic: the same payload gives the same bytes, and the
// message id inside it (avsendersMeldingsidentifikator) is the idempotency key the register honours.
class FolkeregisteretMottakTransport
{
public:
    static constexpr QLatin1StringView Name {"folkeregisteret-mottak"};
    static constexpr QLatin1StringView MottakPath {"/folkeregisteret/mottak/api/foedsel_v1"};
    static constexpr QLatin1StringView FeedPath {"/folkeregisteret/tilbakemelding/api/v2/hendelser"};
    // The feed's name in the outbox's feed_position table.
    static constexpr QLatin1StringView FeedName {"HendelserISakOmFolkeregistrering"};

    // The avsendersMeldingsidentifikator of a foedselsmelding; empty when the XML has none.
    static QString messageIdOf(const QByteArray& xml);
    // Errors: "api-payload-invalid" (not a foedselsmelding with a message id).
    static Result<ApiRequest> render(const QByteArray& payload);
    // The 202 answer: folkeregisterReferanse as the id. Errors: "api-unreadable-answer" (no <meldingMottatt>, no
    // reference, or a receipt for another message id than `messageId`).
    static Result<StepResult> parseReceipt(const QByteArray& body, const QString& messageId);
    // GET the feed from the position's sequence number, with If-None-Match when an ETag is known (the caller sets
    // the header from position.etag).
    static ApiRequest feedRequest(const Outbox::FeedPosition& position);
};

} // namespace Meldeklient::Api

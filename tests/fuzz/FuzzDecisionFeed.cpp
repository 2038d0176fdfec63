// libFuzzer target for Folkeregisteret's decision feed (HendelserISakOmFolkeregistrering) and the birth receipt.
// Input: the first byte picks the position the feed is read from (1..256), the rest is the answer body.
// Invariants: a page is refused whole with "feed-invalid" and a message, or every decision is usable: sequence
// numbers at least the position and strictly increasing, both references present, a new identifier only on an
// approval and then 11 digits of a known type, and the encrypted form (toJson/fromJson) round-trips. The same body
// read as a 202 receipt either fails as "api-unreadable-answer" or yields a non-empty reference.
#include "core/api/DecisionFeedParser.h"
#include "core/api/FolkeregisteretMottakTransport.h"

#include <cstdint>
#include <cstdlib>

using namespace Meldeklient;
using Meldeklient::Outbox::RegisterDecision;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1 || size > 65536)
        return 0;
    const qint64 from = 1 + data[0];
    const QByteArray body(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));

    const Result<QList<RegisterDecision>> page = Api::DecisionFeedParser::parse(body, from);
    if (!page) {
        if (page.error().code != u"feed-invalid" || page.error().message.isEmpty())
            std::abort();
    } else {
        qint64 minimum = from;
        for (const RegisterDecision& decision : page.value()) {
            if (decision.sequence < minimum || decision.messageId.isEmpty() || decision.registryReference.isEmpty())
                std::abort();
            minimum = decision.sequence + 1;
            if (!decision.newIdentifier.isEmpty()) {
                if (decision.outcome != RegisterDecision::Outcome::Registered || decision.newIdentifier.size() != 11
                    || (decision.identifierType != u"foedselsnummer" && decision.identifierType != u"dNummer"))
                    std::abort();
            }
            const RegisterDecision again = RegisterDecision::fromJson(decision.toJson());
            if (again.sequence != decision.sequence || again.outcome != decision.outcome
                || again.messageId != decision.messageId || again.newIdentifier != decision.newIdentifier
                || again.reasons != decision.reasons)
                std::abort();
        }
    }

    const Result<Api::StepResult> receipt = Api::FolkeregisteretMottakTransport::parseReceipt(body, QStringLiteral("m-1"));
    if (receipt ? receipt->id.isEmpty() : receipt.error().code != u"api-unreadable-answer")
        std::abort();
    return 0;
}

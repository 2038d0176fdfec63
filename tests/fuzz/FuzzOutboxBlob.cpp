// libFuzzer target for what the outbox reads back from disk: PayloadCipher blobs and Retry-After header values.
// Invariants: no input that was not made with the key authenticates (GCM cannot be forged by a fuzzer), every real
// blob round-trips, and a parsed Retry-After lies between 0 and one day.
#include "core/outbox/PayloadCipher.h"
#include "core/outbox/RetryAfter.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdint>
#include <cstdlib>

using namespace Meldeklient::Outbox;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 4096)
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    static const PayloadCipher cipher(QByteArray(PayloadCipher::KeySize, '\x5a'));
    const QByteArray aad = PayloadCipher::associatedData(static_cast<qint64>(size), QLatin1StringView("payload"));

    if (cipher.decrypt(input, aad).isOk())
        std::abort();
    const auto blob = cipher.encrypt(input, aad);
    if (!blob || blob.value().size() != input.size() + PayloadCipher::Overhead)
        std::abort();
    const auto back = cipher.decrypt(blob.value(), aad);
    if (!back || back.value() != input)
        std::abort();

    static const QDateTime now(QDate(2026, 11, 22), QTime(3, 0), QTimeZone::utc());
    const std::optional<qint64> delay = RetryAfter::parseMs(input, now);
    if (delay && (*delay < 0 || *delay > 24LL * 60 * 60 * 1000))
        std::abort();
    return 0;
}

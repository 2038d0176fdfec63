#include "core/auth/jose/Base64Url.h"

#include <QCoreApplication>

#include <array>

namespace Meldeklient::Auth::Jose {

namespace {

constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

constexpr std::array<signed char, 256> decodeTable()
{
    std::array<signed char, 256> table {};
    for (auto& entry : table)
        entry = -1;
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(Alphabet[i])] = static_cast<signed char>(i);
    return table;
}

constexpr std::array<signed char, 256> DecodeTable = decodeTable();

Error invalid()
{
    return Error {QStringLiteral("base64url-invalid"),
        QCoreApplication::translate("Auth", "The data is not valid base64url.")};
}

} // namespace

QByteArray Base64Url::encode(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<QByteArray> Base64Url::decode(QByteArrayView text)
{
    const qsizetype length = text.size();
    if (length % 4 == 1)
        return invalid();
    QByteArray out;
    out.reserve(length * 3 / 4);
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : text) {
        const int value = DecodeTable[static_cast<unsigned char>(c)];
        if (value < 0)
            return invalid();
        buffer = (buffer << 6) | static_cast<quint32>(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((buffer >> bits) & 0xFFu));
        }
    }
    // The unused low bits of the last character must be zero, otherwise two encodings decode to the same bytes.
    if ((buffer & ((1u << bits) - 1u)) != 0)
        return invalid();
    return out;
}

} // namespace Meldeklient::Auth::Jose

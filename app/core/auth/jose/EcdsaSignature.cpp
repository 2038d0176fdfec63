#include "core/auth/jose/EcdsaSignature.h"

#include <QCoreApplication>

#include <openssl/bn.h>
#include <openssl/ec.h>

#include <memory>

namespace Meldeklient::Auth::Jose {

namespace {

struct SigDeleter {
    void operator()(ECDSA_SIG* sig) const { ECDSA_SIG_free(sig); }
};
using EcdsaSig = std::unique_ptr<ECDSA_SIG, SigDeleter>;

Error encodingError()
{
    return Error {QStringLiteral("jws-signature-encoding"),
        QCoreApplication::translate("Auth", "The signature could not be encoded.")};
}

Error signatureError()
{
    return Error {QStringLiteral("jwt-signature"), QCoreApplication::translate("Auth", "The token's signature is invalid.")};
}

} // namespace

Result<QByteArray> EcdsaSignature::derToRaw(QByteArrayView der, int componentSize)
{
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.data());
    const EcdsaSig sig(d2i_ECDSA_SIG(nullptr, &cursor, static_cast<long>(der.size())));
    if (!sig || componentSize <= 0)
        return encodingError();
    const BIGNUM* r = nullptr;
    const BIGNUM* s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray raw(2 * componentSize, '\0');
    auto* out = reinterpret_cast<unsigned char*>(raw.data());
    if (BN_bn2binpad(r, out, componentSize) != componentSize
        || BN_bn2binpad(s, out + componentSize, componentSize) != componentSize)
        return encodingError();
    return raw;
}

Result<QByteArray> EcdsaSignature::rawToDer(QByteArrayView raw, int componentSize)
{
    if (componentSize <= 0 || raw.size() != 2 * componentSize)
        return signatureError();
    const auto* in = reinterpret_cast<const unsigned char*>(raw.data());
    BIGNUM* r = BN_bin2bn(in, componentSize, nullptr);
    BIGNUM* s = BN_bin2bn(in + componentSize, componentSize, nullptr);
    EcdsaSig sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return encodingError();
    }
    unsigned char* der = nullptr;
    const int length = i2d_ECDSA_SIG(sig.get(), &der);
    if (length <= 0)
        return encodingError();
    QByteArray result(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return result;
}

} // namespace Meldeklient::Auth::Jose

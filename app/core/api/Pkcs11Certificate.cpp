// OpenSSL 3 deprecates the ENGINE API, but Debian 12 has no pkcs11-provider, only the engine
// (libengine-pkcs11-openssl). The suppression is confined to this file.
#define OPENSSL_SUPPRESS_DEPRECATED

#include "core/api/Pkcs11Certificate.h"

#include "core/api/ApiLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <openssl/engine.h>
#include <openssl/err.h>
#include <openssl/ui.h>
#include <openssl/x509.h>
#include <p11-kit/p11-kit.h>
#include <p11-kit/uri.h>

#include <memory>
#include <mutex>
#include <vector>

namespace Meldeklient::Api {

namespace {

// The URI is not repeated: a refused one may carry a PIN.
Error unreadableUri()
{
    return Error {QStringLiteral("birth-certificate-unreadable"),
        QCoreApplication::translate("Api",
            "BirthCertificateFile is not a usable PKCS#11 URI. IT must name the token and the object, e.g. "
            "pkcs11:token=…;object=…, without a PIN (the PIN belongs in the keychain).")};
}

Error engineMissing()
{
    return Error {QStringLiteral("birth-certificate-engine"),
        QCoreApplication::translate("Api",
            "OpenSSL's PKCS#11 engine is not installed, so the organisation certificate on the token cannot be used. "
            "IT must install the package libengine-pkcs11-openssl.")};
}

Error moduleMissing(const QString& module)
{
    return Error {QStringLiteral("birth-certificate-engine"),
        QCoreApplication::translate("Api",
            "The PKCS#11 module %1 cannot be loaded. IT must install it (p11-kit-modules for p11-kit's proxy, or the "
            "card vendor's module) and register the token's module with p11-kit.")
            .arg(module)};
}

Error tokenMissing(const QString& uri)
{
    return Error {QStringLiteral("birth-certificate-token-missing"),
        QCoreApplication::translate("Api",
            "No token matching %1 is present. IT must insert the smart card or connect the HSM, and register its "
            "PKCS#11 module with p11-kit.")
            .arg(uri)};
}

Error objectMissing(const QString& uri, bool certificate)
{
    return Error {QStringLiteral("birth-certificate-not-found"),
        certificate ? QCoreApplication::translate("Api",
            "The token holds no certificate at %1. IT must correct BirthCertificateFile or put the "
            "organisation certificate on the token.")
                          .arg(uri)
                    : QCoreApplication::translate("Api",
                        "The token holds no private key at %1. IT must correct BirthCertificateFile or put the "
                        "organisation certificate's key on the token.")
                          .arg(uri)};
}

Error wrongPin(const QString& uri)
{
    return Error {QStringLiteral("birth-certificate-password"),
        QCoreApplication::translate("Api",
            "The PIN of the token %1 is missing from the keychain or wrong. IT must store it with: meldeklient-cli "
            "birth-certificate set-password")
            .arg(uri)};
}

Error lockedPin(const QString& uri)
{
    return Error {QStringLiteral("birth-certificate-locked"),
        QCoreApplication::translate("Api",
            "The token %1 has locked its PIN after too many wrong attempts. IT must unlock it with the card's PUK or "
            "the vendor's tool, then store the PIN again with: meldeklient-cli birth-certificate set-password")
            .arg(uri)};
}

struct UriDeleter
{
    void operator()(P11KitUri* uri) const { p11_kit_uri_free(uri); }
};
using UriPointer = std::unique_ptr<P11KitUri, UriDeleter>;

bool isProxy(const QString& module)
{
    return QFileInfo(module).fileName() == QFileInfo(QStringLiteral(MELDEKLIENT_P11KIT_PROXY)).fileName();
}

enum class TokenLookup { Present, Absent, ModuleUnavailable };

// Whether a token the URI names is present, asked of the module itself (the engine answers "object not found" for
// both). For p11-kit's proxy (which p11-kit refuses to load as a module) the registered modules are asked directly:
// they are what the proxy aggregates.
TokenLookup findToken(const QString& module, const P11KitUri& uri)
{
    std::vector<CK_FUNCTION_LIST*> modules;
    CK_FUNCTION_LIST** registered = nullptr;
    CK_FUNCTION_LIST* single = nullptr;
    if (isProxy(module)) {
        registered = p11_kit_modules_load_and_initialize(0);
        if (!registered)
            return TokenLookup::ModuleUnavailable;
        for (CK_FUNCTION_LIST** it = registered; *it; ++it)
            modules.push_back(*it);
    } else {
        single = p11_kit_module_load(QFile::encodeName(module).constData(), 0);
        if (!single)
            return TokenLookup::ModuleUnavailable;
        if (p11_kit_module_initialize(single) != CKR_OK) {
            p11_kit_module_release(single);
            return TokenLookup::ModuleUnavailable;
        }
        modules.push_back(single);
    }
    bool found = false;
    for (CK_FUNCTION_LIST* functions : modules) {
        CK_ULONG count = 0;
        if (functions->C_GetSlotList(CK_TRUE, nullptr, &count) != CKR_OK || count == 0)
            continue;
        std::vector<CK_SLOT_ID> slots(count);
        if (functions->C_GetSlotList(CK_TRUE, slots.data(), &count) != CKR_OK)
            continue;
        for (CK_ULONG i = 0; i < count && !found; ++i) {
            CK_TOKEN_INFO info {};
            found = functions->C_GetTokenInfo(slots[i], &info) == CKR_OK
                && p11_kit_uri_match_token_info(&uri, &info) == 1;
        }
        if (found)
            break;
    }
    if (registered)
        p11_kit_modules_finalize_and_release(registered);
    if (single) {
        p11_kit_module_finalize(single);
        p11_kit_module_release(single);
    }
    return found ? TokenLookup::Present : TokenLookup::Absent;
}

// The engine is loaded once per process with the module of the first call: libp11 keeps the module initialised
// and the keys it hands out refer to it. Never released (the keys may outlive any owner here).
struct EngineState
{
    std::mutex mutex;
    ENGINE* engine = nullptr;
    QString module;
};

EngineState& engineState()
{
    static EngineState state;
    return state;
}

// A UI that never prompts: the PIN comes from the keychain only, never from a terminal the CLI or window may have.
UI_METHOD* noPrompt()
{
    static UI_METHOD* method = [] {
        UI_METHOD* created = UI_create_method("meldeklient-no-prompt");
        UI_method_set_reader(created, [](UI*, UI_STRING*) { return 0; });
        return created;
    }();
    return method;
}

Result<ENGINE*> engineFor(const QString& module)
{
    EngineState& state = engineState();
    if (state.engine)
        return state.engine;
    ENGINE* engine = ENGINE_by_id("pkcs11");
    if (!engine) {
        ERR_clear_error();
        return engineMissing();
    }
    if (!ENGINE_ctrl_cmd_string(engine, "MODULE_PATH", QFile::encodeName(module).constData(), 0)
        || !ENGINE_ctrl_cmd(engine, "SET_USER_INTERFACE", 0, noPrompt(), nullptr, 0) || !ENGINE_init(engine)) {
        ENGINE_free(engine);
        ERR_clear_error();
        return moduleMissing(module);
    }
    ENGINE_free(engine); // the functional reference of ENGINE_init keeps it
    state.engine = engine;
    state.module = module;
    return engine;
}

enum class PinProblem { None, Wrong, Locked };

// libp11 reports the token's CK_RV as the reason of errors in its own library ("PKCS#11 module").
PinProblem pinProblemInErrorQueue()
{
    PinProblem problem = PinProblem::None;
    while (const unsigned long code = ERR_get_error()) {
        const char* library = ERR_lib_error_string(code);
        if (!library || qstrcmp(library, "PKCS#11 module") != 0)
            continue;
        switch (ERR_GET_REASON(code)) {
        case CKR_PIN_LOCKED:
            problem = PinProblem::Locked;
            break;
        case CKR_PIN_INCORRECT:
        case CKR_PIN_INVALID:
        case CKR_PIN_LEN_RANGE:
        case CKR_PIN_EXPIRED:
            if (problem == PinProblem::None)
                problem = PinProblem::Wrong;
            break;
        default:
            break;
        }
    }
    return problem;
}

QSslCertificate loadCertificate(ENGINE* engine, const QByteArray& uri)
{
    struct
    {
        const char* uri;
        X509* certificate;
    } parameters {uri.constData(), nullptr};
    if (!ENGINE_ctrl_cmd(engine, "LOAD_CERT_CTRL", 0, &parameters, nullptr, 1) || !parameters.certificate) {
        ERR_clear_error();
        return QSslCertificate();
    }
    unsigned char* der = nullptr;
    const int length = i2d_X509(parameters.certificate, &der);
    X509_free(parameters.certificate);
    if (length <= 0)
        return QSslCertificate();
    QSslCertificate certificate(QByteArray(reinterpret_cast<const char*>(der), length), QSsl::Der);
    OPENSSL_free(der);
    return certificate;
}

} // namespace

bool Pkcs11Certificate::isUri(const QString& setting)
{
    return setting.startsWith(UriScheme, Qt::CaseInsensitive);
}

QString Pkcs11Certificate::modulePath()
{
    const QString configured = qEnvironmentVariable("MELDEKLIENT_PKCS11_MODULE");
    return configured.isEmpty() ? QStringLiteral(MELDEKLIENT_P11KIT_PROXY) : configured;
}

Result<Pkcs11Certificate::Loaded> Pkcs11Certificate::load(const QString& uri, const QByteArray& pin)
{
    const QByteArray uriBytes = uri.toUtf8();
    UriPointer parsed(p11_kit_uri_new());
    if (!isUri(uri)
        || p11_kit_uri_parse(uriBytes.constData(), P11_KIT_URI_FOR_OBJECT_ON_TOKEN, parsed.get()) != P11_KIT_URI_OK
        || p11_kit_uri_get_pin_value(parsed.get()) || p11_kit_uri_get_pin_source(parsed.get())) {
        return unreadableUri();
    }

    std::lock_guard lock(engineState().mutex);
    const QString module = engineState().engine ? engineState().module : modulePath();
    if (!QFileInfo::exists(module))
        return moduleMissing(module);
    switch (findToken(module, *parsed)) {
    case TokenLookup::ModuleUnavailable:
        return moduleMissing(module);
    case TokenLookup::Absent:
        return tokenMissing(uri);
    case TokenLookup::Present:
        break;
    }
    const Result<ENGINE*> engine = engineFor(module);
    if (!engine)
        return engine.error();

    Loaded loaded;
    loaded.certificate = loadCertificate(*engine, uriBytes);
    if (loaded.certificate.isNull())
        return objectMissing(uri, true);
    if (pin.isEmpty())
        return wrongPin(uri);
    // The engine copies the PIN; it is never logged.
    QByteArray terminated = pin;
    const bool pinSet = ENGINE_ctrl_cmd_string(*engine, "PIN", terminated.data(), 0) == 1;
    terminated.fill('\0');
    if (!pinSet) {
        ERR_clear_error();
        return wrongPin(uri);
    }
    ERR_clear_error();
    EVP_PKEY* key = ENGINE_load_private_key(*engine, uriBytes.constData(), noPrompt(), nullptr);
    if (!key) {
        switch (pinProblemInErrorQueue()) {
        case PinProblem::Locked:
            return lockedPin(uri);
        case PinProblem::Wrong:
            return wrongPin(uri);
        case PinProblem::None:
            return objectMissing(uri, false);
        }
    }
    ERR_clear_error();
    // QSslKey takes the EVP_PKEY over (Qt's OpenSSL backend frees it, or keeps its EC/RSA part with a reference,
    // which holds the engine's method): no free here.
    loaded.key = QSslKey(reinterpret_cast<Qt::HANDLE>(key), QSsl::PrivateKey);
    if (loaded.key.isNull())
        return objectMissing(uri, false);
    qCDebug(lcApi) << "organisation certificate loaded from a PKCS#11 token";
    return loaded;
}

} // namespace Meldeklient::Api

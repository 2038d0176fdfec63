#include "core/outbox/ItemTexts.h"

#include <QCoreApplication>

namespace Meldeklient::Outbox {

QString ItemTexts::kind(std::optional<ItemKind> kind)
{
    if (!kind)
        return QString(kindCode(kind));
    switch (*kind) {
    case ItemKind::DeathPart1:
        return QCoreApplication::translate("Outbox", "Death (Del 1)");
    case ItemKind::DeathPart2:
        return QCoreApplication::translate("Outbox", "Causes of death (Del 2)");
    case ItemKind::DeathVoid:
        return QCoreApplication::translate("Outbox", "Withdrawal of a death");
    case ItemKind::Birth:
        return QCoreApplication::translate("Outbox", "Birth");
    }
    return {};
}

QString ItemTexts::state(ItemState state)
{
    switch (state) {
    case ItemState::Draft:
        return QCoreApplication::translate("Outbox", "Draft");
    case ItemState::Queued:
        return QCoreApplication::translate("Outbox", "Queued");
    case ItemState::Sending:
        return QCoreApplication::translate("Outbox", "Sending");
    case ItemState::Accepted:
        return QCoreApplication::translate("Outbox", "Accepted");
    case ItemState::NeedsCorrection:
        return QCoreApplication::translate("Outbox", "Needs correction");
    case ItemState::WaitingToRetry:
        return QCoreApplication::translate("Outbox", "Waiting to retry");
    case ItemState::Cancelled:
        return QCoreApplication::translate("Outbox", "Cancelled");
    case ItemState::AcceptedForProcessing:
        return QCoreApplication::translate("Outbox", "Received, awaiting decision");
    case ItemState::Registered:
        return QCoreApplication::translate("Outbox", "Registered");
    case ItemState::Refused:
        return QCoreApplication::translate("Outbox", "Refused by the register");
    }
    return {};
}

QString ItemTexts::error(const QString& code)
{
    if (code.isEmpty())
        return {};
    struct Text {
        const char16_t* code;
        const char* text;
    };
    static const Text texts[] = {
        {u"api-unreachable", QT_TRANSLATE_NOOP("Outbox", "The registry could not be reached; it will be tried again.")},
        {u"api-unavailable", QT_TRANSLATE_NOOP("Outbox", "The registry is busy or unavailable; it will be tried again.")},
        {u"api-unexpected-status", QT_TRANSLATE_NOOP("Outbox", "The registry gave an unexpected answer; it will be tried again.")},
        {u"api-unreadable-answer", QT_TRANSLATE_NOOP("Outbox", "The registry's answer could not be read; it will be asked again.")},
        {u"api-rejected", QT_TRANSLATE_NOOP("Outbox", "The registry refused the notification. See its message.")},
        {u"api-payload-invalid", QT_TRANSLATE_NOOP("Outbox", "The stored notification cannot be sent as it is.")},
        {u"api-render-failed", QT_TRANSLATE_NOOP("Outbox", "The notification could not be turned into a request.")},
        {u"api-sign-in-required", QT_TRANSLATE_NOOP("Outbox", "Sign in again; it will be sent after that.")},
        {u"api-unauthorized", QT_TRANSLATE_NOOP("Outbox", "Sign in again; it will be sent after that.")},
        {u"api-forbidden", QT_TRANSLATE_NOOP("Outbox", "The registry does not allow you to send this.")},
        {u"api-proof-refused", QT_TRANSLATE_NOOP("Outbox", "The registry refused the proof of the sign-in; it will be tried again.")},
        {u"outbox-content-unreadable", QT_TRANSLATE_NOOP("Outbox",
            "The stored notification is damaged and cannot be read or sent. Write it again.")},
        {u"api-too-large", QT_TRANSLATE_NOOP("Outbox", "The registry refused the notification as too large.")},
        {u"birth-certificate-missing", QT_TRANSLATE_NOOP("Outbox",
            "The organisation certificate for Folkeregisteret is not installed; it will be sent once IT installs it.")},
        {u"birth-certificate-unreadable", QT_TRANSLATE_NOOP("Outbox",
            "The organisation certificate for Folkeregisteret cannot be read; it will be sent once IT fixes it.")},
        {u"birth-certificate-password", QT_TRANSLATE_NOOP("Outbox",
            "The password of the organisation certificate is missing or wrong; it will be sent once IT sets it.")},
        {u"birth-certificate-refused", QT_TRANSLATE_NOOP("Outbox",
            "Folkeregisteret refused the organisation certificate; it will be sent once IT has it registered.")},
        {u"birth-ca-unreadable", QT_TRANSLATE_NOOP("Outbox",
            "The CA file set for Folkeregisteret cannot be read; it will be sent once IT corrects it.")},
        {u"birth-not-configured", QT_TRANSLATE_NOOP("Outbox",
            "Folkeregisteret's address is not set up; it will be sent once IT sets it.")},
        {u"birth-refused", QT_TRANSLATE_NOOP("Outbox", "Folkeregisteret refused the birth. See its reason.")},
        {u"birth-manual-handling", QT_TRANSLATE_NOOP("Outbox",
            "Folkeregisteret handles the birth manually; the decision follows later.")},
        {u"outbox-send-interrupted", QT_TRANSLATE_NOOP("Outbox",
            "Sending was interrupted; it will be sent again with the same key, so it cannot arrive twice.")},
    };
    for (const Text& text : texts) {
        if (code == QStringView(text.code))
            return QCoreApplication::translate("Outbox", text.text);
    }
    return QCoreApplication::translate("Outbox", "It could not be sent (%1).").arg(code);
}

} // namespace Meldeklient::Outbox

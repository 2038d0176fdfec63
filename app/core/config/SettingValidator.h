#pragma once

#include "core/common/Result.h"
#include "core/config/SettingKey.h"

#include <QUrl>

namespace Meldeklient::Config {

// What a setting may hold. One owner for every key's rules, used for every layer (a bad policy value stops the app,
// it is never silently replaced) and by `config set` before anything is written.
class SettingValidator
{
public:
    // The value normalised (trimmed; lower-case where the value is a name), or "config-invalid-value" with a
    // translated reason that does not repeat the key (callers add key and source).
    static Result<QString> check(SettingKey key, const QString& value);
    // URLs: https, or plain http to this computer (loopback) outside production; production needs https even on
    // loopback. "config-insecure-url" otherwise.
    static Result<void> checkUrl(const QUrl& url, bool production);
    static bool isUrlSetting(SettingKey key);
};

} // namespace Meldeklient::Config

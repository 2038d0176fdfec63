#include "core/config/ProxySetting.h"

#include "core/config/Configuration.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QUrl>

namespace Meldeklient::Config {

void applyProxySetting(const Configuration& configuration)
{
    const QString value = configuration.value(SettingKey::Proxy);
    if (value == u"none")
        return;
    if (value == u"system") {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        return;
    }
    // SettingValidator accepted only http:// and socks5:// with host and port.
    const QUrl url(value);
    QNetworkProxy::setApplicationProxy(QNetworkProxy(
        url.scheme() == u"socks5" ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(),
        quint16(url.port())));
}

} // namespace Meldeklient::Config

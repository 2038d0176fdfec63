#include "core/session/PersonLookup.h"

#include "core/api/ApiClient.h"
#include "core/identity/PersonNumber.h"
#include "core/session/Session.h"

#include <QCoreApplication>

namespace Meldeklient::Session {

PersonLookup::PersonLookup(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(&session)
{
}

void PersonLookup::lookup(const QString& number)
{
    const quint64 generation = ++m_generation;
    m_running = true;
    const Identity::IdentifierCheck check = Identity::PersonNumber::check(number);
    if (!check.isValid()) {
        finish(generation, Error {QStringLiteral("person-number-invalid"),
                               QCoreApplication::translate("Session", "This is not a valid fødselsnummer or D-nummer.")});
        return;
    }
    Api::ApiClient* api = m_session ? m_session->api() : nullptr;
    if (!api) {
        finish(generation, Error {QStringLiteral("session-not-ready"),
                               QCoreApplication::translate("Session", "Sign in to look the person up in the registry.")});
        return;
    }
    QPointer<PersonLookup> self(this);
    api->lookUpPerson(check.normalized(), [self, generation](const Result<QList<Api::RegistryPerson>>& found) {
        if (!self)
            return;
        if (!found) {
            self->finish(generation, found.error());
            return;
        }
        if (found->isEmpty()) {
            self->finish(generation, Error {QStringLiteral("person-not-found"),
                QCoreApplication::translate("Session", "The registry has no person with this number.")});
            return;
        }
        self->finish(generation, found->constFirst());
    });
}

void PersonLookup::cancel()
{
    ++m_generation;
    m_running = false;
}

void PersonLookup::finish(quint64 generation, const Result<Api::RegistryPerson>& result)
{
    // Always later, never inside lookup(): one style for the caller whatever the outcome.
    QMetaObject::invokeMethod(this, [this, generation, result] {
        if (generation != m_generation)
            return; // cancelled, or a newer lookup runs
        m_running = false;
        Q_EMIT finished(result);
    }, Qt::QueuedConnection);
}

} // namespace Meldeklient::Session

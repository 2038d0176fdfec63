#pragma once

#include "core/api/RegistryPerson.h"
#include "core/common/Result.h"

#include <QObject>
#include <QPointer>

namespace Meldeklient::Session {

class Session;

// Asks the registry who has a fødselsnummer or D-nummer, so the physician confirms the right person before Del 1.
// One lookup at a time: a new lookup() or cancel() drops the answer of the one before (the person typed on).
class PersonLookup : public QObject
{
    Q_OBJECT

public:
    explicit PersonLookup(Session& session, QObject* parent = nullptr);

    // finished() follows once, later. Errors: "person-number-invalid" (not a valid fødselsnummer or D-nummer:
    // nothing is sent), "session-not-ready" (not signed in), "person-not-found", and ApiClient::lookUpPerson's
    // ("api-unreachable", "api-sign-in-required", ...).
    void lookup(const QString& number);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const Meldeklient::Result<Meldeklient::Api::RegistryPerson>& result);

private:
    void finish(quint64 generation, const Result<Api::RegistryPerson>& result);

    QPointer<Session> m_session;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace Meldeklient::Session

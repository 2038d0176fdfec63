#pragma once

#include "cli/CliCommand.h"

namespace Meldeklient::Cli {

// export FILE --format nhn-fhir|nhn-rest: prints, for each part of a death notification, the exact HTTP requests
// (method, URL, headers, body bytes) the outbox would send. Ids only the registry can give (the dødsfallId of Del 1,
// the PractitionerRole id of a first step) and the outbox's idempotency key appear as <placeholders> unless given.
// --format folkeregisteret-xml [--message-id PREFIX] [--now TIME]: a birth notification's foedselsmelding messages.
class ExportCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;

private:
    static int exportBirth(const QString& path, bool allowSyntheticNumbers, const QString& prefix, const QString& now,
        CliContext& context);
};

} // namespace Meldeklient::Cli

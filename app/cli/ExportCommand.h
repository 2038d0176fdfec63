#pragma once

#include "cli/CliCommand.h"

namespace Meldeklient::Cli {

// export FILE --format nhn-fhir|nhn-rest: prints, for each part of a death notification, the exact HTTP requests
// (method, URL, headers, body bytes) the outbox would send. Ids only the registry can give (the dødsfallId of Del 1,
// the PractitionerRole id of a first step) and the outbox's idempotency key appear as <placeholders> unless given.
class ExportCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace Meldeklient::Cli

#include "core/codes/CodeListInstaller.h"

#include "core/codes/CodeSystemUrl.h"
#include "core/codes/CodesLogging.h"
#include "core/codes/Icd10RuleJoin.h"
#include "core/codes/StandardCodeLists.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QVersionNumber>

namespace Meldeklient::Codes {

namespace {
// The Iris list under its own URL, so a Norwegian list at 7110 never overwrites it.
CodeList relabelled(const CodeList& list, const QString& url)
{
    CodeList copy(list.kind(), url, list.version());
    copy.setTitle(list.title());
    copy.setProvenance(list.source(), list.sourceSha256(), list.importedAt());
    for (qsizetype i = 0; i < list.size(); ++i) {
        CodeConcept entry = list.at(i);
        entry.system = url;
        if (list.hasIcd10Attributes())
            copy.add(entry, list.icd10Attributes(i));
        else
            copy.add(entry);
    }
    return copy;
}

bool isNational(const CodeList& list)
{
    return list.hasNationalAttributes();
}

Error builtInError(const QString& url, const QString& detail)
{
    return Error {QStringLiteral("codes-builtin"),
        QCoreApplication::translate("Codes",
            "%1 is shipped with Meldeklient and can only be replaced by a newer version of the same code system (%2).")
            .arg(url, detail)};
}
} // namespace

CodeListInstaller::CodeListInstaller(const CodeListCache& cache)
    : m_cache(cache)
{
}

Result<void> CodeListInstaller::validateUrl(const QString& url)
{
    static const QRegularExpression shape(QStringLiteral(
        "^(?:urn:oid:[0-2](?:\\.(?:0|[1-9][0-9]{0,9}))+|urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:[A-Za-z0-9()+,.:=@;$_!*'%/-]+"
        "|https?://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*)?)$"));
    if (url.isEmpty() || url.size() > maxUrlLength || !shape.match(url).hasMatch()) {
        return Result<void>::failure(QStringLiteral("codes-url"),
            QCoreApplication::translate("Codes",
                "The code system URL is not valid (a Volven number, a URN such as urn:oid:2.16.578.1.12.4.1.1.7110, or "
                "an http(s) URL, at most %1 characters).")
                .arg(maxUrlLength));
    }
    return {};
}

Result<void> CodeListInstaller::validateVersion(const QString& version)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._+:-]*$"));
    if (version.isEmpty())
        return {}; // FHIR allows a code system without version; it can never replace a shipped one
    if (version.size() > maxVersionLength || !shape.match(version).hasMatch()) {
        return Result<void>::failure(QStringLiteral("codes-version"),
            QCoreApplication::translate("Codes",
                "The version is not valid: use at most %1 letters, digits and . _ + : - (for example 2026 or 1.0.1).")
                .arg(maxVersionLength));
    }
    return {};
}

bool CodeListInstaller::isNewerVersion(const QString& candidate, const QString& current)
{
    qsizetype candidateSuffix = 0;
    qsizetype currentSuffix = 0;
    const QVersionNumber a = QVersionNumber::fromString(candidate, &candidateSuffix);
    const QVersionNumber b = QVersionNumber::fromString(current, &currentSuffix);
    // Only plain numeric versions compare: "1.0.1-local" is not a version of the official system.
    if (a.isNull() || b.isNull() || candidateSuffix != candidate.size() || currentSuffix != current.size())
        return false;
    return QVersionNumber::compare(a, b) > 0;
}

Result<void> CodeListInstaller::checkBuiltIn(const CodeList& incoming) const
{
    const QString url = CodeSystemUrl::canonical(incoming.url());
    for (const CodeList& shipped : StandardCodeLists::builtIn()) {
        if (CodeSystemUrl::canonical(shipped.url()) != url)
            continue;
        if (incoming.kind() != shipped.kind())
            return builtInError(url, QCoreApplication::translate("Codes", "a value set cannot replace a code system"));
        if (!isNewerVersion(incoming.version(), shipped.version())) {
            return builtInError(url,
                QCoreApplication::translate("Codes", "version %1 is not newer than the shipped %2")
                    .arg(incoming.version().isEmpty() ? QStringLiteral("-") : incoming.version(), shipped.version()));
        }
    }
    return {};
}

Result<void> CodeListInstaller::checkNotShrinking(const CodeList& incoming, const CodeList* current) const
{
    if (current && incoming.size() * 2 < current->size()) {
        return Result<void>::failure(QStringLiteral("codes-too-small"),
            QCoreApplication::translate("Codes",
                "The new list has %1 codes, fewer than half of the %2 in the list it would replace (version %3); it "
                "looks truncated or filtered and was refused. The current list is kept.")
                .arg(incoming.size())
                .arg(current->size())
                .arg(current->version()));
    }
    return {};
}

Result<CodeListInstaller::Outcome> CodeListInstaller::install(const CodeList& incoming) const
{
    if (Result<void> ok = validateUrl(incoming.url()); !ok)
        return ok.error();
    if (Result<void> ok = validateVersion(incoming.version()); !ok)
        return ok.error();
    if (Result<void> ok = checkBuiltIn(incoming); !ok)
        return ok.error();

    std::optional<CodeList> current;
    if (Result<CodeList> loaded = m_cache.load(incoming.url()))
        current = std::move(loaded).value();

    Outcome outcome;
    if (current) {
        outcome.replacedVersion = current->version();
        outcome.replacedConcepts = current->size();
    }
    CodeList toSave = incoming;
    if (CodeSystemUrl::isIcd10(CodeSystemUrl::canonical(incoming.url()))) {
        const bool currentIsNational = current && isNational(*current);
        std::optional<CodeList> rules;
        if (Result<CodeList> stored = m_cache.load(irisRulesUrl.toString()))
            rules = std::move(stored).value();
        else if (current && !currentIsNational && current->hasIcd10Attributes())
            rules = relabelled(*current, irisRulesUrl.toString()); // a cache from before the Norwegian list
        if (isNational(incoming)) {
            // Compared with the Norwegian list it replaces, or with the Iris list if that is all there was.
            if (Result<void> ok = checkNotShrinking(incoming, current ? &*current : nullptr); !ok)
                return ok.error();
            if (rules) {
                toSave = Icd10RuleJoin::join(incoming, *rules);
                outcome.rulesJoined = true;
                if (Result<void> saved = m_cache.save(*rules); !saved)
                    return saved.error();
            }
        } else {
            const CodeList newRules = relabelled(incoming, irisRulesUrl.toString());
            if (Result<void> ok = checkNotShrinking(newRules, rules ? &*rules : nullptr); !ok)
                return ok.error();
            if (currentIsNational) {
                // Kept apart only while a Norwegian list is there; otherwise the Iris list is the ICD-10 list.
                if (Result<void> saved = m_cache.save(newRules); !saved)
                    return saved.error();
                // The Norwegian codes stay; only their WHO rules change.
                toSave = Icd10RuleJoin::join(*current, incoming);
                outcome.rulesJoined = true;
                outcome.replacedVersion.clear();
                outcome.replacedConcepts = 0;
            }
        }
    } else if (Result<void> ok = checkNotShrinking(incoming, current ? &*current : nullptr); !ok) {
        return ok.error();
    }
    if (Result<void> saved = m_cache.save(toSave); !saved)
        return saved.error();
    qCInfo(lcCodes) << "Installed" << toSave.url() << toSave.version() << toSave.size() << "codes";
    outcome.installed = std::move(toSave);
    return outcome;
}

Result<void> CodeListInstaller::remove(const QString& urlOrAlias) const
{
    const QString url = CodeSystemUrl::canonical(urlOrAlias);
    if (!m_cache.contains(url)) {
        for (const CodeList& shipped : StandardCodeLists::builtIn()) {
            if (shipped.url() == url) {
                return builtInError(
                    url, QCoreApplication::translate("Codes", "a shipped list cannot be removed"));
            }
        }
        return Result<void>::failure(QStringLiteral("codes-not-imported"),
            QCoreApplication::translate("Codes", "No code list %1 is imported.").arg(url));
    }
    if (!m_cache.remove(url)) {
        return Result<void>::failure(QStringLiteral("codes-cache-write"),
            QCoreApplication::translate("Codes", "The code list %1 could not be removed.").arg(url));
    }
    if (CodeSystemUrl::isIcd10(url))
        m_cache.remove(irisRulesUrl.toString()); // the rules belong to the ICD-10 list removed
    return {};
}

} // namespace Meldeklient::Codes

#include "support/DeathNotificationFixture.h"
#include "support/SandboxProcess.h"

#include "core/questionnaire/Questionnaire.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using Meldeklient::Test::DeathNotificationFixture;
using Meldeklient::Test::SandboxProcess;

// meldeklient-cli codes fetch/import/info/remove as a user runs them, against the sandbox's code-list endpoints
// (invented data) with their fault switches; and what issue 9 item 11 asks of the cache.
class TestCodesFetchProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fetchIcd10KeepsTheOldListOnEveryFault();
    void fetchMunicipalitiesAndKoder();
    void nationalCodeSurvivesImportSearchAndTheRequest();
    void fhiCauseSetChecksCauseLinesOnceFetched();
    void shippedListsAreProtected();
    void unrelatedLargeListIsNeverRead();

private:
    struct Run {
        int status = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject line(int i = 0) const
        {
            return QJsonDocument::fromJson(out.trimmed().split('\n').value(i)).object();
        }
    };
    Run run(const QStringList& arguments);
    QString url(const QString& path) const { return m_sandbox.issuer().toString() + path; }
    void fault(const QJsonObject& body);
    // The fixture as a death notification bundle file for `validate`/`export`; empty when it cannot be written.
    QString writeBundle(const QString& name, const DeathNotificationFixture& fixture);

    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_data;
    QTemporaryDir m_files;
};

TestCodesFetchProcess::Run TestCodesFetchProcess::run(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.insert("MELDEKLIENT_DATA_DIR", m_data->path());
    variables.insert("MELDEKLIENT_LANG", "en");
    variables.insert("MELDEKLIENT_ENVIRONMENT", "sandbox");
    if (m_sandbox.isRunning())
        variables.insert("MELDEKLIENT_ISSUER", m_sandbox.issuer().toString());
    process.setProcessEnvironment(variables);
    process.start(qEnvironmentVariable("MELDEKLIENT_CLI"), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestCodesFetchProcess::fault(const QJsonObject& body)
{
    QVERIFY(m_sandbox.admin("codes/faults", body).ok());
}

QString TestCodesFetchProcess::writeBundle(const QString& name, const DeathNotificationFixture& fixture)
{
    const QJsonObject bundle =
        fixture.bundle(DeathNotificationFixture::residentPatient("17853842044", "2026-11-20T03:10:00+01:00"));
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(bundle).toJson()) <= 0)
        return {};
    return path;
}

void TestCodesFetchProcess::init()
{
    m_data = std::make_unique<QTemporaryDir>();
}

void TestCodesFetchProcess::fetchIcd10KeepsTheOldListOnEveryFault()
{
    MELDEKLIENT_START_SANDBOX(m_sandbox);
    const QString kote = url("/kote/api/code-systems/ICD10/download/JSON");
    const Run first = run({"codes", "fetch", "icd10-no", "--url", kote});
    QVERIFY2(first.status == 0, first.err.constData());
    QCOMPARE(first.line().value("outcome").toString(), "updated");
    QCOMPARE(first.line().value("concepts").toInt(), 37);
    QCOMPARE(first.line().value("version").toString(), "icd10-no-2026");
    const QString sha = first.line().value("sha256").toString();
    QCOMPARE(sha.size(), 64);

    // The same file again: compared by hash, nothing replaced.
    QCOMPARE(run({"codes", "fetch", "icd10-no", "--url", kote}).line().value("outcome").toString(), "unchanged");

    // Faults: each refused with its code, the list stays.
    const struct {
        const char* fault;
        const char* code;
    } faults[] = {{"truncated", "codes-json"}, {"empty", "codes-empty"}, {"500", "codes-http"}};
    for (const auto& f : faults) {
        fault({{"kote", f.fault}});
        const Run refused = run({"codes", "fetch", "icd10-no", "--url", kote});
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(f.code), refused.err.constData());
    }
    fault({{"kote", QJsonValue()}});
    const Run info = run({"codes", "info"});
    QCOMPARE(info.status, 0);
    const QJsonArray systems = info.line().value("systems").toArray();
    QCOMPARE(systems.size(), 1);
    QCOMPARE(systems.at(0).toObject().value("sha256").toString(), sha);
    QCOMPARE(systems.at(0).toObject().value("source").toString(), "kote-json");
    QCOMPARE(systems.at(0).toObject().value("concepts").toInt(), 37);
    QCOMPARE(systems.at(0).toObject().value("ageDays").toInt(), 0);

    // The same URL with changed content is noticed and imported.
    fault({{"kote", "changed"}});
    const Run changed = run({"codes", "fetch", "icd10-no", "--url", kote});
    QCOMPARE(changed.line().value("outcome").toString(), "updated");
    QCOMPARE(changed.line().value("version").toString(), "icd10-no-2027");
    QCOMPARE(changed.line().value("replacedVersion").toString(), "icd10-no-2026");
    fault({{"kote", QJsonValue()}});

    // The workbook from the same source gives the same codes.
    const Run xlsx = run({"codes", "fetch", "icd10-no", "--url", url("/kote/ICD-10-kodeliste.xlsx")});
    QVERIFY2(xlsx.status == 0, xlsx.err.constData());
    QCOMPARE(xlsx.line().value("concepts").toInt(), 37);

    // Plain http to anything but this computer is refused.
    const Run insecure = run({"codes", "fetch", "icd10-no", "--url", "http://example.org/icd10.json"});
    QCOMPARE(insecure.status, 1);
    QVERIFY(insecure.err.contains("codes-url-insecure"));
}

void TestCodesFetchProcess::fetchMunicipalitiesAndKoder()
{
    MELDEKLIENT_START_SANDBOX(m_sandbox);
    const Run municipalities =
        run({"codes", "fetch", "municipalities", "--url", url("/klass/v1/classifications/131/")});
    QVERIFY2(municipalities.status == 0, municipalities.err.constData());
    QCOMPARE(municipalities.line().value("concepts").toInt(), 17);
    QCOMPARE(municipalities.line().value("changes").toInt(), 11);
    QCOMPARE(municipalities.line().value("attribution").toString(), "Statistisk sentralbyrå");

    fault({{"klass", "empty"}});
    const Run empty = run({"codes", "fetch", "municipalities", "--url", url("/klass/v1/classifications/131/")});
    QCOMPARE(empty.status, 1);
    QVERIFY(empty.err.contains("codes-empty"));
    fault({{"klass", QJsonValue()}});

    const QString koder = url("/api/koder?oid=7110");
    const Run fhir = run({"codes", "fetch", "fhi-7110", "--url", koder});
    QVERIFY2(fhir.status == 0, fhir.err.constData());
    QCOMPARE(fhir.line().value("shape").toString(), "fhir-valueset-expansion");
    fault({{"koderShape", "list"}});
    const Run plain = run({"codes", "fetch", "fhi-7110", "--url", koder});
    QCOMPARE(plain.line().value("shape").toString(), "plain-list");
    QCOMPARE(plain.line().value("concepts").toInt(), 4);

    const Run removed = run({"codes", "remove", "municipalities"});
    QCOMPARE(removed.status, 0);
    QCOMPARE(run({"codes", "remove", "municipalities"}).status, 1);
}

void TestCodesFetchProcess::nationalCodeSurvivesImportSearchAndTheRequest()
{
    MELDEKLIENT_START_SANDBOX(m_sandbox);
    const QString json = qEnvironmentVariable("MELDEKLIENT_SOURCE_DIR") + "/tests/sandbox/data/kote-icd10.json";
    const Run imported = run({"codes", "import", "--format", "kote-json", json});
    QVERIFY2(imported.status == 0, imported.err.constData());
    const Run search = run({"codes", "search", "--limit", "1", "i21.0A"});
    QCOMPARE(search.line().value("code").toString(), "I210a");
    QCOMPARE(search.line().value("displayCode").toString(), "I21.0a");

    auto form = Meldeklient::Questionnaire::Questionnaire::fromFile(":/forms/dodsaarsak.json");
    QVERIFY(form.isOk());
    auto fixture = DeathNotificationFixture::natural(form.value());
    fixture.code(u'A', "I210a");
    const QString path = writeBundle("i210a.json", fixture);
    QVERIFY(!path.isEmpty());

    const Run validated = run({"validate", path});
    QVERIFY2(!validated.out.contains("icd-unknown-code"), validated.out.constData());
    const Run exported = run({"export", "--format", "nhn-fhir", path});
    QVERIFY2(exported.status == 0, exported.err.constData());
    QVERIFY2(exported.out.contains("I210a"), exported.out.right(3000).constData()); // as published, not I210A
    QVERIFY(!exported.out.contains("I210A"));
}

void TestCodesFetchProcess::fhiCauseSetChecksCauseLinesOnceFetched()
{
    MELDEKLIENT_START_SANDBOX(m_sandbox);
    auto form = Meldeklient::Questionnaire::Questionnaire::fromFile(":/forms/dodsaarsak.json");
    QVERIFY(form.isOk());
    auto fixture = DeathNotificationFixture::natural(form.value());
    fixture.code(u'A', "I21.0A"); // in the sandbox set as I210a; B stays J44.9, which the set lacks
    const QString path = writeBundle("fhi7110.json", fixture);
    QVERIFY(!path.isEmpty());

    // Without the set: no such warning.
    const Run before = run({"validate", path});
    QVERIFY2(!before.out.contains("icd-not-in-fhi-7110"), before.out.constData());

    fault({{"koderShape", "list"}});
    const Run fetched = run({"codes", "fetch", "fhi-7110", "--url", url("/api/koder?oid=7110")});
    QVERIFY2(fetched.status == 0, fetched.err.constData());
    const Run after = run({"validate", path});
    QCOMPARE(after.out.count("icd-not-in-fhi-7110"), 1);
    // The issue's own JSON object (no message holds a brace).
    const qsizetype at = after.out.indexOf("icd-not-in-fhi-7110");
    const qsizetype open = after.out.lastIndexOf('{', at);
    const QByteArray line = after.out.mid(open, after.out.indexOf('}', at) - open);
    QVERIFY2(line.contains("causeOfDeath_question_B_code"), line.constData());
    QVERIFY2(line.contains("warning"), line.constData());
}

void TestCodesFetchProcess::shippedListsAreProtected()
{
    // Volven 99003 ships with version 1.0.0: an import of the same system with an older or equal or non-numeric
    // version is refused, a newer one accepted.
    const auto write = [&](const QString& name, const QString& version) {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            file.write(QStringLiteral(R"({"resourceType": "CodeSystem", "url": "99003", "version": "%1",
                "concept": [{"code": "1", "display": "Sykehus"}]})")
                           .arg(version)
                           .toUtf8());
        }
        return path;
    };
    for (const QString& version : {QStringLiteral("1.0.0"), QStringLiteral("0.9"), QStringLiteral("local"), QString()}) {
        const Run refused = run({"codes", "import", write("same.json", version)});
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains("codes-builtin"), refused.err.constData());
    }
    QCOMPARE(run({"codes", "import", write("newer.json", "1.1.0")}).status, 0);
    // A shipped list cannot be removed; the newer import can, and the shipped one is back.
    QCOMPARE(run({"codes", "remove", "99003"}).status, 0);
    const Run builtIn = run({"codes", "remove", "99003"});
    QCOMPARE(builtIn.status, 1);
    QVERIFY(builtIn.err.contains("codes-builtin"));

    // URLs and versions are validated.
    QVERIFY(run({"codes", "import", "--system", "not a url", "--version", "1", write("x.csv", "1")}).err.contains("codes-url"));
    const QString csv = m_files.filePath("plain.csv");
    QFile plain(csv);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("code;text\n1;a\n");
    plain.close();
    QVERIFY(run({"codes", "import", "--system", "urn:example:x", "--version", "1\n2", csv}).err.contains("codes-version"));
    QCOMPARE(run({"codes", "import", "--system", "urn:example:x", "--version", "1.0", csv}).status, 0);
    QCOMPARE(run({"codes", "remove", "urn:example:unknown"}).status, 1);
}

void TestCodesFetchProcess::unrelatedLargeListIsNeverRead()
{
    // A list of a million codes under an unrelated URL.
    const QString csv = m_files.filePath("large.csv");
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray chunk;
        for (int i = 0; i < 1000000; ++i) {
            chunk += QByteArray::number(i) + ";Kode " + QByteArray::number(i) + '\n';
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
    }
    const Run imported = run({"codes", "import", "--system", "urn:example:large", "--version", "1", csv});
    QVERIFY2(imported.status == 0, imported.err.constData());
    // Damage its cache file: a command that read it would say so (and would spend seconds on it).
    const QString codes = m_data->path() + "/codes";
    QStringList damaged;
    for (const QString& name : QDir(codes).entryList({"*.cbor"}, QDir::Files)) {
        QFile file(codes + '/' + name);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write("damage");
        damaged.append(name);
    }
    QCOMPARE(damaged.size(), 1);
    auto form = Meldeklient::Questionnaire::Questionnaire::fromFile(":/forms/dodsaarsak.json");
    QVERIFY(form.isOk());
    const QJsonObject bundle = DeathNotificationFixture::natural(form.value())
                                   .bundle(DeathNotificationFixture::residentPatient("17853842044", "2026-11-20T03:10:00+01:00"));
    const QString path = m_files.filePath("natural.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(bundle).toJson());
    file.close();
    QElapsedTimer timer;
    timer.start();
    const Run validated = run({"validate", path});
    qInfo("validate with a damaged 1M-code list in the cache: %lld ms", static_cast<long long>(timer.elapsed()));
    QVERIFY2(validated.status == 0 || validated.status == 1, validated.err.constData());
    QVERIFY2(!validated.err.contains("damaged"), validated.err.constData());
    QVERIFY(!validated.out.contains("codes-cache"));
    // codes info still notices, because it checks every file.
    const Run info = run({"codes", "info"});
    QCOMPARE(info.status, 1);
    QVERIFY(info.out.contains("codes-cache-corrupt"));
}

QTEST_GUILESS_MAIN(TestCodesFetchProcess)
#include "TestCodesFetchProcess.moc"

#include "cli/CodesCommand.h"
#include "cli/ExportCommand.h"
#include "cli/SubmitCommand.h"
#include "cli/ValidateCommand.h"

#include "unit/cli/CliTestRun.h"
#include "unit/cli/ForwardingSecretStore.h"
#include "unit/outbox/MemorySecretStore.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Meldeklient;
using namespace Meldeklient::Cli;

namespace {
using Test::ForwardingSecretStore;
} // namespace

// Issue 9 items 10 and 16: every command that reads a file refuses a missing file, a folder, a FIFO or a device at
// once with exit status 2 (unreadable input, as the README says), with a message naming the file.
class TestUnreadableInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyReadingCommandExitsTwo_data();
    void everyReadingCommandExitsTwo();

private:
    std::unique_ptr<CliCommand> command(const QString& name);

    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    QString m_fifo;
};

void TestUnreadableInput::initTestCase()
{
    qputenv("MELDEKLIENT_DATA_DIR", m_dir.filePath("data").toUtf8());
    m_fifo = m_dir.filePath("input.fifo");
    QCOMPARE(::mkfifo(QFile::encodeName(m_fifo).constData(), 0600), 0);
}

std::unique_ptr<CliCommand> TestUnreadableInput::command(const QString& name)
{
    const auto secrets = [this](const QString&) { return std::make_unique<ForwardingSecretStore>(m_secrets); };
    if (name == u"submit")
        return std::make_unique<SubmitCommand>(secrets);
    if (name == u"codes")
        return std::make_unique<CodesCommand>();
    if (name == u"export")
        return std::make_unique<ExportCommand>();
    return std::make_unique<ValidateCommand>();
}

void TestUnreadableInput::everyReadingCommandExitsTwo_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("before"); // arguments before the file
    const QStringList outbox {"--user-key-id", "cli-test-user-0123456789", "--database", "OUTBOX"};
    for (const QString& input :
        {QStringLiteral("missing"), QStringLiteral("folder"), QStringLiteral("fifo"), QStringLiteral("device")}) {
        QTest::addRow("validate %s", qPrintable(input)) << "validate" << QStringList {"validate"};
        QTest::addRow("submit %s", qPrintable(input)) << "submit" << (QStringList {"submit"} + outbox);
        QTest::addRow("codes import %s", qPrintable(input)) << "codes" << QStringList {"codes", "import"};
        QTest::addRow("export %s", qPrintable(input)) << "export" << QStringList {"export", "--format", "nhn-rest"};
    }
}

void TestUnreadableInput::everyReadingCommandExitsTwo()
{
    QFETCH(QString, name);
    QFETCH(QStringList, before);
    const QString input = QString::fromLatin1(QTest::currentDataTag()).section(u' ', -1);
    const QString path = input == u"missing" ? m_dir.filePath("nope.json")
        : input == u"folder"                 ? m_dir.path()
        : input == u"fifo"                   ? m_fifo
                                             : QStringLiteral("/dev/zero");
    QStringList arguments {"--lang", "en"};
    for (const QString& argument : std::as_const(before))
        arguments.append(argument == u"OUTBOX" ? m_dir.filePath("outbox.sqlite") : argument);
    arguments.append(path);
    const Test::CliRun run = Test::runCli(command(name), arguments);
    QVERIFY2(run.status == 2, qPrintable(QString::number(run.status) + u' ' + run.out + run.err));
    const QString shown = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
    const QString output = run.out + run.err;
    QVERIFY2(output.contains(shown), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestUnreadableInput)
#include "TestUnreadableInput.moc"

#include "core/common/DataDirectory.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

// Issue 9 item 15: the window ("Meldeklient") and meldeklient-cli share one data folder, so they share outboxes and
// imported code lists; MELDEKLIENT_DATA_DIR still wins.
class TestDataDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowAndCliShareOneFolder();
};

void TestDataDirectory::windowAndCliShareOneFolder()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    qputenv("XDG_DATA_HOME", home.path().toUtf8());
    qunsetenv("MELDEKLIENT_DATA_DIR");
    QCoreApplication::setOrganizationName("Meldeklient");

    QCoreApplication::setApplicationName("meldeklient-cli");
    const QString cli = Meldeklient::dataDirectory();
    QCoreApplication::setApplicationName("Meldeklient");
    const QString window = Meldeklient::dataDirectory();
    QCOMPARE(cli, window);
    QVERIFY2(cli.startsWith(home.path()), qPrintable(cli));
    QCOMPARE(QFile::permissions(cli) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    qputenv("MELDEKLIENT_DATA_DIR", home.filePath("managed").toUtf8());
    QCOMPARE(Meldeklient::dataDirectory(), home.filePath("managed"));
}

QTEST_GUILESS_MAIN(TestDataDirectory)
#include "TestDataDirectory.moc"

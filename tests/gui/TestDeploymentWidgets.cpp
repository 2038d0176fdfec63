#include "core/config/ConfigLocations.h"
#include "core/config/Configuration.h"
#include "gui/AboutDialog.h"
#include "gui/LockedSettingsView.h"
#include "gui/SettingsPage.h"

#include <QComboBox>
#include <QLabel>

#include <QFile>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Meldeklient;

// The About box (one version, licences) and the read-only view of locked settings.
class TestDeploymentWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aboutShowsVersionAndLicences();
    void lockedSettingsAreReadOnlyWithReason();
    void settingsPageCannotChangeALockedLanguage();
};

void TestDeploymentWidgets::aboutShowsVersionAndLicences()
{
    Gui::AboutDialog dialog;
    const QString text = dialog.text();
    QVERIFY(text.contains(QStringLiteral("Meldeklient " MELDEKLIENT_VERSION)));
    for (const char* licence :
        {"Qt 6", "LGPL 3.0", "QtKeychain", "BSD 3-Clause", "OpenSSL 3", "Apache License 2.0", "iso-codes", "LGPL 2.1"})
        QVERIFY2(text.contains(QString::fromUtf8(licence)), licence);
}

void TestDeploymentWidgets::lockedSettingsAreReadOnlyWithReason()
{
    QTemporaryDir dir;
    QFile policy(dir.filePath("policy.conf"));
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write("ApiBaseUrl=https://policy.helse.example/api\n");
    policy.close();
    const Config::ConfigLocations locations {
        {dir.filePath("policy.conf")}, {dir.filePath("user.conf")}, {dir.filePath("system.conf")}};
    const auto configuration = Config::Configuration::load(locations);
    QVERIFY(configuration.isOk());

    Gui::LockedSettingsView view;
    view.setConfiguration(*configuration);
    QTableWidget* table = view.table();
    QCOMPARE(table->rowCount(), int(Config::allSettingKeys().size()));
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    int locked = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY(!(table->item(row, 1)->flags() & Qt::ItemIsEditable));
        if (table->item(row, 0)->text() == u"ApiBaseUrl") {
            QCOMPARE(table->item(row, 1)->text(), QStringLiteral("https://policy.helse.example/api"));
            QVERIFY(table->item(row, 3)->text().contains(dir.filePath("policy.conf")));
            ++locked;
        } else {
            QVERIFY(table->item(row, 3)->text().isEmpty());
        }
    }
    QCOMPARE(locked, 1);
}

// Issue 13: a policy value beats the user's and cannot be changed from the settings page.
void TestDeploymentWidgets::settingsPageCannotChangeALockedLanguage()
{
    QTemporaryDir dir;
    QFile policy(dir.filePath("policy.conf"));
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write("Language=nn\n");
    policy.close();
    QFile user(dir.filePath("user.conf"));
    QVERIFY(user.open(QIODevice::WriteOnly));
    user.write("Language=en\n");
    user.close();
    qunsetenv("MELDEKLIENT_LANG");
    Config::ConfigLocations::setForTesting(Config::ConfigLocations {
        {dir.filePath("policy.conf")}, {dir.filePath("user.conf")}, {dir.filePath("system.conf")}});

    Gui::SettingsPage page;
    QCOMPARE(page.languageBox()->currentData().toString(), QStringLiteral("nn")); // the policy's, not the user's
    QVERIFY(!page.languageBox()->isEnabled());
    QVERIFY(!page.languageLockNote()->isHidden());
    QVERIFY(!page.languageLockNote()->text().isEmpty());
    QVERIFY(page.lockedSettingsView()->table()->rowCount() > 0);

    // Even a programmatic change is refused by the configuration, and the user's own value stays as it was.
    page.languageBox()->setCurrentIndex(page.languageBox()->findData(QStringLiteral("nb")));
    const auto reloaded = Config::Configuration::load();
    QVERIFY(reloaded.isOk());
    QCOMPARE(reloaded->value(Config::SettingKey::Language), QStringLiteral("nn"));
    Config::ConfigLocations::setForTesting(std::nullopt);
}

QTEST_MAIN(TestDeploymentWidgets)
#include "TestDeploymentWidgets.moc"

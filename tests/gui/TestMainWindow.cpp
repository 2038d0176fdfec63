#include "core/common/Translations.h"
#include "gui/IdentifierField.h"
#include "gui/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Gui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("nb"))); }
    void typingAValidNumberShowsWhoItDescribes();
    void typingAWrongDigitExplainsWhy();
};

void TestMainWindow::typingAValidNumberShowsWhoItDescribes()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    IdentifierField* field = window.identifierField();
    QSignalSpy acceptable(field, &IdentifierField::acceptableChanged);
    QTest::keyClicks(field->lineEdit(), QStringLiteral("240472 30752"));
    QTRY_COMPARE(acceptable.count(), 1);
    QVERIFY(field->isAcceptable());
    QVERIFY2(field->feedbackLabel()->text().contains(QStringLiteral("24. april 1972")),
        qPrintable(field->feedbackLabel()->text()));
}

void TestMainWindow::typingAWrongDigitExplainsWhy()
{
    MainWindow window;
    window.show();
    IdentifierField* field = window.identifierField();
    QTest::keyClicks(field->lineEdit(), QStringLiteral("24047230753"));
    QVERIFY(!field->isAcceptable());
    const QString feedback = field->feedbackLabel()->text();
    QVERIFY2(feedback.contains(QStringLiteral("kontrollsiffer")), qPrintable(feedback));
    // Correct the last digit: the feedback turns positive.
    QTest::keyClick(field->lineEdit(), Qt::Key_Backspace);
    QTest::keyClicks(field->lineEdit(), QStringLiteral("2"));
    QVERIFY(field->isAcceptable());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"

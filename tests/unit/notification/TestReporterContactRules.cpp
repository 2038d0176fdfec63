#include "core/notification/ReporterContactRules.h"

#include <QJsonArray>
#include <QTest>

using Meldeklient::Notification::ReporterContactRules;
using Meldeklient::Notification::ValidationIssue;

class TestReporterContactRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeContactPasses();
    void problemsAreNamed_data();
    void problemsAreNamed();

private:
    static QJsonObject role(const QString& organisation, const QString& phone, const QString& email)
    {
        QJsonArray telecom;
        if (!phone.isNull())
            telecom.append(QJsonObject {{"system", "phone"}, {"value", phone}});
        if (!email.isNull())
            telecom.append(QJsonObject {{"system", "email"}, {"value", email}});
        return {{"resourceType", "PractitionerRole"}, {"organization", QJsonObject {{"display", organisation}}},
            {"telecom", telecom}};
    }
    static QStringList rules(const QList<ValidationIssue>& issues)
    {
        QStringList names;
        for (const ValidationIssue& issue : issues) {
            names.append(issue.rule);
            if (!issue.isError() || issue.message.isEmpty())
                names.append("not-an-error-with-a-message");
        }
        return names;
    }
};

void TestReporterContactRules::completeContactPasses()
{
    QVERIFY(ReporterContactRules::check(role("Testheim sykehjem", "+47 (22) 00-00 00", "lege@testheim.no")).isEmpty());
    QVERIFY(ReporterContactRules::check(role("Legevakten", "113", QString())).isEmpty());
    QVERIFY(ReporterContactRules::check(role("Legevakten", QString(), "a@b.no")).isEmpty());
}

void TestReporterContactRules::problemsAreNamed_data()
{
    QTest::addColumn<QJsonObject>("practitionerRole");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("missing") << QJsonObject() << QStringList {"reporter-missing"};
    QTest::newRow("no organisation") << role("  ", "22000000", QString())
                                     << QStringList {"reporter-organisation-missing"};
    QTest::newRow("no phone or e-mail") << role("Sykehjem", QString(), QString())
                                        << QStringList {"reporter-contact-missing"};
    QTest::newRow("blank phone and e-mail") << role("Sykehjem", " ", "") << QStringList {"reporter-contact-missing"};
    QTest::newRow("e-mail without @") << role("Sykehjem", QString(), "lege.testheim.no")
                                      << QStringList {"reporter-email-invalid"};
    QTest::newRow("e-mail with two @") << role("Sykehjem", QString(), "a@b@c.no")
                                       << QStringList {"reporter-email-invalid"};
    QTest::newRow("e-mail without domain dot") << role("Sykehjem", QString(), "lege@testheim")
                                               << QStringList {"reporter-email-invalid"};
    QTest::newRow("e-mail with space") << role("Sykehjem", QString(), "la ge@testheim.no")
                                       << QStringList {"reporter-email-invalid"};
    // Over Folkeregisteret's limits: the length is the problem named (issue 9 item 5).
    QTest::newRow("e-mail too long") << role("Sykehjem", QString(), QString(250, 'a') + "@b.no")
                                     << QStringList {"text-too-long"};
    QTest::newRow("phone with letters") << role("Sykehjem", "22 00 ab", QString())
                                        << QStringList {"reporter-phone-invalid"};
    QTest::newRow("phone too long") << role("Sykehjem", "+47 22 00 00 00 00 00 00", QString())
                                    << QStringList {"text-too-long"};
    QTest::newRow("workplace with a line break") << role("Testheim\nsykehjem", "22 00 00 00", QString())
                                                 << QStringList {"text-line-break"};
    QTest::newRow("phone with a right-to-left override") << role("Sykehjem", QString::fromUtf8("22 \u202E00 00"), QString())
                                                         << QStringList {"text-control-character"};
    QTest::newRow("phone too short") << role("Sykehjem", "+4", QString()) << QStringList {"reporter-phone-invalid"};
}

void TestReporterContactRules::problemsAreNamed()
{
    QFETCH(QJsonObject, practitionerRole);
    QFETCH(QStringList, expected);
    QCOMPARE(rules(ReporterContactRules::check(practitionerRole)), expected);
}

QTEST_GUILESS_MAIN(TestReporterContactRules)
#include "TestReporterContactRules.moc"

#include "support/ReferenceData.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Message {
    QString context;
    QString source;
    QString translation;
    QString type; // "", "unfinished", "vanished", "obsolete"
};

QList<Message> readTs(const QString& path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            current = Message {context, {}, {}, {}};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(current);
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?\\d"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().remove(u'L'));
    return found;
}
} // namespace

class TestTranslationsComplete : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void norwegianIsComplete_data();
    void norwegianIsComplete();
    void tsFilesMatchTheSources();
};

void TestTranslationsComplete::norwegianIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("bokmål") << "nb";
    QTest::newRow("nynorsk") << "nn";
}

void TestTranslationsComplete::norwegianIsComplete()
{
    QFETCH(QString, language);
    const QList<Message> messages
        = readTs(Meldeklient::Test::sourceFile("translations/meldeklient_" + language + ".ts"));
    QVERIFY(!messages.isEmpty());
    QStringList missing;
    for (const Message& message : messages) {
        if (message.type == u"vanished" || message.type == u"obsolete") {
            missing.append("obsolete: " + message.context + ": " + message.source);
            continue;
        }
        if (message.type == u"unfinished" || message.translation.trimmed().isEmpty()) {
            missing.append("untranslated: " + message.context + ": " + message.source);
            continue;
        }
        if (placeholders(message.source) != placeholders(message.translation))
            missing.append("placeholders differ: " + message.context + ": " + message.source);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    qInfo("%lld messages translated to %s", static_cast<long long>(messages.size()), qPrintable(language));
}

// Runs lupdate over app/ into a scratch file and compares the message set with the committed Bokmål file, so a new
// user-facing string cannot land without its translations.
void TestTranslationsComplete::tsFilesMatchTheSources()
{
    const QString lupdate = qEnvironmentVariable("MELDEKLIENT_LUPDATE");
    if (lupdate.isEmpty() || !QFile::exists(lupdate))
        QSKIP("lupdate not found (MELDEKLIENT_LUPDATE); install qt6-l10n-tools");
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString fresh = scratch.filePath("fresh.ts");
    QProcess process;
    process.start(lupdate, {"-no-obsolete", "-locations", "none", "-silent", "-extensions", "cpp,h",
                               Meldeklient::Test::sourceFile("app"), "-ts", fresh});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);

    auto keys = [](const QList<Message>& messages) {
        QSet<QString> result;
        for (const Message& message : messages) {
            if (message.type != u"vanished" && message.type != u"obsolete")
                result.insert(message.context + u'\x1f' + message.source);
        }
        return result;
    };
    const QSet<QString> inCode = keys(readTs(fresh));
    const QSet<QString> committed = keys(readTs(Meldeklient::Test::sourceFile("translations/meldeklient_nb.ts")));
    QStringList problems;
    for (const QString& key : inCode - committed)
        problems.append("not in translations/*.ts (run the update_translations target): " + QString(key).replace(QChar(0x1f), QStringLiteral(": ")));
    for (const QString& key : committed - inCode)
        problems.append("no longer in the code: " + QString(key).replace(QChar(0x1f), QStringLiteral(": ")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslationsComplete)
#include "TestTranslationsComplete.moc"

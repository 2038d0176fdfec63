// Every file in forms/ loads, is consistent with itself and with forms/codesystems, and is the same on disk and
// as the embedded resource the application uses.
#include "FormsCodeSystemResolver.h"
#include "core/questionnaire/CodeSystemUrl.h"
#include "core/questionnaire/Questionnaire.h"
#include "support/ReferenceData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Questionnaire;
using Form = Meldeklient::Questionnaire::Questionnaire;

namespace {
// Large code systems imported at run time (ICD-10 = Volven 7110, municipalities = Volven 3402).
const QStringList runTimeSystems = {"7110", "3402"};
} // namespace

class TestFormsConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formLoads_data();
    void formLoads();
    void codeSystemsAreWellFormed_data();
    void codeSystemsAreWellFormed();
    void everyFormIsDocumented();

private:
    Test::FormsCodeSystemResolver m_resolver;
    QStringList m_codeSystemFiles;
};

void TestFormsConformance::initTestCase()
{
    QVERIFY2(m_resolver.load(Test::sourceFile("forms/codesystems")), "forms/codesystems has an unusable file");
    m_codeSystemFiles = QDir(Test::sourceFile("forms/codesystems")).entryList({"*.json"}, QDir::Files);
    QVERIFY(m_codeSystemFiles.size() >= 8);
}

void TestFormsConformance::formLoads_data()
{
    QTest::addColumn<QString>("file");
    const QStringList forms = QDir(Test::sourceFile("forms")).entryList({"*.json"}, QDir::Files, QDir::Name);
    QVERIFY(forms.contains("dodsaarsak.json"));
    QVERIFY(forms.contains("dodsfall.json"));
    for (const QString& form : forms)
        QTest::newRow(qPrintable(form)) << form;
}

void TestFormsConformance::formLoads()
{
    QFETCH(QString, file);
    const Result<Form> loaded = Form::fromFile(Test::sourceFile("forms/" + file));
    QVERIFY2(loaded.isOk(), qPrintable(loaded.isOk() ? QString() : loaded.error().message));
    const Form& form = *loaded;
    QVERIFY(!form.url().isEmpty());
    QVERIFY(!form.version().isEmpty());
    QCOMPARE(form.language(), "nb");
    QVERIFY(form.title("en") != form.title("nb"));

    // The embedded copy is byte-for-byte the file on disk.
    QFile embedded(":/forms/" + file);
    QFile onDisk(Test::sourceFile("forms/" + file));
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    QVERIFY(onDisk.open(QIODevice::ReadOnly));
    QCOMPARE(embedded.readAll(), onDisk.readAll());

    QSet<QString> linkIds;
    for (const QuestionnaireItem& item : form.items()) {
        QVERIFY2(!linkIds.contains(item.linkId), qPrintable(item.linkId));
        linkIds.insert(item.linkId);
        // Every text exists in Bokmål, Nynorsk and English.
        QVERIFY2(!item.text.isEmpty(), qPrintable(item.linkId));
        QVERIFY2(item.textTranslations.contains("nn") && item.textTranslations.contains("en"), qPrintable(item.linkId));
        QVERIFY2(!item.textTranslations.value("en").isEmpty(), qPrintable(item.linkId));

        if (!item.answerValueSet.isEmpty()) {
            const bool resolves = m_resolver.expand(item.answerValueSet).has_value()
                || runTimeSystems.contains(CodeSystemUrl::volvenNumber(item.answerValueSet));
            QVERIFY2(resolves, qPrintable(item.linkId + ": " + item.answerValueSet));
        }
        for (const AnswerOption& option : item.answerOptions) {
            const Codes::Coding coding = option.value.toCoding();
            const std::optional<Codes::Coding> known = m_resolver.lookup(coding.system, coding.code);
            QVERIFY2(known.has_value(), qPrintable(item.linkId + ": " + coding.system + " " + coding.code));
            QCOMPARE(coding.system, known->system); // our forms name systems canonically
            QCOMPARE(coding.display, known->display);
            QVERIFY2(option.displayTranslations.contains("nn") && option.displayTranslations.contains("en"),
                qPrintable(item.linkId + " " + coding.code));
        }
        for (const EnableWhen& condition : item.enableWhen) {
            if (condition.answer.type() != ValueType::Coding)
                continue;
            const Codes::Coding coding = condition.answer.toCoding();
            QVERIFY2(m_resolver.lookup(coding.system, coding.code).has_value(), qPrintable(item.linkId));
        }
    }
}

void TestFormsConformance::codeSystemsAreWellFormed_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& file : std::as_const(m_codeSystemFiles))
        QTest::newRow(qPrintable(file)) << file;
}

void TestFormsConformance::codeSystemsAreWellFormed()
{
    QFETCH(QString, file);
    QFile input(Test::sourceFile("forms/codesystems/" + file));
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QJsonObject system = QJsonDocument::fromJson(input.readAll()).object();
    const QString number = CodeSystemUrl::volvenNumber(system.value("url").toString());
    QVERIFY2(!number.isEmpty(), "the url is a Volven OID URN");
    QCOMPARE(system.value("url").toString(), CodeSystemUrl::volvenOidPrefix() + number);
    QCOMPARE(file, "volven-" + number + ".json");
    QVERIFY(!runTimeSystems.contains(number));
    QCOMPARE(system.value("content").toString(), "complete");
    QVERIFY(!system.value("version").toString().isEmpty());
    const QJsonArray concepts = system.value("concept").toArray();
    QCOMPARE(system.value("count").toInt(), concepts.size());
    QSet<QString> codes;
    for (const QJsonValue& entry : concepts) {
        const QString code = entry.toObject().value("code").toString();
        QVERIFY(!code.isEmpty());
        QVERIFY2(!codes.contains(code), qPrintable(code));
        codes.insert(code);
        QVERIFY(!entry.toObject().value("display").toString().isEmpty());
        QSet<QString> languages;
        for (const QJsonValue& designation : entry.toObject().value("designation").toArray())
            languages.insert(designation.toObject().value("language").toString());
        QCOMPARE(languages, (QSet<QString> {"nn", "en"}));
    }
    QVERIFY(!codes.isEmpty());
    QFile embedded(":/forms/codesystems/" + file);
    QVERIFY2(embedded.exists(), "the code system is embedded as a resource");
}

void TestFormsConformance::everyFormIsDocumented()
{
    QFile readme(Test::sourceFile("forms/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    const QStringList files = QDir(Test::sourceFile("forms")).entryList({"*.json"}, QDir::Files) + m_codeSystemFiles;
    for (const QString& file : files)
        QVERIFY2(text.contains(file), qPrintable(file + " is not described in forms/README.md"));
}

QTEST_GUILESS_MAIN(TestFormsConformance)
#include "TestFormsConformance.moc"

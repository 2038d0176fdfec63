#include "KoteFixture.h"
#include "core/codes/Icd10Index.h"
#include "core/codes/KoteIcd10Importer.h"

#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Codes;
using Stage = Icd10SearchHit::Stage;

Q_DECLARE_METATYPE(Meldeklient::Codes::Icd10SearchHit::Stage)

// What a Norwegian doctor types, against the sandbox's Norwegian list and the shipped synonym and frequency tables.
class TestNorwegianSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void topHit_data();
    void topHit();
    void compoundFindsSplitWords();
    void stagesRankInOrder();
    void stagesCanBeSwitchedOff();
    void nationalCodeByCodeAndText();

private:
    CodeList m_list;
};

void TestNorwegianSearch::initTestCase()
{
    Result<CodeList> list = KoteIcd10Importer::importJson(Test::koteJson());
    QVERIFY(list.isOk());
    m_list = std::move(list).value();
}

void TestNorwegianSearch::topHit_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Stage>("stage");
    // Lay terms: the official texts do not have them; the team's synonym table does.
    QTest::newRow("lungebetennelse") << "lungebetennelse" << "J189" << Stage::Synonym;
    QTest::newRow("KOLS") << "KOLS" << "J449" << Stage::Synonym;
    QTest::newRow("kols typed in part") << "kol" << "J449" << Stage::Synonym;
    QTest::newRow("blodforgiftning") << "blodforgiftning" << "A419" << Stage::Synonym;
    QTest::newRow("overdose") << "overdose" << "X42" << Stage::Synonym;
    QTest::newRow("kreft") << "kreft" << "C809" << Stage::Synonym;
    QTest::newRow("lungekreft") << "lungekreft" << "C349" << Stage::Synonym;
    QTest::newRow("tykktarmskreft") << "tykktarmskreft" << "C189" << Stage::Synonym;
    // A label word beats a synonym: "Familiehistorie med tarmkreft" has the word itself.
    QTest::newRow("tarmkreft") << "tarmkreft" << "Z800" << Stage::WordPrefix;
    // Word prefixes, ranked by how often the code is the underlying cause: acute before old infarction.
    QTest::newRow("hjerteinfarkt") << "hjerteinfarkt" << "I219" << Stage::WordPrefix;
    QTest::newRow("hjerteinf typed") << "hjerteinf" << "I219" << Stage::WordPrefix;
    QTest::newRow("infarkt: brain before spleen") << "infarkt" << "I639" << Stage::WordPrefix;
    QTest::newRow("hjerneslag") << "hjerneslag" << "I64" << Stage::WordPrefix;
    QTest::newRow("demens") << "Demens" << "F03" << Stage::WordPrefix;
    QTest::newRow("two words") << "svulst lunge" << "C349" << Stage::WordPrefix;
    // æøå folded and not.
    QTest::newRow("søvnløshet") << "søvnløshet" << "G470" << Stage::WordPrefix;
    QTest::newRow("sovnloshet") << "sovnloshet" << "G470" << Stage::WordPrefix;
    QTest::newRow("SØVNLØS") << "SØVNLØS" << "G470" << Stage::WordPrefix;
    QTest::newRow("blaerehals") << "blaerehals" << "C61" << Stage::WordPrefix;
    QTest::newRow("dødsårsak") << "dødsårsak" << "R99" << Stage::WordPrefix;
    // Inside a word (infix).
    QTest::newRow("pneumoni in bronkopneumoni") << "neumoni" << "J189" << Stage::Infix;
    QTest::newRow("hepatitt") << "hepatitt" << "B180" << Stage::Infix;
    // Inflected forms (Snowball stemmer).
    QTest::newRow("hjertesvikten") << "hjertesvikten" << "I509" << Stage::Stem;
    QTest::newRow("blødningen") << "blødningen" << "I619" << Stage::Stem;
    QTest::newRow("svulstene") << "svulstene" << "C349" << Stage::Stem;
}

void TestNorwegianSearch::topHit()
{
    QFETCH(QString, query);
    QFETCH(QString, code);
    QFETCH(Stage, stage);
    const Icd10Index index(m_list);
    const QList<Icd10SearchHit> hits = index.search(query, 10);
    QVERIFY2(!hits.isEmpty(), qPrintable(query));
    QCOMPARE(hits.first().code, code);
    QCOMPARE(hits.first().stage, stage);
    QCOMPARE(hits.first().kind, Icd10SearchHit::Kind::Text);
    QVERIFY(!hits.first().shortDisplay.isEmpty());
}

void TestNorwegianSearch::compoundFindsSplitWords()
{
    const Icd10Index index(m_list);
    // "Nytt infarkt i hjertet" has neither "hjerteinfarkt" nor a word starting with it.
    const QList<Icd10SearchHit> hits = index.search(u"hjerteinfarkt", 20);
    const auto i229 = std::find_if(hits.cbegin(), hits.cend(), [](const Icd10SearchHit& h) { return h.code == u"I229"; });
    QVERIFY(i229 != hits.cend());
    QCOMPARE(i229->stage, Stage::Compound);
    // Ranked below every exact, prefix and synonym hit.
    QVERIFY(hits.first().stage < Stage::Compound);
}

void TestNorwegianSearch::stagesRankInOrder()
{
    const Icd10Index index(m_list);
    for (const QString& query : {QStringLiteral("hjerteinfarkt"), QStringLiteral("kreft"), QStringLiteral("infarkt"),
             QStringLiteral("i2"), QStringLiteral("svulst")}) {
        const QList<Icd10SearchHit> hits = index.search(query, 40);
        QVERIFY2(hits.size() >= 2, qPrintable(query));
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY2(hits.at(i - 1).stage <= hits.at(i).stage, qPrintable(query));
        QSet<QString> codes;
        for (const Icd10SearchHit& hit : hits)
            codes.insert(hit.code);
        QCOMPARE(codes.size(), hits.size()); // each code once
    }
    // Within a stage: the frequent underlying cause before the rare subtype.
    const QList<Icd10SearchHit> infarct = Icd10Index(m_list).search(u"hjerteinfarkt", 10);
    QStringList order;
    for (const Icd10SearchHit& hit : infarct)
        order.append(hit.code);
    QVERIFY(order.indexOf(u"I219") < order.indexOf(u"I252"));
}

void TestNorwegianSearch::stagesCanBeSwitchedOff()
{
    Icd10Index index(m_list);
    index.setEnabledStages(Icd10Index::allStages & ~Icd10Index::stageBit(Stage::Synonym));
    QVERIFY(index.search(u"lungebetennelse", 10).isEmpty());
    index.setEnabledStages(Icd10Index::allStages & ~Icd10Index::stageBit(Stage::Stem));
    const QList<Icd10SearchHit> noStem = index.search(u"hjertesvikten", 10);
    QVERIFY(std::none_of(noStem.cbegin(), noStem.cend(), [](const Icd10SearchHit& h) { return h.code == u"I509"; }));
    index.setEnabledStages(Icd10Index::allStages & ~Icd10Index::stageBit(Stage::Infix));
    QVERIFY(index.search(u"neumoni", 10).isEmpty());
    index.setEnabledStages(Icd10Index::allStages & ~Icd10Index::stageBit(Stage::Compound));
    const QList<Icd10SearchHit> noCompound = index.search(u"hjerteinfarkt", 40);
    QVERIFY(std::none_of(
        noCompound.cbegin(), noCompound.cend(), [](const Icd10SearchHit& h) { return h.stage == Stage::Compound; }));
}

void TestNorwegianSearch::nationalCodeByCodeAndText()
{
    const Icd10Index index(m_list);
    for (const QString& query : {QStringLiteral("I21.0a"), QStringLiteral("i210a"), QStringLiteral("I210A")}) {
        const QList<Icd10SearchHit> hits = index.search(query, 5);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().code, "I210a"); // as published
        QCOMPARE(hits.first().kind, Icd10SearchHit::Kind::ExactCode);
    }
    const QList<Icd10SearchHit> prefix = index.search(u"I210", 5);
    QCOMPARE(prefix.size() >= 2, true);
    QCOMPARE(prefix.at(0).code, "I210a");
    QCOMPARE(prefix.at(1).code, "I210b");
    QCOMPARE(index.search(u"type 4a", 3).first().code, "I210a");
    QCOMPARE(index.search(u"V0n0a", 3).first().code, "V0n0a");
}

QTEST_GUILESS_MAIN(TestNorwegianSearch)
#include "TestNorwegianSearch.moc"

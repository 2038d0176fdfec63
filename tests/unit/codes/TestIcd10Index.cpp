#include "CodesFixtures.h"
#include "core/codes/CodeSystemUrl.h"
#include "core/codes/Icd10Index.h"
#include "core/codes/IrisIcd10Importer.h"
#include "core/codes/SearchFolding.h"

#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Codes;

namespace {
// Invented labels over a realistic code layout, to pin the ranking.
CodeList sample()
{
    const QString system = CodeSystemUrl::icd10.toString();
    CodeList list(CodeList::Kind::CodeSystem, system, "t");
    const char* rows[][2] = {
        {"I21", "Acute heart attack"},
        {"I210", "Acute heart attack of front wall"},
        {"I219", "Acute heart attack, unspecified"},
        {"I2190", "Acute heart attack, unspecified, with clot"},
        {"I211", "Acute heart attack of lower wall"},
        {"I22", "Later heart attack"},
        {"I252", "Old heart attack"},
        {"I2", "Not a real code, only for ordering"},
        {"J189", "Pneumonia, unspecified organism"},
        {"J180", "Bronchopneumonia, unspecified"},
        {"J151", "Bacterial pneumonia caused by a test germ"},
        {"P23", "Congenital pneumonia"},
        {"H810", "Ménière's fixture disease"},
        {"G470", "Kronisk søvnløshet"},
        {"F100", "Ærlig talt fiktiv diagnose"},
        {"C349", "Lung tumour, unspecified"},
        {"C34", "Lung tumour"},
        {"C3490", "Lung tumour, unspecified, left side"},
        {"A419", "Sepsis, unspecified organism"},
        {"A40", "Streptococcal sepsis"},
    };
    for (const auto& row : rows)
        list.add({QString::fromUtf8(row[0]), QString::fromUtf8(row[1]), system});
    return list;
}

QStringList codes(const QList<Icd10SearchHit>& hits)
{
    QStringList result;
    for (const Icd10SearchHit& hit : hits)
        result.append(hit.code);
    return result;
}
} // namespace

class TestIcd10Index : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folding();
    void exactCodeFirstThenPrefixShortestFirst();
    void codeWithOrWithoutDotAndCase();
    void textWordPrefixesAllMustMatch();
    void textRankingPrefersEarlyWords();
    void diacriticsAndNorwegianLetters();
    void limitIsHonoured();
    void noMatchAndEmptyQuery();
    void hitCarriesDisplayUnchanged();
    void repeatedQueriesGiveSameAnswer();
    void realIcd10();
};

void TestIcd10Index::folding()
{
    QCOMPARE(SearchFolding::fold(u"Ménière"), "meniere");
    QCOMPARE(SearchFolding::fold(u"SØVNLØSHET"), "sovnloshet");
    QCOMPARE(SearchFolding::fold(u"Ærlig på Åsen"), "aerlig pa asen");
    QCOMPARE(SearchFolding::fold(u"Sjögren Straße"), "sjogren strasse");
    QCOMPARE(SearchFolding::words(u"Parkinson’s disease, (advanced)"),
        (QStringList {"parkinson", "s", "disease", "advanced"}));
}

void TestIcd10Index::exactCodeFirstThenPrefixShortestFirst()
{
    const Icd10Index index(sample());
    const QList<Icd10SearchHit> hits = index.search(u"I21", 5);
    QCOMPARE(codes(hits), (QStringList {"I21", "I210", "I211", "I219", "I2190"}));
    QCOMPARE(hits.at(0).kind, Icd10SearchHit::Kind::ExactCode);
    QCOMPARE(hits.at(1).kind, Icd10SearchHit::Kind::CodePrefix);

    // "I2" is itself a code here; then the three-character codes before longer ones.
    QCOMPARE(codes(index.search(u"I2", 4)), (QStringList {"I2", "I21", "I22", "I210"}));
}

void TestIcd10Index::codeWithOrWithoutDotAndCase()
{
    const Icd10Index index(sample());
    QCOMPARE(codes(index.search(u"c34.9", 3)), (QStringList {"C349", "C3490"}));
    QCOMPARE(codes(index.search(u"C349", 3)), (QStringList {"C349", "C3490"}));
    QCOMPARE(codes(index.search(u" c 34.9 ", 3)), (QStringList {"C349", "C3490"}));
    QCOMPARE(index.search(u"c34.9", 1).first().kind, Icd10SearchHit::Kind::ExactCode);
    // A lone letter is a word prefix, not a whole chapter of codes.
    QCOMPARE(index.search(u"c", 50).first().kind, Icd10SearchHit::Kind::Text);
}

void TestIcd10Index::textWordPrefixesAllMustMatch()
{
    const Icd10Index index(sample());
    // "Bronchopneumonia" does not start with "pneum": it comes last, found inside the word.
    const QList<Icd10SearchHit> pneum = index.search(u"pneum", 10);
    QCOMPARE(pneum.size(), 4);
    QCOMPARE(pneum.last().code, "J180");
    QCOMPARE(pneum.last().stage, Icd10SearchHit::Stage::Infix);
    for (qsizetype i = 0; i < 3; ++i)
        QCOMPARE(pneum.at(i).stage, Icd10SearchHit::Stage::WordPrefix);
    QCOMPARE(codes(index.search(u"pneu unsp", 10)), (QStringList {"J189", "J180"}));
    QCOMPARE(codes(index.search(u"unsp pneu", 10)), (QStringList {"J189", "J180"}));
    QCOMPARE(codes(index.search(u"heart att wall lower", 10)), (QStringList {"I211"}));
    QVERIFY(index.search(u"pneumonia xyz", 10).isEmpty());
    for (const Icd10SearchHit& hit : index.search(u"pneu", 10))
        QCOMPARE(hit.kind, Icd10SearchHit::Kind::Text);
}

void TestIcd10Index::textRankingPrefersEarlyWords()
{
    const Icd10Index index(sample());
    // "Pneumonia, ..." starts with the word; "Congenital pneumonia" has it second; then the label with it later.
    // Bronchopneumonia only inside a word, after them.
    QCOMPARE(codes(index.search(u"pneumonia", 10)), (QStringList {"J189", "P23", "J151", "J180"}));
    // "Sepsis, unspecified organism" before "Streptococcal sepsis".
    QCOMPARE(codes(index.search(u"seps", 10)), (QStringList {"A419", "A40"}));
    // Same word positions: the shorter label first.
    QCOMPARE(codes(index.search(u"acute heart", 2)), (QStringList {"I21", "I219"}));
}

void TestIcd10Index::diacriticsAndNorwegianLetters()
{
    const Icd10Index index(sample());
    QCOMPARE(codes(index.search(u"meniere", 5)), (QStringList {"H810"}));
    QCOMPARE(codes(index.search(u"MÉNIÈ", 5)), (QStringList {"H810"}));
    QCOMPARE(codes(index.search(u"søvnløs", 5)), (QStringList {"G470"}));
    QCOMPARE(codes(index.search(u"sovnlos", 5)), (QStringList {"G470"}));
    QCOMPARE(codes(index.search(u"aerlig", 5)), (QStringList {"F100"}));
    QCOMPARE(codes(index.search(u"ærl", 5)), (QStringList {"F100"}));
}

void TestIcd10Index::limitIsHonoured()
{
    const Icd10Index index(sample());
    QCOMPARE(index.search(u"I2", 2).size(), 2);
    QCOMPARE(index.search(u"acute", 3).size(), 3);
    QCOMPARE(index.search(u"acute", 100).size(), 5);
    QVERIFY(index.search(u"acute", 0).isEmpty());
    QVERIFY(index.search(u"acute", -1).isEmpty());
}

void TestIcd10Index::noMatchAndEmptyQuery()
{
    const Icd10Index index(sample());
    QVERIFY(index.search(u"", 10).isEmpty());
    QVERIFY(index.search(u"  ,. ", 10).isEmpty());
    QVERIFY(index.search(u"Z99", 10).isEmpty());
    QVERIFY(index.search(u"zzz", 10).isEmpty());
    QVERIFY(Icd10Index().search(u"I21", 10).isEmpty());
}

void TestIcd10Index::hitCarriesDisplayUnchanged()
{
    const Icd10Index index(sample());
    const Icd10SearchHit hit = index.search(u"meniere", 1).first();
    QCOMPARE(hit.display, "Ménière's fixture disease");
    QCOMPARE(index.list().at(hit.index).code, "H810");
}

void TestIcd10Index::repeatedQueriesGiveSameAnswer()
{
    // Scratch buffers are reused between queries; stale state must not leak into the next answer.
    const Icd10Index index(sample());
    const QStringList first = codes(index.search(u"heart unsp", 10));
    QCOMPARE(codes(index.search(u"heart", 10)).size(), 7);
    QCOMPARE(codes(index.search(u"unsp", 10)).size(), 7);
    QCOMPARE(codes(index.search(u"heart unsp", 10)), first);
    QCOMPARE(first, (QStringList {"I219", "I2190"}));
}

void TestIcd10Index::realIcd10()
{
    const Result<CodeList> list = IrisIcd10Importer::import(Test::irisValidCodes(), Test::irisNonConsistent());
    QVERIFY(list.isOk());
    const Icd10Index index(*list);
    QCOMPARE(codes(index.search(u"i21.9", 3)), (QStringList {"I219", "I2190"}));
    QCOMPARE(codes(index.search(u"bronch fixt", 3)), (QStringList {"J40"}));
}

QTEST_GUILESS_MAIN(TestIcd10Index)
#include "TestIcd10Index.moc"

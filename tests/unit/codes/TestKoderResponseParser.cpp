#include "KoteFixture.h"
#include "core/codes/KoderResponseParser.h"

#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Codes;

class TestKoderResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothShapesAndWhichWasSeen();
    void refusals();
};

void TestKoderResponseParser::bothShapesAndWhichWasSeen()
{
    const Result<KoderResponseParser::Parsed> fhir = KoderResponseParser::parse(Test::sandboxFile("koder-7110-valueset.json"));
    QVERIFY(fhir.isOk());
    QCOMPARE(fhir->shape, KoderResponseParser::Shape::FhirExpansion);
    const Result<KoderResponseParser::Parsed> plain = KoderResponseParser::parse(Test::sandboxFile("koder-7110-list.json"));
    QVERIFY(plain.isOk());
    QCOMPARE(plain->shape, KoderResponseParser::Shape::PlainList);
    QCOMPARE(KoderResponseParser::shapeName(plain->shape), "plain-list");
    for (const CodeList& list : {fhir->list, plain->list}) {
        QCOMPARE(list.size(), 4);
        QCOMPARE(list.at(list.indexOf(u"I21.0a")).code, "I210a"); // case kept
        QCOMPARE(list.at(list.indexOf(u"A01.0")).display, "Tyfoidfeber (fiktiv)");
        QCOMPARE(list.url(), KoderResponseParser::fhi7110Url);
    }
    QCOMPARE(fhir->list.source(), "koder-fhir-valueset-expansion");
}

void TestKoderResponseParser::refusals()
{
    QCOMPARE(KoderResponseParser::parse(R"({"resourceType": "Bundle"})").error().code, "codes-koder-shape");
    QCOMPARE(KoderResponseParser::parse(R"({"resourceType": "ValueSet"})").error().code, "codes-koder-shape");
    QCOMPARE(KoderResponseParser::parse("[]").error().code, "codes-empty");
    QCOMPARE(KoderResponseParser::parse(R"([{"display": "x"}])").error().code, "codes-missing-code");
    QCOMPARE(KoderResponseParser::parse(R"([{"code": "A01.0"}, {"code": "A010"}])").error().code, "codes-duplicate-code");
    QCOMPARE(KoderResponseParser::parse("[{\"code\": \"A0").error().code, "codes-json");
}

QTEST_GUILESS_MAIN(TestKoderResponseParser)
#include "TestKoderResponseParser.moc"

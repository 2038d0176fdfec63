#include "core/questionnaire/AnswerValue.h"

#include <QJsonDocument>
#include <QTest>

using namespace Meldeklient;
using namespace Meldeklient::Questionnaire;

namespace {
QJsonObject object(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

class TestAnswerValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryType_data();
    void readsEveryType();
    void rejectsBadValues_data();
    void rejectsBadValues();
    void writesBack();
    void equality();
    void ordering();
    void temporalFormats_data();
    void temporalFormats();
};

void TestAnswerValue::readsEveryType_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::newRow("boolean") << QByteArray(R"({"valueBoolean":true})") << int(ValueType::Boolean) << "";
    QTest::newRow("decimal") << QByteArray(R"({"valueDecimal":1.5})") << int(ValueType::Decimal) << "";
    QTest::newRow("integer") << QByteArray(R"({"valueInteger":-3})") << int(ValueType::Integer) << "";
    QTest::newRow("date") << QByteArray(R"({"valueDate":"2021-10-02"})") << int(ValueType::Date) << "2021-10-02";
    QTest::newRow("dateTime") << QByteArray(R"({"valueDateTime":"2021-11-06T10:11:00+01:00"})")
                              << int(ValueType::DateTime) << "2021-11-06T10:11:00+01:00";
    QTest::newRow("time") << QByteArray(R"({"valueTime":"10:00:00"})") << int(ValueType::Time) << "10:00:00";
    QTest::newRow("string") << QByteArray(R"({"valueString":"Hjerteinfarkt"})") << int(ValueType::String)
                            << "Hjerteinfarkt";
    QTest::newRow("coding") << QByteArray(R"({"valueCoding":{"system":"7110","code":"A010","display":"Tyfoidfeber"}})")
                            << int(ValueType::Coding) << "A010";
    QTest::newRow("with id and extension")
        << QByteArray(R"({"id":"x","extension":[],"valueString":"s"})") << int(ValueType::String) << "s";
}

void TestAnswerValue::readsEveryType()
{
    QFETCH(QByteArray, json);
    QFETCH(int, type);
    QFETCH(QString, text);
    const Result<AnswerValue> value = AnswerValue::readFrom(object(json), u"value");
    QVERIFY2(value.isOk(), qPrintable(value.isOk() ? QString() : value.error().message));
    QCOMPARE(int(value->type()), type);
    QCOMPARE(value->toText(), text);
}

void TestAnswerValue::rejectsBadValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::newRow("none") << QByteArray(R"({"id":"x"})") << "missing-value";
    QTest::newRow("two") << QByteArray(R"({"valueString":"a","valueInteger":1})") << "several-values";
    QTest::newRow("quantity") << QByteArray(R"({"valueQuantity":{"value":1}})") << "unsupported-value-type";
    QTest::newRow("reference") << QByteArray(R"({"valueReference":{"reference":"Patient/1"}})")
                               << "unsupported-value-type";
    QTest::newRow("boolean as string") << QByteArray(R"({"valueBoolean":"true"})") << "invalid-value";
    QTest::newRow("integer fraction") << QByteArray(R"({"valueInteger":1.5})") << "invalid-value";
    QTest::newRow("integer too big") << QByteArray(R"({"valueInteger":3000000000})") << "invalid-value";
    QTest::newRow("decimal as string") << QByteArray(R"({"valueDecimal":"1.5"})") << "invalid-value";
    QTest::newRow("empty string") << QByteArray(R"({"valueString":"  "})") << "invalid-value";
    QTest::newRow("date format") << QByteArray(R"({"valueDate":"02.10.2021"})") << "invalid-value";
    QTest::newRow("date 30 February") << QByteArray(R"({"valueDate":"2021-02-30"})") << "invalid-value";
    QTest::newRow("date as number") << QByteArray(R"({"valueDate":20211002})") << "invalid-value";
    QTest::newRow("time without seconds") << QByteArray(R"({"valueTime":"10:00"})") << "invalid-value";
    QTest::newRow("time 25 h") << QByteArray(R"({"valueTime":"25:00:00"})") << "invalid-value";
    QTest::newRow("dateTime without zone")
        << QByteArray(R"({"valueDateTime":"2021-11-06T10:11:00"})") << "invalid-value";
    QTest::newRow("coding without code") << QByteArray(R"({"valueCoding":{"system":"1102"}})") << "invalid-value";
    QTest::newRow("coding numeric code") << QByteArray(R"({"valueCoding":{"code":1}})") << "invalid-value";
    QTest::newRow("coding unknown member")
        << QByteArray(R"({"valueCoding":{"code":"1","foo":"x"}})") << "invalid-value";
    QTest::newRow("coding not object") << QByteArray(R"({"valueCoding":"1"})") << "invalid-value";
}

void TestAnswerValue::rejectsBadValues()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    const Result<AnswerValue> value = AnswerValue::readFrom(object(json), u"value");
    QVERIFY(!value.isOk());
    QCOMPARE(value.error().code, code);
}

void TestAnswerValue::writesBack()
{
    const QList<AnswerValue> values = {AnswerValue::fromBoolean(false), AnswerValue::fromDecimal(2.25),
        AnswerValue::fromInteger(42), *AnswerValue::fromTemporal(ValueType::Date, "2021"),
        *AnswerValue::fromTemporal(ValueType::DateTime, "2021-11-06T10:11:00Z"),
        *AnswerValue::fromTemporal(ValueType::Time, "23:59:59.5"), AnswerValue::fromString("tekst"),
        AnswerValue::fromCoding({"urn:oid:2.16.578.1.12.4.1.1.99003", "4", "Annen helseinstitusjon", "1.0.0"})};
    for (const AnswerValue& value : values) {
        QJsonObject holder;
        value.writeTo(holder, u"answer");
        QCOMPARE(holder.size(), 1);
        QVERIFY(holder.constBegin().key().startsWith("answer"));
        const Result<AnswerValue> back = AnswerValue::readFrom(holder, u"answer");
        QVERIFY(back.isOk());
        QCOMPARE(*back, value);
    }
}

void TestAnswerValue::equality()
{
    const AnswerValue bare = AnswerValue::fromCoding({"99003", "4", "", ""});
    const AnswerValue urn = AnswerValue::fromCoding({"urn:oid:2.16.578.1.12.4.1.1.99003", "4", "Annen", ""});
    const AnswerValue noSystem = AnswerValue::fromCoding({"", "4", "", ""});
    const AnswerValue otherSystem = AnswerValue::fromCoding({"99005", "4", "", ""});
    QVERIFY(bare.equals(urn));
    QVERIFY(urn.equals(noSystem));
    QVERIFY(!bare.equals(otherSystem));
    QVERIFY(!bare.equals(AnswerValue::fromCoding({"99003", "5", "", ""})));
    QVERIFY(AnswerValue::fromInteger(2).equals(AnswerValue::fromDecimal(2.0)));
    QVERIFY(!AnswerValue::fromString("4").equals(bare));
    QVERIFY(AnswerValue::fromBoolean(true).equals(AnswerValue::fromBoolean(true)));
    QVERIFY(!AnswerValue::fromBoolean(true).equals(AnswerValue::fromBoolean(false)));
    QVERIFY(AnswerValue::fromTemporal(ValueType::DateTime, "2021-11-06T10:00:00+01:00")
                ->equals(*AnswerValue::fromTemporal(ValueType::DateTime, "2021-11-06T09:00:00Z")));
}

void TestAnswerValue::ordering()
{
    auto date = [](const QString& text) { return *AnswerValue::fromTemporal(ValueType::Date, text); };
    QCOMPARE(AnswerValue::fromInteger(1).compare(AnswerValue::fromInteger(2)), -1);
    QCOMPARE(AnswerValue::fromDecimal(2.5).compare(AnswerValue::fromInteger(2)), 1);
    QCOMPARE(date("2021-10-02").compare(date("2021-10-02")), 0);
    QCOMPARE(date("2021-10-02").compare(date("2021-09-30")), 1);
    QCOMPARE(date("2021-10").compare(date("2021-10-02")), std::nullopt); // precision differs
    QCOMPARE(AnswerValue::fromBoolean(true).compare(AnswerValue::fromBoolean(false)), std::nullopt);
    QCOMPARE(
        AnswerValue::fromCoding({"", "1", "", ""}).compare(AnswerValue::fromCoding({"", "2", "", ""})), std::nullopt);
    QCOMPARE(AnswerValue::fromString("a").compare(AnswerValue::fromInteger(1)), std::nullopt);
    QCOMPARE(date("2021-10-02").toDate(), QDate(2021, 10, 2));
    QVERIFY(!date("2021-10").toDate().isValid());
}

void TestAnswerValue::temporalFormats_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("year") << int(ValueType::Date) << "2021" << true;
    QTest::newRow("month 13") << int(ValueType::Date) << "2021-13" << false;
    QTest::newRow("leap day") << int(ValueType::Date) << "2024-02-29" << true;
    QTest::newRow("no leap day") << int(ValueType::Date) << "2023-02-29" << false;
    QTest::newRow("dateTime date only") << int(ValueType::DateTime) << "2021-10-02" << true;
    QTest::newRow("dateTime millis") << int(ValueType::DateTime) << "2021-12-20T18:35:20.4396618+01:00" << true;
    QTest::newRow("dateTime zone 15h") << int(ValueType::DateTime) << "2021-12-20T18:35:20+15:00" << false;
    QTest::newRow("time leap second") << int(ValueType::Time) << "23:59:60" << true;
    QTest::newRow("time with zone") << int(ValueType::Time) << "10:00:00Z" << false;
    QTest::newRow("string is not temporal") << int(ValueType::String) << "x" << false;
}

void TestAnswerValue::temporalFormats()
{
    QFETCH(int, type);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(AnswerValue::fromTemporal(ValueType(type), text).isOk(), valid);
}

QTEST_GUILESS_MAIN(TestAnswerValue)
#include "TestAnswerValue.moc"

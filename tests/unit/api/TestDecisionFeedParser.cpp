// Folkeregisteret's decision feed is outside input that decides a child's registration: every event shape the
// client acts on is read, and every malformed one refuses the whole page ("feed-invalid") without naming its
// contents.
#include "core/api/DecisionFeedParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Meldeklient;
using Meldeklient::Api::DecisionFeedParser;
using Outcome = Meldeklient::Outbox::RegisterDecision::Outcome;

namespace {
QJsonObject reference(const QString& messageId = QStringLiteral("b1-1"))
{
    return {{"avsendersMeldingsidentifikator", messageId},
        {"folkeregisterReferanse", "2f6d3b1e-9c1a-4a77-8d0f-4f7f2d3c1a10"}};
}

QJsonObject approval(qint64 sequence, const QString& number = QStringLiteral("13832551206"))
{
    QJsonObject decision {{"beslutning", "godkjent"}, {"resultatkode", "OK"},
        {"resultatbeskrivelse", "Fødselen er registrert"}, {"begrunnelse", QJsonArray()}};
    if (!number.isEmpty()) {
        decision.insert("opprettetFolkeregisterperson", QJsonObject {{"foedselsEllerDNummer", number},
            {"identifikatortype", "foedselsnummer"}, {"tildeltIdentifikatorAvvikerFraFoedselsdato", false}});
    }
    return {{"sekvensnummer", sequence},
        {"hendelseISakOmFolkeregistrering", QJsonObject {{"sakstype", "foedsel"}, {"saksnummer", "s-1"},
            {"opprettet", "2026-12-06T10:00:00.000Z"}, {"meldingsreferanse", reference()},
            {"saksbeslutning", decision}}}};
}

QByteArray page(const QJsonArray& events)
{
    return QJsonDocument(events).toJson(QJsonDocument::Compact);
}

// The approval with one member of the path replaced (or removed with an undefined value).
QByteArray withChange(const QStringList& path, const QJsonValue& value)
{
    std::function<QJsonObject(QJsonObject, int)> change = [&](QJsonObject object, int depth) {
        const QString key = path.at(depth);
        if (depth + 1 == path.size()) {
            if (value.isUndefined())
                object.remove(key);
            else
                object.insert(key, value);
        } else {
            object.insert(key, change(object.value(key).toObject(), depth + 1));
        }
        return object;
    };
    return page({change(approval(1), 0)});
}
} // namespace

class TestDecisionFeedParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void approvalWithANumber();
    void stillbornApprovalHasNoNumber();
    void refusalsAndManualHandling();
    void emptyPage();
    void malformedPagesAreRefusedWhole_data();
    void malformedPagesAreRefusedWhole();
    void sequenceMustIncreaseFromThePosition();
};

void TestDecisionFeedParser::approvalWithANumber()
{
    const auto decisions = DecisionFeedParser::parse(page({approval(7)}), 1);
    QVERIFY(decisions);
    QCOMPARE(decisions->size(), 1);
    const Outbox::RegisterDecision& decision = decisions->constFirst();
    QCOMPARE(decision.outcome, Outcome::Registered);
    QCOMPARE(decision.sequence, 7);
    QCOMPARE(decision.messageId, QStringLiteral("b1-1"));
    QCOMPARE(decision.registryReference, QStringLiteral("2f6d3b1e-9c1a-4a77-8d0f-4f7f2d3c1a10"));
    QCOMPARE(decision.newIdentifier, QStringLiteral("13832551206"));
    QCOMPARE(decision.identifierType, QStringLiteral("foedselsnummer"));
    QCOMPARE(decision.decidedAt, QDateTime(QDate(2026, 12, 6), QTime(10, 0), QTimeZone::utc()));
    // Kept encrypted as JSON in the outbox: the round trip loses nothing.
    const Outbox::RegisterDecision again = Outbox::RegisterDecision::fromJson(decision.toJson());
    QCOMPARE(again.newIdentifier, decision.newIdentifier);
    QCOMPARE(again.sequence, decision.sequence);
    QCOMPARE(again.outcome, decision.outcome);
    QCOMPARE(again.decidedAt, decision.decidedAt);
}

void TestDecisionFeedParser::stillbornApprovalHasNoNumber()
{
    const auto decisions = DecisionFeedParser::parse(page({approval(1, QString())}));
    QVERIFY(decisions);
    QCOMPARE(decisions->constFirst().outcome, Outcome::Registered);
    QVERIFY(decisions->constFirst().newIdentifier.isEmpty());
}

void TestDecisionFeedParser::refusalsAndManualHandling()
{
    QJsonArray events;
    int sequence = 1;
    for (const char* word : {"avslaatt", "avvist", "avbrutt", "registrert"}) {
        QJsonObject event = approval(sequence++, QString());
        QJsonObject hendelse = event.value("hendelseISakOmFolkeregistrering").toObject();
        hendelse.insert("saksbeslutning", QJsonObject {{"beslutning", word}, {"begrunnelse", QJsonArray {"Grunn"}}});
        event.insert("hendelseISakOmFolkeregistrering", hendelse);
        events.append(event);
    }
    QJsonObject manual = approval(sequence++, QString());
    QJsonObject hendelse = manual.value("hendelseISakOmFolkeregistrering").toObject();
    hendelse.remove("saksbeslutning");
    hendelse.insert("sakTilManuellBehandling",
        QJsonObject {{"saksfrist", "2026-12-20"}, {"begrunnelse", QJsonArray {"Kontrolleres manuelt"}}});
    manual.insert("hendelseISakOmFolkeregistrering", hendelse);
    events.append(manual);

    const auto decisions = DecisionFeedParser::parse(page(events));
    QVERIFY(decisions);
    QCOMPARE(decisions->size(), 5);
    QCOMPARE(decisions->at(0).outcome, Outcome::Refused);
    QCOMPARE(decisions->at(0).beslutning, QStringLiteral("avslaatt"));
    QCOMPARE(decisions->at(0).reasons, QStringList {"Grunn"});
    QCOMPARE(decisions->at(1).outcome, Outcome::Refused);
    QCOMPARE(decisions->at(2).outcome, Outcome::Refused);
    QCOMPARE(decisions->at(3).outcome, Outcome::Registered);
    QCOMPARE(decisions->at(4).outcome, Outcome::ManualHandling);
    QCOMPARE(decisions->at(4).deadline, QStringLiteral("2026-12-20"));
    QCOMPARE(decisions->at(4).reasons, QStringList {"Kontrolleres manuelt"});
}

void TestDecisionFeedParser::emptyPage()
{
    const auto decisions = DecisionFeedParser::parse("[]", 40);
    QVERIFY(decisions);
    QVERIFY(decisions->isEmpty());
}

void TestDecisionFeedParser::malformedPagesAreRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("body");
    const QString h = QStringLiteral("hendelseISakOmFolkeregistrering");
    const QString r = QStringLiteral("meldingsreferanse");
    const QString d = QStringLiteral("saksbeslutning");
    const QString p = QStringLiteral("opprettetFolkeregisterperson");
    QTest::newRow("not json") << QByteArray("<feed/>");
    QTest::newRow("an object, not a list") << QByteArray(R"({"sekvensnummer": 1})");
    QTest::newRow("truncated") << page({approval(1)}).chopped(5);
    QTest::newRow("event not an object") << QByteArray("[1]");
    QTest::newRow("sequence missing") << withChange({"sekvensnummer"}, QJsonValue::Undefined);
    QTest::newRow("sequence a string") << withChange({"sekvensnummer"}, "1");
    QTest::newRow("sequence a fraction") << withChange({"sekvensnummer"}, 1.5);
    QTest::newRow("sequence zero") << withChange({"sekvensnummer"}, 0);
    QTest::newRow("sequence negative") << withChange({"sekvensnummer"}, -3);
    QTest::newRow("sequence too large") << withChange({"sekvensnummer"}, 1e300);
    QTest::newRow("hendelse missing") << withChange({h}, QJsonValue::Undefined);
    QTest::newRow("hendelse a list") << withChange({h}, QJsonArray());
    QTest::newRow("reference missing") << withChange({h, r}, QJsonValue::Undefined);
    QTest::newRow("message id missing") << withChange({h, r, "avsendersMeldingsidentifikator"}, QJsonValue::Undefined);
    QTest::newRow("message id empty") << withChange({h, r, "avsendersMeldingsidentifikator"}, "  ");
    QTest::newRow("message id a number") << withChange({h, r, "avsendersMeldingsidentifikator"}, 12);
    QTest::newRow("message id too long")
        << withChange({h, r, "avsendersMeldingsidentifikator"}, QString(DecisionFeedParser::MaxText + 1, u'x'));
    QTest::newRow("register reference missing") << withChange({h, r, "folkeregisterReferanse"}, QJsonValue::Undefined);
    QTest::newRow("opprettet not a time") << withChange({h, "opprettet"}, "yesterday");
    QTest::newRow("neither decision nor manual") << withChange({h, d}, QJsonValue::Undefined);
    QTest::newRow("decision not an object") << withChange({h, d}, "godkjent");
    QTest::newRow("both decision and manual") << withChange({h, "sakTilManuellBehandling"}, QJsonObject());
    QTest::newRow("beslutning missing") << withChange({h, d, "beslutning"}, QJsonValue::Undefined);
    QTest::newRow("beslutning unknown") << withChange({h, d, "beslutning"}, "kanskje");
    QTest::newRow("beslutning upper case") << withChange({h, d, "beslutning"}, "GODKJENT");
    QTest::newRow("begrunnelse not a list") << withChange({h, d, "begrunnelse"}, "tekst");
    QTest::newRow("begrunnelse with a number") << withChange({h, d, "begrunnelse"}, QJsonArray {1});
    QTest::newRow("resultatbeskrivelse a number") << withChange({h, d, "resultatbeskrivelse"}, 3);
    QTest::newRow("person not an object") << withChange({h, d, p}, "13832551206");
    QTest::newRow("number short") << withChange({h, d, p, "foedselsEllerDNummer"}, "1383255120");
    QTest::newRow("number with letters") << withChange({h, d, p, "foedselsEllerDNummer"}, "1383255120X");
    QTest::newRow("number missing") << withChange({h, d, p, "foedselsEllerDNummer"}, QJsonValue::Undefined);
    QTest::newRow("identifier type unknown") << withChange({h, d, p, "identifikatortype"}, "hNummer");
    QTest::newRow("identifier type missing") << withChange({h, d, p, "identifikatortype"}, QJsonValue::Undefined);
    QTest::newRow("number on a refusal") << withChange({h, d, "beslutning"}, "avvist");
    QTest::newRow("manual not an object") << [&] {
        QJsonObject event = approval(1);
        QJsonObject hendelse = event.value(h).toObject();
        hendelse.remove(d);
        hendelse.insert("sakTilManuellBehandling", "snart");
        event.insert(h, hendelse);
        return page({event});
    }();
    QTest::newRow("manual deadline a number") << [&] {
        QJsonObject event = approval(1);
        QJsonObject hendelse = event.value(h).toObject();
        hendelse.remove(d);
        hendelse.insert("sakTilManuellBehandling", QJsonObject {{"saksfrist", 20261220}});
        event.insert(h, hendelse);
        return page({event});
    }();
    // One bad event among good ones refuses the page: the position never moves past an unread event.
    QTest::newRow("bad event after a good one") << page({approval(1), QJsonObject {{"sekvensnummer", 2}}});
}

void TestDecisionFeedParser::malformedPagesAreRefusedWhole()
{
    QFETCH(QByteArray, body);
    const auto decisions = DecisionFeedParser::parse(body);
    QVERIFY(!decisions);
    QCOMPARE(decisions.error().code, QStringLiteral("feed-invalid"));
    QVERIFY(!decisions.error().message.isEmpty());
    QVERIFY2(!decisions.error().message.contains(u"13832551206"), "the message names no number");
}

void TestDecisionFeedParser::sequenceMustIncreaseFromThePosition()
{
    QVERIFY(DecisionFeedParser::parse(page({approval(5), approval(6)}), 5));
    const auto repeated = DecisionFeedParser::parse(page({approval(5), approval(5)}), 1);
    QVERIFY(!repeated);
    const auto backwards = DecisionFeedParser::parse(page({approval(6), approval(5)}), 1);
    QVERIFY(!backwards);
    const auto beforePosition = DecisionFeedParser::parse(page({approval(3)}), 4);
    QVERIFY(!beforePosition);
    QCOMPARE(beforePosition.error().code, QStringLiteral("feed-invalid"));
}

QTEST_GUILESS_MAIN(TestDecisionFeedParser)
#include "TestDecisionFeedParser.moc"

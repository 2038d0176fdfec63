// Every "Done when" birth case goes through the sandbox's Folkeregisteret API as the client would send it: each
// child's foedselsmelding POSTed over mutual TLS with the organisation certificate from a PKCS#12 file, 202 with a
// folkeregisterReferanse, a resend of the same message answered with the same receipt (exactly once), and the
// decision read from the feed: a fødselsnummer for each live-born child, none for a stillborn child.
#include "core/birth/BirthAnswers.h"
#include "core/birth/BirthNotificationValidator.h"
#include "core/birth/FoedselsmeldingWriter.h"
#include "core/identity/PersonNumber.h"
#include "core/questionnaire/Questionnaire.h"
#include "support/BirthNotificationFixture.h"
#include "support/SandboxProcess.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace Meldeklient;
using Scenario = Test::BirthNotificationFixture::Scenario;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray etag;
    QString error;
};

QString element(const QByteArray& xml, const QString& name)
{
    const QByteArray open = QByteArray("<") + name.toUtf8() + QByteArray(">");
    const QByteArray close = QByteArray("</") + name.toUtf8() + QByteArray(">");
    const qsizetype start = xml.indexOf(open);
    const qsizetype end = xml.indexOf(close);
    if (start < 0 || end < 0)
        return {};
    const qsizetype from = start + open.size();
    return QString::fromUtf8(xml.mid(from, end - from));
}

} // namespace

class TestBirthThroughSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scenario_data();
    void scenario();
    void withoutClientCertificateIsRefused();
    void cleanupTestCase();

private:
    Answer send(const QString& method, const QString& path, const QByteArray& body = {}, bool withCertificate = true);

    Test::SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    QSslConfiguration m_tls;
    QString m_url;
    std::optional<Questionnaire::Questionnaire> m_form;
};

void TestBirthThroughSandbox::initTestCase()
{
    MELDEKLIENT_START_SANDBOX(m_sandbox);
    const QJsonObject freg = m_sandbox.folkeregisteret();
    m_url = freg.value(u"url").toString();
    QVERIFY2(m_url.startsWith(u"https://127.0.0.1:"), qPrintable(m_url));
    if (!freg.value(u"xsdAvailable").toBool())
        qInfo("the sandbox does not check the XSD (reference folder or xmllint missing); TestBirthScenarios does");

    // The organisation certificate as IT installs it: a PKCS#12 file and its password.
    QFile p12(freg.value(u"clientP12File").toString());
    QVERIFY(p12.open(QIODevice::ReadOnly));
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    QVERIFY(QSslCertificate::importPkcs12(
        &p12, &key, &certificate, &chain, freg.value(u"clientP12Password").toString().toUtf8()));
    QVERIFY(!key.isNull());
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setLocalCertificate(certificate);
    m_tls.setPrivateKey(key);
    m_tls.setCaCertificates(QSslCertificate::fromPath(freg.value(u"caFile").toString()));
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);

    m_form = Questionnaire::Questionnaire::fromFile(Birth::BirthNotificationValidator::formPath()).value();
}

void TestBirthThroughSandbox::cleanupTestCase()
{
    m_sandbox.stop();
}

Answer TestBirthThroughSandbox::send(
    const QString& method, const QString& path, const QByteArray& body, bool withCertificate)
{
    QNetworkRequest request(QUrl(m_url + path));
    QSslConfiguration tls = m_tls;
    if (!withCertificate) {
        tls.setLocalCertificate(QSslCertificate());
        tls.setPrivateKey(QSslKey());
    }
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/xml"));
    // A connection of its own without the certificate: the manager would otherwise reuse the mutual-TLS one.
    QNetworkAccessManager anonymous;
    QNetworkAccessManager& network = withCertificate ? m_network : anonymous;
    QNetworkReply* reply = method == u"POST" ? network.post(request, body) : network.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.etag = reply->rawHeader("ETag");
    if (reply->error() != QNetworkReply::NoError && answer.status == 0)
        answer.error = reply->errorString();
    reply->deleteLater();
    return answer;
}

void TestBirthThroughSandbox::scenario_data()
{
    QTest::addColumn<int>("scenario");
    for (Scenario scenario : Test::BirthNotificationFixture::all())
        QTest::newRow(qPrintable(Test::BirthNotificationFixture::name(scenario))) << static_cast<int>(scenario);
}

void TestBirthThroughSandbox::scenario()
{
    QFETCH(int, scenario);
    const auto which = static_cast<Scenario>(scenario);
    const QDateTime now = QDateTime::currentDateTime();
    const Questionnaire::QuestionnaireResponse response
        = Test::BirthNotificationFixture::response(which, now.date().addDays(-1));
    Birth::BirthRules::Options rules;
    rules.allowSyntheticNumbers = true;
    const QList<Questionnaire::ValidationIssue> issues
        = Birth::BirthNotificationValidator(*m_form, rules).validate(response, now);
    for (const Questionnaire::ValidationIssue& issue : issues)
        QVERIFY2(!issue.isError(), qPrintable(issue.rule + u' ' + issue.linkId));
    Birth::FoedselsmeldingWriter::Options options;
    options.messageIdPrefix = QStringLiteral("it-%1-%2").arg(scenario).arg(now.toMSecsSinceEpoch());
    options.now = now;
    const QList<Birth::BirthMessage> messages
        = Birth::FoedselsmeldingWriter::write(Birth::BirthAnswers(*m_form, response), options);
    QCOMPARE(messages.size(), Test::BirthNotificationFixture::childCount(which));

    QHash<QString, QString> references;
    for (const Birth::BirthMessage& message : messages) {
        const Answer accepted
            = send(QStringLiteral("POST"), QStringLiteral("/folkeregisteret/mottak/api/foedsel_v1"), message.xml);
        QVERIFY2(accepted.status == 202, qPrintable(accepted.error + QString::fromUtf8(accepted.body)));
        QCOMPARE(element(accepted.body, QStringLiteral("avsendersMeldingsidentifikator")), message.messageId);
        references.insert(message.messageId, element(accepted.body, QStringLiteral("folkeregisterReferanse")));
        QCOMPARE(references.value(message.messageId).size(), 36);
        // A resend after a lost answer: the same receipt, no second registration.
        const Answer again
            = send(QStringLiteral("POST"), QStringLiteral("/folkeregisteret/mottak/api/foedsel_v1"), message.xml);
        QCOMPARE(again.status, 202);
        QCOMPARE(element(again.body, QStringLiteral("folkeregisterReferanse")), references.value(message.messageId));
    }

    const Answer feed
        = send(QStringLiteral("GET"), QStringLiteral("/folkeregisteret/tilbakemelding/api/v2/hendelser?seq=1"));
    QCOMPARE(feed.status, 200);
    QVERIFY(!feed.etag.isEmpty());
    const QJsonArray events = QJsonDocument::fromJson(feed.body).array();
    int numbers = 0;
    for (const Birth::BirthMessage& message : messages) {
        QList<QJsonObject> mine;
        for (const QJsonValue& event : events) {
            const QJsonObject hendelse = event.toObject().value(u"hendelseISakOmFolkeregistrering").toObject();
            if (hendelse.value(u"meldingsreferanse").toObject().value(u"avsendersMeldingsidentifikator").toString()
                == message.messageId)
                mine.append(hendelse);
        }
        QCOMPARE(mine.size(), 1); // exactly once
        const QJsonObject decision = mine.constFirst().value(u"saksbeslutning").toObject();
        QCOMPARE(mine.constFirst().value(u"meldingsreferanse").toObject().value(u"folkeregisterReferanse").toString(),
            references.value(message.messageId));
        QCOMPARE(decision.value(u"beslutning").toString(), QStringLiteral("godkjent"));
        const QString number
            = decision.value(u"opprettetFolkeregisterperson").toObject().value(u"foedselsEllerDNummer").toString();
        if (message.liveBorn) {
            const Identity::IdentifierCheck check = Identity::PersonNumber::check(number);
            QVERIFY2(
                check.isValid() && check.type == Identity::IdentifierType::SyntheticFodselsnummer, qPrintable(number));
            ++numbers;
        } else {
            QVERIFY2(number.isEmpty(), "a stillborn child gets no number");
        }
    }
    QCOMPARE(numbers, Test::BirthNotificationFixture::liveBornCount(which));

    // The feed does not change without new events: the ETag answers 304.
    QNetworkRequest conditional(QUrl(m_url + QStringLiteral("/folkeregisteret/tilbakemelding/api/v2/hendelser?seq=1")));
    conditional.setSslConfiguration(m_tls);
    conditional.setRawHeader("If-None-Match", feed.etag);
    QNetworkReply* reply = m_network.get(conditional);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 304);
    reply->deleteLater();
}

void TestBirthThroughSandbox::withoutClientCertificateIsRefused()
{
    const Answer refused = send(
        QStringLiteral("GET"), QStringLiteral("/folkeregisteret/tilbakemelding/api/v2/hendelser?seq=1"), {}, false);
    QCOMPARE(refused.status, 403);
    QCOMPARE(element(refused.body, QStringLiteral("feilkode")), QStringLiteral("klientsertifikat-mangler"));
}

QTEST_GUILESS_MAIN(TestBirthThroughSandbox)
#include "TestBirthThroughSandbox.moc"

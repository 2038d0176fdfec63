// Cost of checking a complete cause-of-death response with the Questionnaire engine (read with structural checks,
// enableWhen, the form's rules and constraint, write with hidden answers dropped), beside the bare JSON round trip
// of the same document (QJsonDocument parse + serialise), which any implementation pays. Figures only.
#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/QuestionnaireResponseJson.h"
#include "core/questionnaire/QuestionnaireValidator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Meldeklient;
using namespace Meldeklient::Questionnaire;
using Form = Meldeklient::Questionnaire::Questionnaire;

namespace {

AnswerValue code(const char* system, const char* value)
{
    return AnswerValue::fromCoding({QStringLiteral("urn:oid:2.16.578.1.12.4.1.1.") + QLatin1StringView(system),
        QLatin1StringView(value), QString(), QString()});
}

QByteArray completeResponse(const Form& form)
{
    QuestionnaireResponse response;
    response.setStatus(QuestionnaireResponse::Status::Completed);
    response.setQuestionnaire(form.canonical());
    response.setAnswer(
        QStringLiteral("timeOfDeath"), *AnswerValue::fromTemporal(ValueType::Time, QStringLiteral("04:30:00")));
    response.setAnswer(QStringLiteral("placeOfDeath"), code("99003", "4"));
    response.setAnswer(QStringLiteral("institution"), AnswerValue::fromString(QStringLiteral("Sykehjemmet")));
    response.setAnswer(QStringLiteral("municipality"), code("3402", "0301"));
    response.setAnswer(QStringLiteral("causeOfDeath_question_A_code"), code("7110", "J189"));
    response.setAnswer(QStringLiteral("causeOfDeath_question_A_time"), code("99004", "1"));
    response.setAnswer(
        QStringLiteral("causeOfDeath_question_B_text"), AnswerValue::fromString(QStringLiteral("Hoftebrudd")));
    response.setAnswer(QStringLiteral("causeOfDeath_question_B_time"), code("99004", "2"));
    response.setAnswers(
        QStringLiteral("causeOfDeath_question_secondary_code"), {code("7110", "E119"), code("7110", "I10")});
    response.setAnswer(QStringLiteral("additionalInfoAboutDamage_q1"), code("1102", "1"));
    response.setAnswer(QStringLiteral("additionalInfoAboutDamage_timeOfDamage"),
        *AnswerValue::fromTemporal(ValueType::Date, QStringLiteral("2021-12-01")));
    response.setAnswer(QStringLiteral("additionalInfoAboutDamage_description"),
        AnswerValue::fromString(QStringLiteral("Fall i hjemmet")));
    response.setAnswer(QStringLiteral("additionalInfoAboutDamage_place"), code("99005", "0"));
    response.setAnswer(QStringLiteral("additionalInfoAboutDamage_activity"), code("99006", "4"));
    response.setAnswer(QStringLiteral("operation_impact_on_death"), code("1102", "2"));
    response.setAnswer(QStringLiteral("classification_death"), code("99000", "2"));
    response.setAnswer(QStringLiteral("classification_autopsy"), code("1102", "2"));
    response.setAnswer(QStringLiteral("classification_reevaluate"), code("1102", "2"));
    response.setAnswer(QStringLiteral("report_unnatural"), code("1102", "1"));
    return QuestionnaireResponseJson::writeJson(form, response);
}

struct Figures
{
    double medianMicroseconds;
    double p99Microseconds;
};

template <typename Work>
Figures measure(int rounds, Work work)
{
    std::vector<double> samples;
    samples.reserve(static_cast<std::size_t>(rounds));
    QElapsedTimer timer;
    for (int i = 0; i < rounds; ++i) {
        timer.start();
        work();
        samples.push_back(static_cast<double>(timer.nsecsElapsed()) / 1000.0);
    }
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples[samples.size() * 99 / 100]};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Result<Form> loaded = Form::fromFile(QStringLiteral(":/forms/dodsaarsak.json"));
    if (!loaded) {
        std::fprintf(stderr, "dodsaarsak.json does not load\n");
        return 1;
    }
    const Form& form = *loaded;
    const QByteArray json = completeResponse(form);
    constexpr int rounds = 20000;
    qsizetype sink = 0;

    const Figures load
        = measure(200, [&] { sink += Form::fromFile(QStringLiteral(":/forms/dodsaarsak.json"))->items().size(); });
    const Figures bare = measure(rounds,
        [&] { sink += QJsonDocument(QJsonDocument::fromJson(json).object()).toJson(QJsonDocument::Compact).size(); });
    const Figures engine = measure(rounds, [&] {
        const Result<QuestionnaireResponse> read = QuestionnaireResponseJson::read(form, json);
        sink += QuestionnaireValidator(form).validate(*read).size();
        sink += QuestionnaireResponseJson::writeJson(form, *read).size();
    });
    std::printf("Questionnaire engine, complete dodsaarsak response (%lld bytes), %d rounds\n",
        static_cast<long long>(json.size()), rounds);
    std::printf("  %-52s median %8.1f us   p99 %8.1f us\n", "load dodsaarsak.json (200 rounds)",
        load.medianMicroseconds, load.p99Microseconds);
    std::printf("  %-52s median %8.1f us   p99 %8.1f us\n", "baseline: QJsonDocument parse + serialise",
        bare.medianMicroseconds, bare.p99Microseconds);
    std::printf("  %-52s median %8.1f us   p99 %8.1f us\n", "engine: read + enableWhen + validate + write",
        engine.medianMicroseconds, engine.p99Microseconds);
    std::printf("  (checksum %lld)\n", static_cast<long long>(sink));
    return 0;
}

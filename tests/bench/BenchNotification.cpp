// Full validation of a complete death notification as the app runs it on every change: Del 1 rules, the dodsaarsak
// Questionnaire's own rules, the domain rules and the ICD-10 checks against the imported Iris tables, beside the
// Questionnaire rules alone on the same answers. Figures only; the expectation is well under 1 ms.
#include "core/codes/CodeList.h"
#include "core/codes/CodeListCache.h"
#include "core/codes/CodeSystemRegistry.h"
#include "core/codes/IrisIcd10Importer.h"
#include "core/codes/StandardCodeLists.h"
#include "core/notification/DeathNotificationValidator.h"
#include "core/questionnaire/QuestionnaireValidator.h"
#include "support/DeathNotificationFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Meldeklient;

namespace {
struct Figures
{
    double p50Us;
    double p99Us;
};

Figures measure(int runs, const std::function<int()>& body)
{
    std::vector<double> micros;
    micros.reserve(static_cast<std::size_t>(runs));
    int sink = 0;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        sink += body();
        micros.push_back(static_cast<double>(timer.nsecsElapsed()) / 1000.0);
    }
    std::sort(micros.begin(), micros.end());
    if (sink < 0)
        std::puts("");
    return {micros[micros.size() / 2], micros[micros.size() * 99 / 100]};
}

QByteArray readReference(const QString& relative)
{
    const QString root = qEnvironmentVariable("MELDEKLIENT_REFERENCE_DIR");
    QFile file(root + u'/' + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    auto form = Questionnaire::Questionnaire::fromFile(QStringLiteral(":/forms/dodsaarsak.json"));
    if (!form) {
        std::printf("BenchNotification: cannot load the form: %s\n", qPrintable(form.error().message));
        return 1;
    }
    QTemporaryDir emptyCache;
    Codes::CodeSystemRegistry registry;
    (void)Codes::StandardCodeLists::loadInto(registry, Codes::CodeListCache(emptyCache.path()));
    const QByteArray valid = readReference(QStringLiteral("icd10-iris/ValidIcdCodes.csv"));
    const QByteArray restrictions = readReference(QStringLiteral("icd10-iris/NonConsistentIcdCodes_NewFormat.csv"));
    bool withIcd10 = false;
    if (!valid.isEmpty()) {
        auto icd10 = Codes::IrisIcd10Importer::import(valid, restrictions);
        if (icd10) {
            registry.add(icd10.value());
            withIcd10 = true;
        }
    }

    auto fixture = Test::DeathNotificationFixture::natural(form.value());
    fixture.code(u'C', QStringLiteral("E119")).interval(u'C', QStringLiteral("4"));
    const Notification::DeceasedPerson person = Notification::DeceasedPerson::fromFhirPatient(
        Test::DeathNotificationFixture::residentPatient(
            QStringLiteral("24047230752"), QStringLiteral("2026-11-20T03:15:00+01:00")))
                                                    .value();
    const QDateTime now(QDate(2026, 11, 22), QTime(12, 0));
    const Notification::DeathNotificationValidator validator(form.value(), &registry, {false});
    const Questionnaire::QuestionnaireValidator questionnaireOnly(form.value(), &registry);

    const int runs = 20000;
    const Figures full
        = measure(runs, [&] { return static_cast<int>(validator.validate(person, fixture.response(), now).size()); });
    const Figures rulesOnly
        = measure(runs, [&] { return static_cast<int>(questionnaireOnly.validate(fixture.response()).size()); });

    std::printf("BenchNotification: complete death notification, %d runs, ICD-10 tables %s\n", runs,
        withIcd10 ? "loaded" : "absent (reference folder missing)");
    std::printf("  DeathNotificationValidator (all rules)  p50 %7.1f us   p99 %7.1f us\n", full.p50Us, full.p99Us);
    std::printf(
        "  Questionnaire rules alone               p50 %7.1f us   p99 %7.1f us\n", rulesOnly.p50Us, rulesOnly.p99Us);
    return 0;
}

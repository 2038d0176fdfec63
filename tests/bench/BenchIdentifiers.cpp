// How many identifiers per second check-id's core validates, beside a naive QString/QRegularExpression/QDate
// implementation of the same rules, in one run.
#include "core/identity/IdentifierValidator.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QStringList>

#include <cstdio>
#include <random>

using namespace Meldeklient::Identity;

namespace {
// The straightforward way: regex for form, QDate::fromString for the date, string slicing for the check digits.
bool naiveIsValid(const QString& raw)
{
    static const QRegularExpression form(QStringLiteral("^\\d{6}[- ]?\\d{5}$"));
    QString input = raw.trimmed();
    if (!form.match(input).hasMatch())
        return false;
    input.remove(QRegularExpression(QStringLiteral("[- ]")));
    int day = input.left(2).toInt();
    int month = input.mid(2, 2).toInt();
    if (day > 40)
        day -= 40;
    if (month > 80)
        month -= 80;
    else if (month > 40)
        month -= 40;
    const QString date = QStringLiteral("%1%2%3").arg(day, 2, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'))
        .arg(QStringView(input).mid(4, 2));
    if (input.at(0).digitValue() < 8 && !QDate::fromString(QStringLiteral("20") + date.right(2) + date.left(4),
            QStringLiteral("yyyyddMM")).isValid())
        return false;
    const QList<int> w1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    const QList<int> w2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int s1 = 0;
    int s2 = 0;
    for (int i = 0; i < 9; ++i)
        s1 += w1.at(i) * input.mid(i, 1).toInt();
    for (int i = 0; i < 10; ++i)
        s2 += w2.at(i) * input.mid(i, 1).toInt();
    return (s1 + input.mid(9, 1).toInt()) % 11 <= 3 && (s2 + input.mid(10, 1).toInt()) % 11 == 0;
}

QStringList makeInputs(int count)
{
    // Realistic mix: valid numbers of several kinds, typos, formatted input.
    const QStringList seeds = {QStringLiteral("24047230752"), QStringLiteral("71017050138"),
        QStringLiteral("01854712310"), QStringLiteral("30108299939"), QStringLiteral("240472 30752"),
        QStringLiteral("24047230753"), QStringLiteral("31029912370"), QStringLiteral("81234567802")};
    std::mt19937 random(42);
    QStringList inputs;
    inputs.reserve(count);
    for (int i = 0; i < count; ++i) {
        QString s = seeds.at(static_cast<int>(random() % static_cast<unsigned>(seeds.size())));
        if (random() % 4 == 0) // a random single-digit typo in a quarter of them
            s[static_cast<int>(random() % 6)] = QChar(u'0' + static_cast<char16_t>(random() % 10));
        inputs.append(s);
    }
    return inputs;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int count = 2'000'000;
    const QStringList inputs = makeInputs(count);

    QElapsedTimer timer;
    int valid = 0;
    timer.start();
    for (const QString& input : inputs)
        valid += IdentifierValidator::check(input).isValid() ? 1 : 0;
    const double ours = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    const int naiveCount = count / 10; // the naive version is slow; a tenth of the inputs is enough to measure it
    int naiveValid = 0;
    timer.restart();
    for (int i = 0; i < naiveCount; ++i)
        naiveValid += naiveIsValid(inputs.at(i)) ? 1 : 0;
    const double naive = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    std::printf("BenchIdentifiers: %d inputs, %d valid\n", count, valid);
    std::printf("  IdentifierValidator::check   %12.0f identifiers/s  (%6.1f ns each)\n", count / ours,
        ours * 1e9 / count);
    std::printf("  naive QString/regex/QDate    %12.0f identifiers/s  (%6.1f ns each, %d inputs, %d valid)\n",
        naiveCount / naive, naive * 1e9 / naiveCount, naiveCount, naiveValid);
    std::printf("  speed-up                     %12.1fx\n", (count / ours) / (naiveCount / naive));
    return 0;
}

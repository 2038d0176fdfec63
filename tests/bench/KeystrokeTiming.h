#pragma once

// Per-keystroke timing shared by the search benchmarks: every query typed letter by letter, timed one by one.
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <initializer_list>
#include <vector>

namespace Meldeklient::Bench {

inline QStringList keystrokes(std::initializer_list<const char*> words)
{
    QStringList queries;
    for (const char* word : words) {
        const QString text = QString::fromUtf8(word);
        for (qsizetype length = 1; length <= text.size(); ++length)
            queries.append(text.left(length));
    }
    return queries;
}

struct Percentiles {
    double p50;
    double p99;
    double max;
};

// Microseconds per query over `rounds` passes.
template <typename F>
Percentiles perQuery(const QStringList& queries, int rounds, F&& search)
{
    std::vector<double> micros;
    micros.reserve(static_cast<size_t>(queries.size() * rounds));
    for (int round = 0; round < rounds; ++round) {
        for (const QString& query : queries) {
            QElapsedTimer timer;
            timer.start();
            search(query);
            micros.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e3);
        }
    }
    std::sort(micros.begin(), micros.end());
    return {micros[micros.size() / 2], micros[micros.size() * 99 / 100], micros.back()};
}

} // namespace Meldeklient::Bench

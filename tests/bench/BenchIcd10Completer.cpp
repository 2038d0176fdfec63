// Keystroke to completer update in the ICD-10 code field of a cause line, over a realistic typing sequence (codes
// and words, typed one key at a time, cleared between causes), beside the core index search alone for the same
// prefixes: the difference is what the widget, model reset and popup cost per key. Wall clock and thread CPU time;
// on a shared machine the wall clock includes waiting for a core.
#include "core/codes/Icd10Index.h"
#include "core/questionnaire/Icd10CompletionModel.h"
#include "gui/forms/Icd10CodeEdit.h"
#include "support/Icd10TestList.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QElapsedTimer>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Meldeklient;

namespace {
double cpuUs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e6 + static_cast<double>(now.tv_nsec) / 1e3;
}

struct Figures
{
    std::vector<double> wallUs;
    std::vector<double> cpuUs;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(std::min(index, values.size() - 1));
}

void print(const char* what, const Figures& figures)
{
    std::printf("%-38s n=%5zu  wall p50 %7.1f us  p99 %7.1f us  max %7.1f us   cpu p50 %7.1f us  p99 %7.1f us\n", what,
        figures.wallUs.size(), percentile(figures.wallUs, 0.5), percentile(figures.wallUs, 0.99),
        figures.wallUs.empty() ? 0.0 : *std::max_element(figures.wallUs.begin(), figures.wallUs.end()),
        percentile(figures.cpuUs, 0.5), percentile(figures.cpuUs, 0.99));
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QString source;
    const Codes::CodeList list = Test::icd10TestList(&source);
    const Codes::Icd10Index index(list);
    std::printf("ICD-10 list: %s\n", qPrintable(source));

    // What doctors type for common causes: codes with and without the dot, and words of the labels (the Iris
    // labels are English), including a Norwegian word that finds nothing.
    const QStringList causes {QStringLiteral("I21"), QStringLiteral("I21.9"),
        QStringLiteral("acute myocardial infarction"), QStringLiteral("J18.9"), QStringLiteral("pneumonia"),
        QStringLiteral("J44"), QStringLiteral("chronic obstructive pulmonary"), QStringLiteral("C34"),
        QStringLiteral("malignant neoplasm bronchus"), QStringLiteral("A41.9"), QStringLiteral("sepsis"),
        QStringLiteral("F03"), QStringLiteral("dementia"), QStringLiteral("alzheimer"), QStringLiteral("I63.9"),
        QStringLiteral("cerebral infarction"), QStringLiteral("heart failure"), QStringLiteral("hjerneblødning"),
        QStringLiteral("C18"), QStringLiteral("colon"), QStringLiteral("U07.1"), QStringLiteral("covid")};

    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* field = new Gui::Icd10CodeEdit(&index, &window);
    field->setObjectName(QStringLiteral("causeOfDeath_question_A_code"));
    layout->addWidget(field);
    window.resize(800, 200);
    window.show();
    field->setFocus();
    QApplication::processEvents();

    Figures widget;
    Figures opening; // first key of a cause: the popup opens
    Figures typing;  // further keys: the open popup's rows change
    Figures searchOnly;
    int hitsSeen = 0;
    int searchHits = 0;
    const int passes = 5;
    for (int pass = 0; pass < passes; ++pass) {
        for (const QString& cause : causes) {
            field->clear();
            field->codeCompleter()->popup()->hide();
            QApplication::processEvents();
            for (qsizetype i = 0; i < cause.size(); ++i) {
                QElapsedTimer wall;
                const double cpuStart = cpuUs();
                wall.start();
                // A key event carrying the character as text, as a keyboard sends it (also for "ø").
                QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(cause.at(i)), Qt::NoModifier);
                const double wallUs = static_cast<double>(wall.nsecsElapsed()) / 1e3;
                widget.wallUs.push_back(wallUs);
                widget.cpuUs.push_back(cpuUs() - cpuStart);
                Figures& part = i == 0 ? opening : typing;
                part.wallUs.push_back(wallUs);
                part.cpuUs.push_back(widget.cpuUs.back());
                hitsSeen += field->completionModel()->rowCount();
                QApplication::processEvents(); // paint the popup outside the measured interval, like the event loop

                const QString prefix = cause.left(i + 1);
                QElapsedTimer searchWall;
                const double searchCpu = cpuUs();
                searchWall.start();
                const auto hits = index.search(prefix, field->completionModel()->limit());
                searchOnly.wallUs.push_back(static_cast<double>(searchWall.nsecsElapsed()) / 1e3);
                searchOnly.cpuUs.push_back(cpuUs() - searchCpu);
                searchHits += static_cast<int>(hits.size());
            }
        }
    }
    std::printf("%d passes over %lld causes (%lld keystrokes per pass); hits shown %d, hits searched %d\n", passes,
        static_cast<long long>(causes.size()),
        static_cast<long long>(widget.wallUs.size() / static_cast<std::size_t>(passes)), hitsSeen, searchHits);
    print("keystroke -> completer updated (widget)", widget);
    print("  first key of a cause (popup opens)", opening);
    print("  further keys (popup open)", typing);
    print("Icd10Index::search alone (same prefix)", searchOnly);
    return 0;
}

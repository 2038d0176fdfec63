// Norwegian ICD-10 figures in one run: import time of each format (KoTe JSON, KoTe XLSX), index build, and
// type-ahead search p50/p99 over a national-size list with each matching stage on and off, beside a naive scan.
// The list is the real KoTe JSON when MELDEKLIENT_ICD10_NO_FILE names one, else 20,000 synthetic Norwegian-like
// entries (invented words; lower-case national codes included). Figures are printed, never asserted.
#include "core/codes/Icd10Index.h"
#include "core/codes/KoteIcd10Importer.h"

#include "KeystrokeTiming.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace Meldeklient;
using namespace Meldeklient::Codes;
using Meldeklient::Bench::Percentiles;
using Meldeklient::Bench::perQuery;
using Stage = Icd10SearchHit::Stage;

namespace {
QJsonArray syntheticRows(int count)
{
    const QStringList roots = {u"hjerte"_qs, u"lunge"_qs, u"nyre"_qs, u"lever"_qs, u"hjerne"_qs, u"tarm"_qs,
        u"mage"_qs, u"blod"_qs, u"bein"_qs, u"hud"_qs, u"muskel"_qs, u"kar"_qs, u"bryst"_qs, u"prostata"_qs,
        u"skjoldbrusk"_qs, u"bukspytt"_qs, u"galle"_qs, u"urin"_qs, u"ledd"_qs, u"rygg"_qs};
    const QStringList heads = {u"svulst"_qs, u"betennelse"_qs, u"infarkt"_qs, u"svikt"_qs, u"blødning"_qs,
        u"sykdom"_qs, u"skade"_qs, u"kreft"_qs, u"forgiftning"_qs, u"brudd"_qs, u"sår"_qs, u"infeksjon"_qs,
        u"emboli"_qs, u"trombose"_qs, u"stenose"_qs, u"fibrose"_qs, u"cyste"_qs, u"polypp"_qs, u"slag"_qs};
    const QStringList adjectives = {u"akutt"_qs, u"kronisk"_qs, u"medfødt"_qs, u"ondartet"_qs, u"godartet"_qs,
        u"sekundær"_qs, u"primær"_qs, u"tilbakevendende"_qs, u"alvorlig"_qs, u"lett"_qs};
    const QStringList tails = {u"uspesifisert"_qs, u"i venstre side"_qs, u"i høyre side"_qs, u"i øvre del"_qs,
        u"i nedre del"_qs, u"med komplikasjoner"_qs, u"uten komplikasjoner"_qs, u"hos barn"_qs,
        u"ved svangerskap"_qs, u"etter inngrep"_qs, u"annen spesifisert"_qs};
    std::mt19937 random(20260101);
    const auto pick = [&](const QStringList& words) {
        return words.at(static_cast<qsizetype>(random() % static_cast<quint32>(words.size())));
    };
    QJsonArray rows;
    int made = 0;
    for (char letter = 'A'; letter <= 'Z' && made < count; ++letter) {
        for (int category = 0; category < 100 && made < count; ++category) {
            for (int sub = 0; sub < 10 && made < count; ++sub) {
                QString code = QStringLiteral("%1%2.%3").arg(QChar::fromLatin1(letter)).arg(category, 2, 10, QChar(u'0')).arg(sub);
                if (random() % 4 == 0)
                    code += QChar::fromLatin1(static_cast<char>('a' + random() % 3)); // national extension
                QString text = pick(adjectives) + u' ' + pick(roots) + pick(heads) + u", " + pick(tails);
                if (random() % 3 == 0)
                    text += u' ' + pick(heads) + u" i " + pick(roots);
                QString shortText = text.left(60);
                rows.append(QJsonObject {{u"Kode"_qs, code}, {u"Tekst_uten_lengdebegrensning"_qs, text},
                    {u"Tekst_med_maksimalt_60_tegn"_qs, shortText}, {u"Gyldig_fra"_qs, u"2026-01-01T00:00:00"_qs},
                    {u"Gyldig_til"_qs, QJsonValue()}, {u"Uspesifikk_kode"_qs, sub == 9 ? u"Ja"_qs : QString()}});
                ++made;
            }
        }
    }
    return rows;
}

QString column(int index)
{
    return QString(QChar::fromLatin1(static_cast<char>('A' + index)));
}

// The same rows as a workbook, written with libarchive (test code; the app only reads zips).
QByteArray toXlsx(const QJsonArray& rows)
{
    const QStringList keys = {u"Kode"_qs, u"Tekst_uten_lengdebegrensning"_qs, u"Tekst_med_maksimalt_60_tegn"_qs,
        u"Gyldig_fra"_qs, u"Gyldig_til"_qs, u"Uspesifikk_kode"_qs};
    QString sheet = u"<?xml version=\"1.0\"?><worksheet><sheetData>"_qs;
    const auto cell = [](const QString& ref, const QString& text) -> QString {
        return u"<c r=\""_qs + ref + u"\" t=\"inlineStr\"><is><t>"_qs + text.toHtmlEscaped() + u"</t></is></c>"_qs;
    };
    sheet += u"<row r=\"1\">"_qs;
    for (int c = 0; c < keys.size(); ++c)
        sheet += cell(column(c) + u'1', QString(keys.at(c)).replace(u'_', u' '));
    sheet += u"</row>"_qs;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonObject row = rows.at(r).toObject();
        const QString number = QString::number(r + 2);
        sheet += u"<row r=\""_qs + number + u"\">"_qs;
        for (int c = 0; c < keys.size(); ++c) {
            const QString value = row.value(keys.at(c)).toString();
            if (!value.isEmpty())
                sheet += cell(column(c) + number, value);
        }
        sheet += u"</row>"_qs;
    }
    sheet += u"</sheetData></worksheet>"_qs;
    const QList<std::pair<const char*, QByteArray>> parts = {
        {"xl/workbook.xml", "<workbook xmlns:r=\"r\"><sheets><sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
            "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {"xl/worksheets/sheet1.xml", sheet.toUtf8()}};
    QByteArray out(64 * 1024 * 1024, '\0');
    size_t used = 0;
    archive* writer = archive_write_new();
    archive_write_set_format_zip(writer);
    archive_write_open_memory(writer, out.data(), static_cast<size_t>(out.size()), &used);
    for (const auto& [name, data] : parts) {
        archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, name);
        archive_entry_set_size(entry, data.size());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_write_header(writer, entry);
        archive_write_data(writer, data.constData(), static_cast<size_t>(data.size()));
        archive_entry_free(entry);
    }
    archive_write_close(writer);
    archive_write_free(writer);
    out.truncate(static_cast<qsizetype>(used));
    return out;
}

QStringList keystrokes()
{
    return Bench::keystrokes({"hjerteinfarkt", "lungebetennelse", "kreft", "kols", "blødningen", "svulstene", "I21",
             "c34.9", "hjertesvikt", "tarmkreft", "sovnloshet", "akutt nyresvikt", "i21.0a"});
}

template <typename F>
double medianMs(int runs, F&& work)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}
} // namespace

int main()
{
    QByteArray json;
    const QString real = qEnvironmentVariable("MELDEKLIENT_ICD10_NO_FILE");
    QJsonArray rows;
    if (!real.isEmpty()) {
        QFile file(real);
        if (file.open(QIODevice::ReadOnly))
            json = file.readAll();
        rows = QJsonDocument::fromJson(json).array();
        std::printf("list: %s (%lld rows)\n", qPrintable(real), static_cast<long long>(rows.size()));
    } else {
        rows = syntheticRows(20000);
        json = QJsonDocument(rows).toJson(QJsonDocument::Compact);
        std::printf("list: synthetic, %lld Norwegian-like rows (set MELDEKLIENT_ICD10_NO_FILE for the real one)\n",
            static_cast<long long>(rows.size()));
    }
    const QByteArray xlsx = toXlsx(rows);

    CodeList list;
    const double jsonMs = medianMs(3, [&] { list = *KoteIcd10Importer::importJson(json); });
    CodeList fromXlsx;
    const double xlsxMs = medianMs(3, [&] { fromXlsx = *KoteIcd10Importer::importXlsx(xlsx); });
    std::printf("import kote-json: %.0f ms (%.1f MB, %lld leaf codes)\n", jsonMs, json.size() / 1e6,
        static_cast<long long>(list.size()));
    std::printf("import kote-xlsx: %.0f ms (%.1f MB zip, %lld leaf codes)\n", xlsxMs, xlsx.size() / 1e6,
        static_cast<long long>(fromXlsx.size()));

    Icd10Index index;
    const double buildMs = medianMs(3, [&] { index = Icd10Index(list); });
    std::printf("index build: %.0f ms\n", buildMs);

    const QStringList queries = keystrokes();
    std::printf("%lld keystroke queries x 20 rounds, top 20 (microseconds):\n", static_cast<long long>(queries.size()));
    struct Config {
        const char* name;
        quint32 stages;
    };
    const Config configs[] = {
        {"all stages", Icd10Index::allStages},
        {"without infix", Icd10Index::allStages & ~Icd10Index::stageBit(Stage::Infix)},
        {"without stem", Icd10Index::allStages & ~Icd10Index::stageBit(Stage::Stem)},
        {"without compound", Icd10Index::allStages & ~Icd10Index::stageBit(Stage::Compound)},
        {"without synonyms", Icd10Index::allStages & ~Icd10Index::stageBit(Stage::Synonym)},
        {"prefix only (code + word)", Icd10Index::stageBit(Stage::ExactCode) | Icd10Index::stageBit(Stage::CodePrefix)
                | Icd10Index::stageBit(Stage::WordPrefix)},
    };
    for (const Config& config : configs) {
        index.setEnabledStages(config.stages);
        qsizetype total = 0;
        const Percentiles p = perQuery(queries, 20, [&](const QString& q) { total += index.search(q, 20).size(); });
        std::printf("  %-28s p50 %7.1f  p99 %7.1f  max %8.1f  (hits %lld)\n", config.name, p.p50, p.p99, p.max,
            static_cast<long long>(total / 20));
    }
    // The slowest keystrokes with every stage on, to see where the tail comes from.
    index.setEnabledStages(Icd10Index::allStages);
    std::vector<std::pair<double, QString>> slowest;
    for (const QString& q : queries) {
        std::vector<double> runs;
        for (int round = 0; round < 20; ++round) {
            QElapsedTimer timer;
            timer.start();
            (void)index.search(q, 20);
            runs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e3);
        }
        std::sort(runs.begin(), runs.end());
        slowest.emplace_back(runs[runs.size() / 2], q);
    }
    std::sort(slowest.rbegin(), slowest.rend());
    std::printf("  slowest (median of 20):");
    for (size_t i = 0; i < 5 && i < slowest.size(); ++i)
        std::printf(" \"%s\" %.0f", qPrintable(slowest[i].second), slowest[i].first);
    std::printf("\n");
    const Percentiles naive = perQuery(queries, 2, [&](const QString& q) {
        const QString needle = q.toLower();
        qsizetype found = 0;
        for (const CodeConcept& c : list.concepts())
            found += c.code.startsWith(q, Qt::CaseInsensitive) || c.display.toLower().contains(needle);
        return found;
    });
    std::printf("  %-28s p50 %7.1f  p99 %7.1f  max %8.1f\n", "naive lower-case scan", naive.p50, naive.p99, naive.max);
    return 0;
}

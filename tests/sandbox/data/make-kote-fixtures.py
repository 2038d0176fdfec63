#!/usr/bin/env python3
"""Writes the sandbox's invented Norwegian ICD-10 list as KoTe JSON and as the yearly workbook (.xlsx).

Real code numbers, invented texts (every text ends in "(fiktiv)"): never real code texts. Run from this folder
after editing ROWS; both files are committed so tests need neither Python nor an npm XLSX package.
"""
import json
import zipfile

# code, full text, 60-char text, valid from, valid to, star, additional, sex, unspecific, parent
ROWS = [
    ("IX", "Sykdommer i sirkulasjonssystemet (fiktiv)", None, "1999-01-01", None, None, None, None, None, None),
    ("I20-I25", "Iskemiske hjertesykdommer (fiktiv)", None, "1999-01-01", None, None, None, None, None, "IX"),
    ("I21", "Akutt hjerteinfarkt (fiktiv)", "Akutt hjerteinfarkt (fiktiv)", "1999-01-01", None, None, None, None, None, "I20-I25"),
    ("I21.0", "Akutt transmuralt infarkt i fremre vegg (fiktiv)", "Akutt transm. infarkt fremre vegg (fiktiv)", "1999-01-01", None, None, None, None, None, "I21"),
    ("I21.0a", "Akutt hjerteinfarkt type 4a etter inngrep (fiktiv)", "Akutt hjerteinf. type 4a (fiktiv)", "2023-01-01", None, None, None, None, None, "I21.0"),
    ("I21.0b", "Akutt hjerteinfarkt type 4b ved trombose i stent (fiktiv)", "Akutt hjerteinf. type 4b (fiktiv)", "2023-01-01", None, None, None, None, None, "I21.0"),
    ("I21.9", "Akutt hjerteinfarkt, uspesifisert (fiktiv)", "Akutt hjerteinfarkt, uspes. (fiktiv)", "1999-01-01", None, None, None, None, "Ja", "I21"),
    ("I22.9", "Nytt infarkt i hjertet, uspesifisert (fiktiv)", "Nytt infarkt i hjertet (fiktiv)", "1999-01-01", None, None, None, None, "Ja", "I22"),
    ("I25.1", "Aterosklerotisk hjertesykdom (fiktiv)", "Aterosklerotisk hjertesykdom (fiktiv)", "1999-01-01", None, None, None, None, None, "I25"),
    ("I25.2", "Gammelt hjerteinfarkt (fiktiv)", "Gammelt hjerteinfarkt (fiktiv)", "1999-01-01", None, None, None, None, None, "I25"),
    ("I46.9", "Hjertestans, uspesifisert (fiktiv)", "Hjertestans, uspes. (fiktiv)", "1999-01-01", None, None, None, None, "Ja", "I46"),
    ("I50.9", "Hjertesvikt, uspesifisert (fiktiv)", "Hjertesvikt, uspes. (fiktiv)", "1999-01-01", None, None, None, None, "Ja", "I50"),
    ("I61.9", "Blødning i hjernen, uspesifisert (fiktiv)", "Blødning i hjernen (fiktiv)", "1999-01-01", None, None, None, None, "Ja", "I61"),
    ("I63.9", "Infarkt i hjerne, uspesifisert (fiktiv)", "Infarkt i hjerne (fiktiv)", "1999-01-01", None, None, None, None, "Ja", "I63"),
    ("I64", "Hjerneslag, ikke angitt som blødning eller infarkt (fiktiv)", "Hjerneslag (fiktiv)", "1999-01-01", None, None, None, None, None, "I60-I69"),
    ("D73.5", "Infarkt i milt (fiktiv)", "Infarkt i milt (fiktiv)", "1999-01-01", None, None, None, None, None, "D73"),
    ("D63.0", "Anemi ved svulstsykdom (fiktiv)", "Anemi ved svulstsykdom (fiktiv)", "1999-01-01", None, "Ja", None, None, None, "D63"),
    ("J18.0", "Bronkopneumoni, uspesifisert (fiktiv)", "Bronkopneumoni (fiktiv)", "1999-01-01", None, None, None, None, None, "J18"),
    ("J18.9", "Pneumoni, uspesifisert (fiktiv)", "Pneumoni, uspes. (fiktiv)", "1999-01-01", None, None, None, None, "Ja", "J18"),
    ("J44.9", "Kronisk obstruktiv lungesykdom, uspesifisert (fiktiv)", "Kronisk obstr. lungesykd. (fiktiv)", "1999-01-01", None, None, None, None, "Ja", "J44"),
    ("J45.9", "Astma, uspesifisert (fiktiv)", "Astma (fiktiv)", "1999-01-01", None, None, None, None, "Ja", "J45"),
    ("A41.9", "Sepsis, uspesifisert (fiktiv)", "Sepsis (fiktiv)", "1999-01-01", None, None, None, None, "Ja", "A41"),
    ("B18.0", "Kronisk virushepatitt, gammel kode (fiktiv)", "Kronisk virushepatitt (fiktiv)", "1999-01-01", "2019-12-31", None, None, None, None, "B18"),
    ("C18.9", "Ondartet svulst i tykktarm, uspesifisert (fiktiv)", "Ondartet svulst tykktarm (fiktiv)", "1999-01-01", None, None, None, None, "Ja", "C18"),
    ("C34.9", "Ondartet svulst i lunge, uspesifisert (fiktiv)", "Ondartet svulst lunge (fiktiv)", "1999-01-01", None, None, None, None, "Ja", "C34"),
    ("C50.9", "Brystkreft, uspesifisert (fiktiv)", "Brystkreft (fiktiv)", "1999-01-01", None, None, None, "K", "Ja", "C50"),
    ("C61", "Ondartet svulst i blærehalskjertel (fiktiv)", "Ondartet svulst blærehalskj. (fiktiv)", "1999-01-01", None, None, None, "M", None, "C60-C63"),
    ("C80.9", "Ondartet svulst, uspesifisert lokalisasjon (fiktiv)", "Ondartet svulst, uspes. (fiktiv)", "1999-01-01", None, None, None, None, "Ja", "C80"),
    ("Z80.0", "Familiehistorie med tarmkreft (fiktiv)", "Familiehistorie tarmkreft (fiktiv)", "1999-01-01", None, None, "Ja", None, None, "Z80"),
    ("E14.9", "Diabetes, uspesifisert, uten komplikasjoner (fiktiv)", "Diabetes, uspes. (fiktiv)", "1999-01-01", None, None, None, None, "Ja", "E14"),
    ("F03", "Demens, uspesifisert (fiktiv)", "Demens, uspes. (fiktiv)", "1999-01-01", None, None, None, None, "Ja", "F00-F09"),
    ("G30.9", "Alzheimers sykdom, uspesifisert (fiktiv)", "Alzheimers sykdom (fiktiv)", "1999-01-01", None, None, None, None, "Ja", "G30"),
    ("G47.0", "Søvnløshet av ukjent årsak (fiktiv)", "Søvnløshet (fiktiv)", "1999-01-01", None, None, None, None, None, "G47"),
    ("K74.6", "Skrumplever, annen og uspesifisert (fiktiv)", "Skrumplever (fiktiv)", "1999-01-01", None, None, None, None, None, "K74"),
    ("N18.9", "Kronisk nyresykdom, uspesifisert (fiktiv)", "Kronisk nyresykdom (fiktiv)", "1999-01-01", None, None, None, None, "Ja", "N18"),
    ("O00.0", "Svangerskap i bukhulen (fiktiv)", "Svangerskap i bukhulen (fiktiv)", "1999-01-01", None, None, None, "K", None, "O00"),
    ("R99", "Ukjent dødsårsak (fiktiv)", "Ukjent dødsårsak (fiktiv)", "1999-01-01", None, None, None, None, "Ja", "R95-R99"),
    ("U07.1", "Covid-19, virus påvist (fiktiv)", "Covid-19, påvist (fiktiv)", "2020-03-01", None, None, None, None, None, "U07"),
    ("X42", "Forgiftning ved narkotika, ulykke (fiktiv)", "Forgiftning narkotika, ulykke (fiktiv)", "1999-01-01", None, None, None, None, None, "X40-X49"),
    ("X59.9a", "Ulykke med ukjent faktor, nasjonal variant (fiktiv)", "Ulykke ukjent faktor, nasj. (fiktiv)", "2026-01-01", None, None, None, None, None, "X59.9"),
    ("V0n0a", "Fotgjenger skadet, nasjonal kode (fiktiv)", "Fotgjenger skadet, nasj. (fiktiv)", "2026-01-01", None, None, None, None, None, "V0n0"),
]

KEYS = ["Kode", "Tekst_uten_lengdebegrensning", "Tekst_med_maksimalt_60_tegn", "Gyldig_fra", "Gyldig_til",
        "Rapporteres_til_NPR", "NPR_Gyldig_fra", "NPR_Gyldig_til", "Stjernekode", "Tilleggskode", "Kjønn",
        "Uspesifikk_kode", "Foreldrekode", "Foreldrekodetekst"]


def stamp(date):
    return f"{date}T00:00:00" if date else None


def objects():
    out = []
    for code, text, short, valid_from, valid_to, star, additional, sex, unspecific, parent in ROWS:
        leafish = "-" not in code and any(c.isdigit() for c in code)
        out.append({
            "Kode": code, "Tekst_uten_lengdebegrensning": text, "Tekst_med_maksimalt_60_tegn": short,
            "Gyldig_fra": stamp(valid_from), "Gyldig_til": stamp(valid_to),
            "Rapporteres_til_NPR": "Ja" if leafish else None, "NPR_Gyldig_fra": stamp(valid_from) if leafish else None,
            "NPR_Gyldig_til": None, "Stjernekode": star, "Tilleggskode": additional, "Kjønn": sex,
            "Uspesifikk_kode": unspecific, "Foreldrekode": parent, "Foreldrekodetekst": None,
        })
    return out


def xml_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def column(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def write_xlsx(path, rows):
    header = [key.replace("_", " ") for key in KEYS]
    strings, lookup = [], {}

    def shared(text):
        if text not in lookup:
            lookup[text] = len(strings)
            strings.append(text)
        return lookup[text]

    sheet_rows = []
    for r, values in enumerate([header] + [[row[k] for k in KEYS] for row in rows], start=1):
        cells = []
        for c, value in enumerate(values):
            if value is None:
                continue
            cells.append(f'<c r="{column(c)}{r}" t="s"><v>{shared(value)}</v></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(sheet_rows) + '</sheetData></worksheet>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" '
           f'uniqueCount="{len(strings)}">' + "".join(f"<si><t>{xml_escape(s)}</t></si>" for s in strings) + "</sst>")
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<sheets><sheet name="ICD-10" sheetId="1" r:id="rId1"/><sheet name="Forklaring" sheetId="2" r:id="rId2"/>'
                '</sheets></workbook>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '</Relationships>')
    explanation = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                   '<row r="1"><c r="A1" t="inlineStr"><is><t>Forklaring (fiktiv)</t></is></c></row></sheetData></worksheet>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="xml" ContentType="application/xml"/></Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", types), ("xl/workbook.xml", workbook),
                           ("xl/_rels/workbook.xml.rels", rels), ("xl/sharedStrings.xml", sst),
                           ("xl/worksheets/sheet2.xml", explanation), ("xl/worksheets/sheet1.xml", sheet)]:
            info = zipfile.ZipInfo(name, date_time=(2025, 10, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


if __name__ == "__main__":
    rows = objects()
    with open("kote-icd10.json", "w", encoding="utf-8") as f:
        json.dump(rows, f, ensure_ascii=False, indent=1)
        f.write("\n")
    write_xlsx("kote-icd10.xlsx", rows)

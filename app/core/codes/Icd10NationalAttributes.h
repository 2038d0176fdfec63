#pragma once

#include "core/codes/Icd10Attributes.h"

#include <QDate>
#include <QString>

namespace Meldeklient::Codes {

// What Helsedirektoratet's Norwegian ICD-10 list says about one code (KoTe JSON or the yearly workbook), kept
// beside the WHO rules of the Iris tables. Flags are the published "Ja" columns.
struct Icd10NationalAttributes {
    QString shortDisplay; // Tekst_med_maksimalt_60_tegn
    QDate validFrom;      // Gyldig_fra
    QDate validTo;        // Gyldig_til; null while the code is open
    bool star = false;       // Stjernekode
    bool additional = false; // Tilleggskode
    bool unspecific = false; // Uspesifikk_kode
    Icd10Sex sex = Icd10Sex::Any; // Kjønn

    bool validOn(const QDate& date) const
    {
        return (!validFrom.isValid() || date >= validFrom) && (!validTo.isValid() || date <= validTo);
    }
    bool operator==(const Icd10NationalAttributes& other) const = default;
};

} // namespace Meldeklient::Codes

#pragma once

// Small ICD-10 tables in the Iris layout, written for the tests: real code numbers, invented labels, restriction
// values chosen to exercise every rule. Not copied from WHO or Iris data.
#include <QByteArray>

namespace Meldeklient::Test {

inline QByteArray irisValidCodes()
{
    return QByteArray(
        "Icd,Label,Asterisk,AffectedByInterval,AffectedByStatus,NationalExtension,ActionVar,YearStart,YearEnd,"
        "DateIn,UserIn,DateOut,UserOut,Comments\n"
        "\"A000\",\"Cholera from test strain one\",0,0,1,0,,2010,9999,\"2018-09-18 00:00:00\",\"Tester\",,,\n"
        "\"A33\",\"Newborn tetanus, fixture\",0,0,0,0,,2010,9999,\"2018-09-18 00:00:00\",\"Tester\",,,\n"
        "\"B180\",\"Chronic hepatitis, fixture\",0,0,1,0,,2010,9999,\"2018-09-18 00:00:00\",\"Tester\",,,\n"
        "\"C56\",\"Ovary tumour, fixture\",0,0,0,0,,2010,9999,\"2018-09-18 00:00:00\",\"Tester\",,,\n"
        "\"C61\",\"Prostate tumour, fixture\",0,0,0,0,,2010,9999,\"2018-09-18 00:00:00\",\"Tester\",,,\n"
        "\"D630\",\"Anaemia in a tumour, fixture\",1,0,0,0,,2010,9999,\"2018-09-18 00:00:00\",\"Tester\",,,\n"
        "\"G470\",\"Kronisk søvnløshet (fiktiv tekst)\",0,0,0,0,,2010,9999,\"2018-09-18 00:00:00\",\"Tester\",,,\n"
        "\"H810\",\"Ménière's fixture disease\",0,0,0,0,,2010,9999,\"2018-09-18 00:00:00\",\"Tester\",,,\n"
        "\"I219\",\"Acute heart infarction, not specified\",0,1,1,0,,2010,9999,\"2018-09-18 00:00:00\",\"Tester\",,,"
        "\"a comment, with a comma\"\n"
        "\"I2190\",\"Acute heart infarction with embolism\",0,1,1,0,,2010,9999,\"2018-09-18 00:00:00\",\"Tester\",,,\n"
        "\"I469\",\"Heart stopped, unspecified\",0,0,0,0,,2010,9999,\"2018-09-18 00:00:00\",\"Tester\",,,\n"
        "\"I50\",\"Heart failure, fixture\",0,0,0,0,,2010,9999,\"2018-09-18 00:00:00\",\"Tester\",,,\n"
        "\"J40\",\"Bronchitis, \"\"fixture\"\" kind\",0,1,1,0,,2010,9999,\"2018-09-18 00:00:00\",\"Tester\",,,\n"
        "\"O000\",\"Pregnancy outside the womb, fixture\",0,0,1,0,,2010,9999,\"2018-09-18 00:00:00\",\"Tester\",,,\n"
        "\"P95\",\"Death before birth, fixture\",0,0,0,0,,2010,9999,\"2018-09-18 00:00:00\",\"Tester\",,,\n"
        "\"R99\",\"Unclear cause of death, fixture\",0,0,0,0,,2010,9999,\"2018-09-18 00:00:00\",\"Tester\",,,\n"
        "\"T71\",\"Suffocation, fixture\",0,0,0,0,,2010,9999,\"2018-09-18 00:00:00\",\"Tester\",,,\n"
        "\"U071\",\"Virus disease first seen in 2020, fixture\",0,0,0,0,,2020,9999,\"2020-03-18 00:00:00\","
        "\"Tester\",,,\n");
}

inline QByteArray irisNonConsistent()
{
    return QByteArray(
        "ncicId,Icd,Icd2,InconsistentFor,Sex,SexConsistency,LowerAgeLimit,UpperAgeLimit,AgeConsistency,RareDisease,"
        "PromptRare,UnderlyingCauseUse,PromptUc,NationalExtension,YearStart,YearEnd,DateIn,UserIn,DateOut,UserOut,"
        "Comments\n"
        "1,\"A000\",,,\"9\",\"9\",\"9999\",\"9999\",\"9\",\"Y\",,\"Y\",,0,2019,9999,\"2018-09-14 00:00:00\",\"T\",,,\n"
        "2,\"A33\",,,\"9\",\"9\",\"d000\",\"y001\",\"M\",\"N\",,\"Y\",,0,2019,9999,\"2018-09-14 00:00:00\",\"T\",,,\n"
        "3,\"B180\",,,\"9\",\"9\",\"9999\",\"9999\",\"9\",\"Y\",,\"Y\",,0,2016,2019,\"2018-09-14 00:00:00\",\"T\",,,\n"
        "4,\"C56\",,,\"F\",\"M\",\"9999\",\"9999\",\"9\",\"N\",,\"Y\",,0,2019,9999,\"2018-09-14 00:00:00\",\"T\",,,\n"
        "5,\"C61\",,,\"M\",\"M\",\"y015\",\"y124\",\"M\",\"N\",,\"Y\",,0,2019,9999,\"2018-09-14 00:00:00\",\"T\",,,\n"
        "6,\"I219\",,,\"9\",\"9\",\"y015\",\"y124\",\"M\",\"N\",,\"Y\",,0,2019,9999,\"2018-09-14 00:00:00\",\"T\",,,\n"
        "7,\"J40\",,,\"9\",\"9\",\"y015\",\"y124\",\"C\",\"N\",,\"Y\",,0,2019,9999,\"2018-09-14 00:00:00\",\"T\",,,\n"
        "8,\"O000\",,,\"F\",\"C\",\"y012\",\"y055\",\"M\",\"N\",,\"Y\",,0,2019,9999,\"2018-09-14 00:00:00\",\"T\",,,\n"
        "9,\"P95\",,,\"9\",\"9\",\"d000\",\"d000\",\"C\",\"N\",,\"Y\",,0,2019,9999,\"2018-09-14 00:00:00\",\"T\",,,\n"
        "10,\"T71\",,,\"9\",\"9\",\"9999\",\"9999\",\"9\",\"N\",,\"N\",,0,2019,9999,\"2018-09-14 00:00:00\",\"T\",,,\n"
        "11,\"Z999\",,,\"9\",\"9\",\"9999\",\"9999\",\"9\",\"N\",,\"N\",,0,2019,9999,\"2018-09-14 00:00:00\",\"T\",,,\n");
}

} // namespace Meldeklient::Test

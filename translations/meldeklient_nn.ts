<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>Cli</name>
    <message>
        <source>Check Norwegian identifiers (fødselsnummer, D-nummer, orgnr, HPR ...)</source>
        <translation>Kontroller norske identifikatorar (fødselsnummer, D-nummer, orgnr, HPR ...)</translation>
    </message>
    <message>
        <source>Force the kind of number: person, duf, orgnr or hpr.</source>
        <translation>Bestem typen nummer: person, duf, orgnr eller hpr.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjelpa.</translation>
    </message>
    <message>
        <source>Numbers to check; "-" reads one number per line from standard input.</source>
        <translation>Nummer som skal kontrollerast; «-» les eitt nummer per linje frå standard inn.</translation>
    </message>
    <message>
        <source>Unknown --type "%1": use person, duf, orgnr or hpr.</source>
        <translation>Ukjend --type «%1»: bruk person, duf, orgnr eller hpr.</translation>
    </message>
    <message>
        <source>check-id needs at least one number.</source>
        <translation>check-id treng minst eitt nummer.</translation>
    </message>
    <message>
        <source>Usage: meldeklient-cli [--lang nb|nn|en] COMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation>Bruk: meldeklient-cli [--lang nb|nn|en] KOMMANDO [VAL] [ARGUMENT]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoar:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Generelle val:</translation>
    </message>
    <message>
        <source>Show this help, or a command's help</source>
        <translation>Vis denne hjelpa, eller hjelpa for ein kommando</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Vis versjonen</translation>
    </message>
    <message>
        <source>Language of messages: nb (default), nn or en</source>
        <translation>Språk for meldingar: nb (standard), nn eller en</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 validation failed, 2 usage error.</source>
        <translation>Avslutningsstatus: 0 vellukka, 1 kontroll feila, 2 feil bruk.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Ukjent val: %1</translation>
    </message>
    <message>
        <source>Unsupported language "%1": use nb, nn or en.</source>
        <translation>Språket «%1» er ikkje støtta: bruk nb, nn eller en.</translation>
    </message>
    <message>
        <source>Unknown command "%1". Run meldeklient-cli --help.</source>
        <translation>Ukjend kommando «%1». Køyr meldeklient-cli --help.</translation>
    </message>
    <message>
        <source>Import code lists (ICD-10 ...), search ICD-10, show what is loaded</source>
        <translation>Importer kodelister (ICD-10 ...), søk i ICD-10, vis kva som er lasta inn</translation>
    </message>
    <message>
        <source>codes needs a sub-command: import, search or info.</source>
        <translation>codes treng ein underkommando: import, search eller info.</translation>
    </message>
    <message>
        <source>Code system URL or Volven number for a plain code;text CSV file.</source>
        <translation>URL til kodeverket eller Volven-nummer for ei enkel CSV-fil i formatet code;text.</translation>
    </message>
    <message>
        <source>Version to record for a plain CSV file or the Iris tables.</source>
        <translation>Versjon som skal lagrast for ei enkel CSV-fil eller for Iris-tabellane.</translation>
    </message>
    <message>
        <source>codes import needs at least one file.</source>
        <translation>codes import treng minst éi fil.</translation>
    </message>
    <message>
        <source>Number of results (default 20).</source>
        <translation>Tal på treff (standard 20).</translation>
    </message>
    <message>
        <source>Code list to search (default ICD-10, 7110).</source>
        <translation>Kodeliste det skal søkjast i (standard ICD-10, 7110).</translation>
    </message>
    <message>
        <source>codes search needs a query and a positive --limit.</source>
        <translation>codes search treng eit søkjeord og ein positiv --limit.</translation>
    </message>
    <message>
        <source>No code list %1 is imported; run codes import first.</source>
        <translation>Kodelista %1 er ikkje importert; køyr codes import først.</translation>
    </message>
    <message>
        <source>Cannot validate: %1</source>
        <translation>Kan ikkje kontrollere: %1</translation>
    </message>
    <message>
        <source>Check a death notification (FHIR Bundle) with all rules</source>
        <translation>Kontroller ei dødsmelding (FHIR Bundle) mot alle reglar</translation>
    </message>
    <message>
        <source>Environment whose rules apply: sandbox (default) or test accept synthetic test numbers, production does not.</source>
        <translation>Miljøet med reglane som skal gjelde: sandbox (standard) og test godtek syntetiske testnummer, production gjer det ikkje.</translation>
    </message>
    <message>
        <source>FHIR R4 Bundle (type collection) with a Patient and a QuestionnaireResponse.</source>
        <translation>FHIR R4 Bundle (type collection) med ein Patient og ein QuestionnaireResponse.</translation>
    </message>
    <message>
        <source>Unknown environment "%1": use sandbox, test or production.</source>
        <translation>Ukjent miljø «%1»: bruk sandbox, test eller production.</translation>
    </message>
    <message>
        <source>validate needs exactly one FILE.</source>
        <translation>validate treng nøyaktig éin FILE.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>A cached code list is damaged (%1) and was ignored; import it again.</source>
        <translation>Ei mellomlagra kodeliste er skadd (%1) og vart ikkje brukt; importer ho på nytt.</translation>
    </message>
    <message>
        <source>A cached code list was written by another version of Meldeklient and was ignored; import it again.</source>
        <translation>Ei mellomlagra kodeliste er laga av ein annan versjon av Meldeklient og vart ikkje brukt; importer ho på nytt.</translation>
    </message>
    <message>
        <source>The code list could not be saved: %1</source>
        <translation>Kodelista kunne ikkje lagrast: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikkje lese %1: %2</translation>
    </message>
    <message>
        <source>%1 holds only ICD-10 restrictions; import %2 from the same folder instead.</source>
        <translation>%1 inneheld berre avgrensingar for ICD-10; importer %2 frå same mappe i staden.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file as UTF-8.</source>
        <translation>Linje %1 er ikkje gyldig UTF-8-tekst. Lagre fila som UTF-8.</translation>
    </message>
    <message>
        <source>Line %1, field %2: misplaced or unterminated double quote.</source>
        <translation>Linje %1, felt %2: eit dobbelt hermeteikn står på feil stad eller manglar avslutning.</translation>
    </message>
    <message>
        <source>%1 has no system.</source>
        <translation>%1 manglar system.</translation>
    </message>
    <message>
        <source>%1 has no code.</source>
        <translation>%1 manglar kode.</translation>
    </message>
    <message>
        <source>%1: code %2 appears more than once.</source>
        <translation>%1: koden %2 finst fleire gonger.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1: %2).</source>
        <translation>Fila er ikkje gyldig JSON (linje %1: %2).</translation>
    </message>
    <message>
        <source>resourceType must be CodeSystem or ValueSet.</source>
        <translation>resourceType må vere CodeSystem eller ValueSet.</translation>
    </message>
    <message>
        <source>The %1 has no url.</source>
        <translation>%1 manglar url.</translation>
    </message>
    <message>
        <source>%1 includes a whole system or a filter; only listed concepts can be imported.</source>
        <translation>%1 tek med eit heilt kodeverk eller eit filter; berre kodar som er lista opp enkeltvis, kan importerast.</translation>
    </message>
    <message>
        <source>The %1 lists no codes.</source>
        <translation>%1 inneheld ingen kodar.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n dag</numerusform><numerusform>%n dagar</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n år</numerusform><numerusform>%n år</numerusform></translation>
    </message>
    <message>
        <source>%1 is not a code in the ICD-10 list (version %2).</source>
        <translation>%1 er ikkje ein kode i ICD-10-kodelista (versjon %2).</translation>
    </message>
    <message>
        <source>%1 is an asterisk code for a manifestation and cannot be a cause of death; use the code of the underlying disease.</source>
        <translation>%1 er ein stjernekode for ein manifestasjon og kan ikkje vere dødsårsak; bruk koden for den underliggjande sjukdomen.</translation>
    </message>
    <message>
        <source>%1 is not valid for deaths in %2.</source>
        <translation>%1 er ikkje gyldig for dødsfall i %2.</translation>
    </message>
    <message>
        <source>%1 applies to women only.</source>
        <translation>%1 gjeld berre kvinner.</translation>
    </message>
    <message>
        <source>%1 applies to men only.</source>
        <translation>%1 gjeld berre menn.</translation>
    </message>
    <message>
        <source>%1 is expected only at ages from %2 to %3.</source>
        <translation>%1 er berre venta i alderen %2 til %3.</translation>
    </message>
    <message>
        <source>%1 is expected only at ages from %2.</source>
        <translation>%1 er berre venta frå alderen %2.</translation>
    </message>
    <message>
        <source>%1 is a rare disease; confirm the diagnosis.</source>
        <translation>%1 er ein sjeldan sjukdom; stadfest diagnosen.</translation>
    </message>
    <message>
        <source>%1 should not be the underlying cause of death; on the line below, state the disease or external cause that led to it.</source>
        <translation>%1 bør ikkje vere underliggjande dødsårsak; oppgje på linja under sjukdomen eller den ytre årsaka som førte til dette.</translation>
    </message>
    <message>
        <source>%1 is an ill-defined condition; if known, state the disease or injury that caused it.</source>
        <translation>%1 er ein dårleg definert tilstand; oppgje sjukdomen eller skaden som førte til tilstanden, om det er kjent.</translation>
    </message>
    <message>
        <source>%1: the header has no column %2.</source>
        <translation>%1: overskriftsrada manglar kolonnen %2.</translation>
    </message>
    <message>
        <source>%1, line %2: column %3 has an unexpected value.</source>
        <translation>%1, linje %2: kolonnen %3 har ein uventa verdi.</translation>
    </message>
    <message>
        <source>%1 has no codes.</source>
        <translation>%1 inneheld ingen kodar.</translation>
    </message>
    <message>
        <source>%1, line %2 has %3 fields; the header has %4.</source>
        <translation>%1, linje %2 har %3 felt; overskriftsrada har %4.</translation>
    </message>
    <message>
        <source>%1, line %2 has no code.</source>
        <translation>%1, linje %2 manglar kode.</translation>
    </message>
    <message>
        <source>%1, line %2: code %3 appears more than once.</source>
        <translation>%1, linje %2: koden %3 finst fleire gonger.</translation>
    </message>
    <message>
        <source>A code system URL is needed to import a plain CSV file.</source>
        <translation>URL til kodeverket må oppgjevast for å importere ei enkel CSV-fil.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; expected code;text.</source>
        <translation>Linje %1 har %2 felt; venta format er code;text.</translation>
    </message>
    <message>
        <source>Line %1 has no code.</source>
        <translation>Linje %1 manglar kode.</translation>
    </message>
    <message>
        <source>Line %1: code %2 appears more than once.</source>
        <translation>Linje %1: koden %2 finst fleire gonger.</translation>
    </message>
    <message>
        <source>The file lists no codes.</source>
        <translation>Fila inneheld ingen kodar.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Birth date and sex were read from the number.</source>
        <translation>Fødselsdato og kjønn er lesne ut av nummeret.</translation>
    </message>
    <message>
        <source>The number follows the 2032 rules: birth date and sex cannot be read from it. Use Folkeregisteret.</source>
        <translation>Nummeret følgjer reglane frå 2032: fødselsdato og kjønn kan ikkje lesast ut av det. Bruk Folkeregisteret.</translation>
    </message>
    <message>
        <source>This kind of number carries no birth date or sex.</source>
        <translation>Denne typen nummer inneheld ikkje fødselsdato eller kjønn.</translation>
    </message>
    <message>
        <source>The century of birth cannot be read from this number. Use Folkeregisteret.</source>
        <translation>Fødselshundreåret kan ikkje lesast ut av dette nummeret. Bruk Folkeregisteret.</translation>
    </message>
    <message>
        <source>No number was entered.</source>
        <translation>Det er ikkje skrive inn noko nummer.</translation>
    </message>
    <message>
        <source>The number has the wrong number of digits.</source>
        <translation>Nummeret har feil tal på siffer.</translation>
    </message>
    <message>
        <source>The number may only contain digits.</source>
        <translation>Nummeret kan berre innehalde siffer.</translation>
    </message>
    <message>
        <source>Only one separator is allowed, between the date and the individual number.</source>
        <translation>Berre eitt skiljeteikn er tillate, mellom datoen og individnummeret.</translation>
    </message>
    <message>
        <source>The first six digits are not a real date.</source>
        <translation>Dei seks første sifra er ikkje ein gyldig dato.</translation>
    </message>
    <message>
        <source>The first check digit is wrong. Check for a typing error.</source>
        <translation>Det første kontrollsifferet er feil. Sjå etter ein skrivefeil.</translation>
    </message>
    <message>
        <source>The second check digit is wrong. Check for a typing error.</source>
        <translation>Det andre kontrollsifferet er feil. Sjå etter ein skrivefeil.</translation>
    </message>
    <message>
        <source>The check digit is wrong. Check for a typing error.</source>
        <translation>Kontrollsifferet er feil. Sjå etter ein skrivefeil.</translation>
    </message>
    <message>
        <source>The number cannot consist of zeros only.</source>
        <translation>Nummeret kan ikkje berre vere nullar.</translation>
    </message>
    <message>
        <source>national identity number (fødselsnummer)</source>
        <translation>fødselsnummer</translation>
    </message>
    <message>
        <source>D number</source>
        <translation>D-nummer</translation>
    </message>
    <message>
        <source>H number</source>
        <translation>H-nummer</translation>
    </message>
    <message>
        <source>common auxiliary number (FH number)</source>
        <translation>felles hjelpenummer (FH-nummer)</translation>
    </message>
    <message>
        <source>synthetic test number</source>
        <translation>syntetisk testnummer</translation>
    </message>
    <message>
        <source>synthetic test D number</source>
        <translation>syntetisk test-D-nummer</translation>
    </message>
    <message>
        <source>DUF number</source>
        <translation>DUF-nummer</translation>
    </message>
    <message>
        <source>organisation number</source>
        <translation>organisasjonsnummer</translation>
    </message>
    <message>
        <source>HPR number</source>
        <translation>HPR-nummer</translation>
    </message>
    <message>
        <source>unknown identifier</source>
        <translation>ukjend identifikator</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::IdentifierField</name>
    <message>
        <source>11 digits, e.g. 240472 30752</source>
        <translation>11 siffer, t.d. 240472 30752</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>fødd %1</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::MainWindow</name>
    <message>
        <source>Meldeklient</source>
        <translation>Meldeklient</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Melding om dødsfall og dødsårsak&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Melding om dødsfall og dødsårsak&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Start with the deceased's national identity number (fødselsnummer) or D number.</source>
        <translation>Start med fødselsnummeret eller D-nummeret til den avdøde.</translation>
    </message>
    <message>
        <source>Fødselsnummer or D number:</source>
        <translation>Fødselsnummer eller D-nummer:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>Sandbox environment: nothing is sent to the national registries.</source>
        <translation>Sandkassemiljø: ingenting blir sendt til dei nasjonale registera.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Line %1 has both an ICD-10 code and free text. Keep one of them.</source>
        <translation>Linje %1 har både ICD-10-kode og fritekst. Behald berre éin av dei.</translation>
    </message>
    <message>
        <source>Line A (the immediate cause of death) must be filled in, as an ICD-10 code or as text.</source>
        <translation>Linje A (umiddelbar dødsårsak) må fyllast ut, som ICD-10-kode eller som tekst.</translation>
    </message>
    <message>
        <source>Line A needs the approximate time between onset and death.</source>
        <translation>Linje A må ha omtrentleg tid mellom sjukdomsdebut og død.</translation>
    </message>
    <message>
        <source>Line %1 has no time between onset and death. Add it if it is known, or choose "Ukjent".</source>
        <translation>Linje %1 manglar tid mellom sjukdomsdebut og død. Fyll ho inn om ho er kjend, eller vel «Ukjent».</translation>
    </message>
    <message>
        <source>Line %1 has a time interval but no cause.</source>
        <translation>Linje %1 har tidsintervall, men inga årsak.</translation>
    </message>
    <message>
        <source>Line %1 is filled in below an empty line. Fill the lines from A downwards without gaps.</source>
        <translation>Linje %1 er fylt ut under ei tom linje. Fyll ut linjene frå A og nedover utan hol.</translation>
    </message>
    <message>
        <source>Line A names a mode of dying (such as cardiac arrest or cardiorespiratory failure) and nothing below it. Give the disease or injury that led to it on the lines below.</source>
        <translation>Linje A oppgjev ein dødsmåte (som hjartestans eller kardiorespiratorisk svikt) utan noko under. Oppgje sjukdomen eller skaden som førte til han på linjene under.</translation>
    </message>
    <message>
        <source>Line %1 has a shorter time since onset than line %2 above it, although line %2 is a consequence of it. Check the order of the lines or the intervals.</source>
        <translation>Linje %1 har kortare tid sidan debut enn linje %2 over, sjølv om linje %2 er ei følgje av ho. Kontroller rekkjefølgja på linjene eller tidsintervalla.</translation>
    </message>
    <message>
        <source>The date of death is in the future.</source>
        <translation>Dødsdatoen er fram i tid.</translation>
    </message>
    <message>
        <source>The date of death is before the date of birth.</source>
        <translation>Dødsdatoen er før fødselsdatoen.</translation>
    </message>
    <message>
        <source>The injury date is after the date of death.</source>
        <translation>Skadedatoen er etter dødsdatoen.</translation>
    </message>
    <message>
        <source>The injury date is before the date of birth.</source>
        <translation>Skadedatoen er før fødselsdatoen.</translation>
    </message>
    <message>
        <source>The operation date is after the date of death.</source>
        <translation>Operasjonsdatoen er etter dødsdatoen.</translation>
    </message>
    <message>
        <source>The operation date is before the date of birth.</source>
        <translation>Operasjonsdatoen er før fødselsdatoen.</translation>
    </message>
    <message>
        <source>%1 is an injury or poisoning code. Answer "Ja" to injury or poisoning and describe when, where and how it happened.</source>
        <translation>%1 er ein skade- eller forgiftingskode. Svar «Ja» på skade eller forgifting, og skildre når, kvar og korleis det skjedde.</translation>
    </message>
    <message>
        <source>Accident, suicide and homicide are deaths from injury or poisoning. Answer "Ja" to injury or poisoning and describe it.</source>
        <translation>Ulukke, sjølvmord og drap er dødsfall etter skade eller forgifting. Svar «Ja» på skade eller forgifting, og skildre han.</translation>
    </message>
    <message>
        <source>A death from injury, poisoning, accident, suicide or homicide is an unnatural death. Answer "Ja" to whether the death can be considered unnatural.</source>
        <translation>Dødsfall etter skade, forgifting, ulukke, sjølvmord eller drap er unaturlege dødsfall. Svar «Ja» på om dødsfallet kan reknast som unaturleg.</translation>
    </message>
    <message>
        <source>Notify the police as soon as possible (tel. 02800), cf. helsepersonelloven § 36 third paragraph, and send the signed legeerklæring to the police.</source>
        <translation>Gje politiet beskjed så snart som mogleg (tlf. 02800), jf. helsepersonellova § 36 tredje ledd, og send signert legeerklæring til politiet.</translation>
    </message>
    <message>
        <source>The resource is not a FHIR Patient.</source>
        <translation>Ressursen er ikkje ein FHIR Patient.</translation>
    </message>
    <message>
        <source>Patient.identifier must be a list.</source>
        <translation>Patient.identifier må vere ei liste.</translation>
    </message>
    <message>
        <source>Patient.identifier.value must be text.</source>
        <translation>Patient.identifier.value må vere tekst.</translation>
    </message>
    <message>
        <source>Patient.birthDate is not a valid date.</source>
        <translation>Patient.birthDate er ikkje ein gyldig dato.</translation>
    </message>
    <message>
        <source>Patient.gender must be female, male, other or unknown.</source>
        <translation>Patient.gender må vere female, male, other eller unknown.</translation>
    </message>
    <message>
        <source>Patient.deceasedDateTime is not a valid FHIR date or dateTime.</source>
        <translation>Patient.deceasedDateTime er ikkje ein gyldig FHIR-dato eller -tid.</translation>
    </message>
    <message>
        <source>The number is an auxiliary number (%1), which cannot be used in a death notification. Use the person's fødselsnummer or D-nummer, or report the person as having no Norwegian number.</source>
        <translation>Nummeret er eit hjelpenummer (%1), som ikkje kan brukast i dødsmeldinga. Bruk fødselsnummeret eller D-nummeret til personen, eller meld personen som utan norsk nummer.</translation>
    </message>
    <message>
        <source>The fødselsnummer or D-nummer is not valid: %1</source>
        <translation>Fødselsnummeret eller D-nummeret er ikkje gyldig: %1</translation>
    </message>
    <message>
        <source>This is a synthetic test number. It can only be used in the test and sandbox environments.</source>
        <translation>Dette er eit syntetisk testnummer. Det kan berre brukast i test- og sandkassemiljøet.</translation>
    </message>
    <message>
        <source>The number is a %1, but it is marked as another kind of number. It will be sent as a %1.</source>
        <translation>Nummeret er eit %1, men er merkt som ein annan type nummer. Det blir sendt som %1.</translation>
    </message>
    <message>
        <source>The sex given does not match the sex in the fødselsnummer. Check the person's identity.</source>
        <translation>Oppgitt kjønn stemmer ikkje med kjønnet i fødselsnummeret. Kontroller identiteten til personen.</translation>
    </message>
    <message>
        <source>The birth date given does not match the birth date in the fødselsnummer. Check the person's identity.</source>
        <translation>Oppgitt fødselsdato stemmer ikkje med fødselsdatoen i fødselsnummeret. Kontroller identiteten til personen.</translation>
    </message>
    <message>
        <source>Choose the kind of identification document (for example passport or DUF number).</source>
        <translation>Vel type identifikasjon (til dømes pass eller DUF-nummer).</translation>
    </message>
    <message>
        <source>A fødselsnummer or D-nummer must be given as the person's Norwegian number, not as a foreign identification.</source>
        <translation>Fødselsnummer eller D-nummer skal oppgjevast som det norske nummeret til personen, ikkje som utanlandsk identifikasjon.</translation>
    </message>
    <message>
        <source>Enter the number of the identification document.</source>
        <translation>Skriv inn nummeret på identifikasjonen.</translation>
    </message>
    <message>
        <source>A person without a Norwegian number needs a family name and at least one given name.</source>
        <translation>Ein person utan norsk nummer må ha etternamn og minst eitt førenamn.</translation>
    </message>
    <message>
        <source>A person without a Norwegian number needs a birth date.</source>
        <translation>Ein person utan norsk nummer må ha fødselsdato.</translation>
    </message>
    <message>
        <source>A person without a Norwegian number needs a sex.</source>
        <translation>Ein person utan norsk nummer må ha kjønn.</translation>
    </message>
    <message>
        <source>Choose the country where the person lived.</source>
        <translation>Vel landet der personen budde.</translation>
    </message>
    <message>
        <source>The country must be a two-letter ISO 3166 code, for example SE, DK or DE.</source>
        <translation>Landet må vere ein tobokstavs ISO 3166-kode, til dømes SE, DK eller DE.</translation>
    </message>
    <message>
        <source>Enter the deceased's fødselsnummer or D-nummer.</source>
        <translation>Skriv inn fødselsnummeret eller D-nummeret til den avdøde.</translation>
    </message>
    <message>
        <source>Enter the date of death.</source>
        <translation>Skriv inn dødsdatoen.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at character %2).</source>
        <translation>Fila er ikkje gyldig JSON (%1 ved teikn %2).</translation>
    </message>
    <message>
        <source>The file is not a FHIR Bundle.</source>
        <translation>Fila er ikkje ein FHIR Bundle.</translation>
    </message>
    <message>
        <source>The Bundle must be of type "collection".</source>
        <translation>Bundle-ressursen må vere av typen "collection".</translation>
    </message>
    <message>
        <source>The Bundle has no entries.</source>
        <translation>Bundle-ressursen har ingen oppføringar (entry).</translation>
    </message>
    <message>
        <source>The Bundle must hold exactly one Patient (found %1).</source>
        <translation>Bundle-ressursen må innehalde nøyaktig éin Patient (fann %1).</translation>
    </message>
    <message>
        <source>The Bundle must hold exactly one QuestionnaireResponse (found %1).</source>
        <translation>Bundle-ressursen må innehalde nøyaktig éin QuestionnaireResponse (fann %1).</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>The value is not a date, date and time, or time.</source>
        <translation>Verdien er ikkje ein dato, dato med klokkeslett eller klokkeslett.</translation>
    </message>
    <message>
        <source>"%1" is not a valid FHIR %2.</source>
        <translation>«%1» er ikkje gyldig som FHIR %2.</translation>
    </message>
    <message>
        <source>"%1" is not a calendar date.</source>
        <translation>«%1» er ikkje ein gyldig kalenderdato.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are given; only one is allowed.</source>
        <translation>Både %1 og %2 har ein verdi; berre ein av dei kan brukast.</translation>
    </message>
    <message>
        <source>No %1[x] value is given.</source>
        <translation>Det manglar verdi for %1[x].</translation>
    </message>
    <message>
        <source>%1 is not a supported value type.</source>
        <translation>%1 er ikkje ein støtta verditype.</translation>
    </message>
    <message>
        <source>%1 has an invalid member "%2".</source>
        <translation>%1 har eit ugyldig felt «%2».</translation>
    </message>
    <message>
        <source>%1 does not hold a valid value.</source>
        <translation>%1 har ikkje ein gyldig verdi.</translation>
    </message>
    <message>
        <source>Unsupported FHIRPath: %1.</source>
        <translation>FHIRPath-uttrykket er ikkje støtta: %1.</translation>
    </message>
    <message>
        <source>FHIRPath syntax error at position %1: %2.</source>
        <translation>Syntaksfeil i FHIRPath ved posisjon %1: %2.</translation>
    </message>
    <message>
        <source>The form file %1 cannot be read.</source>
        <translation>Skjemafila %1 kan ikkje lesast.</translation>
    </message>
    <message>
        <source>Invalid Questionnaire at %1: %2</source>
        <translation>Ugyldig Questionnaire ved %1: %2</translation>
    </message>
    <message>
        <source>The form is not a JSON object (offset %1).</source>
        <translation>Skjemaet er ikkje eit JSON-objekt (posisjon %1).</translation>
    </message>
    <message>
        <source>The resource is not a Questionnaire.</source>
        <translation>Ressursen er ikkje ein Questionnaire.</translation>
    </message>
    <message>
        <source>Invalid QuestionnaireResponse at %1: %2</source>
        <translation>Ugyldig QuestionnaireResponse ved %1: %2</translation>
    </message>
    <message>
        <source>The response is not a JSON object (offset %1).</source>
        <translation>Skjemasvaret er ikkje eit JSON-objekt (posisjon %1).</translation>
    </message>
    <message>
        <source>The resource is not a QuestionnaireResponse.</source>
        <translation>Ressursen er ikkje ein QuestionnaireResponse.</translation>
    </message>
    <message>
        <source>This field must be filled in.</source>
        <translation>Dette feltet må fyllast ut.</translation>
    </message>
    <message>
        <source>A rule of the form is not met: %1</source>
        <translation>Ein regel i skjemaet er ikkje oppfylt: %1</translation>
    </message>
    <message>
        <source>Only one answer is allowed here.</source>
        <translation>Her er berre eitt svar tillate.</translation>
    </message>
    <message>
        <source>The answer has the wrong kind of value for this field.</source>
        <translation>Svaret har feil type verdi for dette feltet.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>Teksten er lengre enn %1 teikn.</translation>
    </message>
    <message>
        <source>The answer does not have the expected format.</source>
        <translation>Svaret har ikkje venta format.</translation>
    </message>
    <message>
        <source>The answer is not one of the options.</source>
        <translation>Svaret er ikkje blant svaralternativa.</translation>
    </message>
    <message>
        <source>The code is not in the code list.</source>
        <translation>Koden finst ikkje i kodelista.</translation>
    </message>
    <message>
        <source>The code could not be found in the code list; check that the list is up to date.</source>
        <translation>Koden vart ikkje funnen i kodelista; kontroller at lista er oppdatert.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The system keychain cannot be used, so the sign-in and keys will not be remembered after you close Meldeklient.</source>
        <translation>Nøkkelringen i systemet kan ikkje brukast, så innlogginga og nøklane blir ikkje hugsa etter at du lukkar Meldeklient.</translation>
    </message>
    <message>
        <source>No saved secret was found in the keychain.</source>
        <translation>Fann inga lagra løyndom i nøkkelringen.</translation>
    </message>
    <message>
        <source>The keychain could not complete the operation.</source>
        <translation>Nøkkelringen kunne ikkje fullføre operasjonen.</translation>
    </message>
</context>
</TS>
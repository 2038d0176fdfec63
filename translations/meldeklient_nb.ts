<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Api</name>
    <message>
        <source>No address is configured for the national API in this environment (set MELDEKLIENT_API_BASE_URL).</source>
        <translation>Ingen adresse er satt opp for det nasjonale API-et i dette miljøet (sett MELDEKLIENT_API_BASE_URL).</translation>
    </message>
    <message>
        <source>The national API address is not a valid base URL.</source>
        <translation>Adressen til det nasjonale API-et er ikke en gyldig basis-URL.</translation>
    </message>
    <message>
        <source>A fødselsnummer or D-nummer has 11 digits.</source>
        <translation>Et fødselsnummer eller D-nummer har 11 siffer.</translation>
    </message>
    <message>
        <source>The stored submission does not match its outbox item.</source>
        <translation>Den lagrede innsendingen samsvarer ikke med oppføringen i utboksen.</translation>
    </message>
    <message>
        <source>The causes of death need the registry&apos;s id of the death.</source>
        <translation>Dødsårsakene trenger ID-en som registeret har gitt dødsfallet (dødsfallId).</translation>
    </message>
    <message>
        <source>This kind of submission cannot be sent with the %1 API.</source>
        <translation>Denne typen innsending kan ikke sendes via API-et %1.</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(ingen beskrivelse)</translation>
    </message>
    <message>
        <source>The registry answered %1.</source>
        <translation>Registeret svarte %1.</translation>
    </message>
    <message>
        <source>This submission has no step &quot;%1&quot;.</source>
        <translation>Denne innsendingen har ikke noe steg «%1».</translation>
    </message>
    <message>
        <source>The PractitionerRole step has not given an id.</source>
        <translation>Steget PractitionerRole har ikke gitt noen ID.</translation>
    </message>
    <message>
        <source>The registry did not answer with a %1.</source>
        <translation>Registeret svarte ikke med %1.</translation>
    </message>
    <message>
        <source>The registry&apos;s %1 has no id.</source>
        <translation>%1 fra registeret har ingen ID.</translation>
    </message>
    <message>
        <source>The person lookup answer is not a FHIR Bundle.</source>
        <translation>Svaret på personoppslaget er ikke en FHIR Bundle.</translation>
    </message>
    <message>
        <source>A person in the lookup answer has no identifier.</source>
        <translation>En person i svaret på oppslaget har ingen identifikator.</translation>
    </message>
    <message>
        <source>The answer type %1 cannot be sent to the REST API.</source>
        <translation>Svartypen %1 kan ikke sendes til REST-API-et.</translation>
    </message>
    <message>
        <source>An answer has no value.</source>
        <translation>Et svar mangler verdi.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer has no %1.</source>
        <translation>Svaret fra registeret mangler %1.</translation>
    </message>
    <message>
        <source>The person lookup answer has no list of persons.</source>
        <translation>Svaret på personoppslaget har ingen liste over personer.</translation>
    </message>
    <message>
        <source>The outbox is already being sent.</source>
        <translation>Utboksen blir allerede sendt.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer could not be read (%1); it will be asked again.</source>
        <translation>Svaret fra registeret kunne ikke leses (%1); registeret blir spurt på nytt.</translation>
    </message>
    <message>
        <source>Please sign in again to send notifications.</source>
        <translation>Logg inn på nytt for å sende meldinger.</translation>
    </message>
    <message>
        <source>The registry could not be reached: %1</source>
        <translation>Fikk ikke kontakt med registeret: %1</translation>
    </message>
    <message>
        <source>The signed-in person may not send this notification. A physician who may must sign in.</source>
        <translation>Den innloggede personen har ikke rett til å sende denne meldingen. En lege som har rett til det, må logge inn.</translation>
    </message>
    <message>
        <source>The registry is busy or unavailable (%1); it will be tried again.</source>
        <translation>Registeret er opptatt eller utilgjengelig (%1); det blir forsøkt på nytt.</translation>
    </message>
    <message>
        <source>The registry refused the notification (%1). See its message.</source>
        <translation>Registeret avviste meldingen (%1). Se tilbakemeldingen fra registeret.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer (%1).</source>
        <translation>Registeret ga et uventet svar (%1).</translation>
    </message>
    <message>
        <source>Unknown kind of submission.</source>
        <translation>Ukjent type innsending.</translation>
    </message>
    <message>
        <source>The reporting physician&apos;s contact details (PractitionerRole) are missing.</source>
        <translation>Kontaktopplysningene til meldende lege (PractitionerRole) mangler.</translation>
    </message>
    <message>
        <source>The deceased person&apos;s identifier is missing.</source>
        <translation>Identifikatoren til den avdøde mangler.</translation>
    </message>
    <message>
        <source>The time of death (Patient.deceasedDateTime) is missing.</source>
        <translation>Dødstidspunktet (Patient.deceasedDateTime) mangler.</translation>
    </message>
    <message>
        <source>The cause-of-death answers are missing.</source>
        <translation>Svarene om dødsårsak mangler.</translation>
    </message>
    <message>
        <source>The version of the cause-of-death form is missing.</source>
        <translation>Versjonen av dødsårsaksskjemaet mangler.</translation>
    </message>
    <message>
        <source>A reason for withdrawing the death notification is needed.</source>
        <translation>Det må oppgis en begrunnelse for å annullere dødsmeldingen.</translation>
    </message>
    <message>
        <source>The stored submission is not readable.</source>
        <translation>Den lagrede innsendingen kan ikke leses.</translation>
    </message>
    <message>
        <source>The stored data is not a Meldeklient submission.</source>
        <translation>De lagrede dataene er ikke en innsending fra Meldeklient.</translation>
    </message>
    <message>
        <source>The stored submission has version %1, which this version of Meldeklient cannot send.</source>
        <translation>Den lagrede innsendingen har versjon %1, som denne versjonen av Meldeklient ikke kan sende.</translation>
    </message>
    <message>
        <source>The stored submission has members of the wrong type.</source>
        <translation>Den lagrede innsendingen har felt av feil type.</translation>
    </message>
    <message>
        <source>Unknown API transport &quot;%1&quot;; known: %2.</source>
        <translation>Ukjent API-transport «%1»; kjente: %2.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer is not a JSON object.</source>
        <translation>Svaret fra registeret er ikke et JSON-objekt.</translation>
    </message>
    <message>
        <source>The notification is too large for the registry. Shorten the longest free-text fields and submit it again.</source>
        <translation>Meldingen er for stor for registeret. Gjør de lengste fritekstfeltene kortere og send den inn på nytt.</translation>
    </message>
    <message>
        <source>The registry refused the request&apos;s security proof, although a fresh one was made. This usually means that this computer&apos;s date and time are wrong: set them to be updated automatically. The notification stays in the outbox and is sent again later.</source>
        <translation>Registeret avviste forespørselens sikkerhetsbevis, selv om et nytt ble laget. Det betyr som regel at datoen og klokkeslettet på denne datamaskinen er feil: still dem til å oppdateres automatisk. Meldingen blir liggende i utboksen og sendes på nytt senere.</translation>
    </message>
    <message>
        <source>The registry did not accept your HelseID sign-in, even after it was renewed. Sign in again (meldeklient-cli login, or Sign in in the app); nothing is lost. If it happens again, this Meldeklient installation may lack access to the registry: contact your IT department.</source>
        <translation>Registeret godtok ikke HelseID-innloggingen din, heller ikke etter at den ble fornyet. Logg inn på nytt (meldeklient-cli login, eller Logg inn i appen); ingenting går tapt. Skjer det igjen, kan denne Meldeklient-installasjonen mangle tilgang til registeret: kontakt IT-avdelingen.</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Ugyldig forespørsel</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Ikke autentisert</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Ingen tilgang</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Ikke funnet</translation>
    </message>
    <message>
        <source>Request Timeout</source>
        <translation>Tidsavbrudd for forespørselen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Finnes ikke lenger</translation>
    </message>
    <message>
        <source>Content Too Large</source>
        <translation>Innholdet er for stort</translation>
    </message>
    <message>
        <source>Unprocessable Content</source>
        <translation>Innholdet kan ikke behandles</translation>
    </message>
    <message>
        <source>Too Early</source>
        <translation>For tidlig</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>For mange forespørsler</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Intern feil hos tjeneren</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Feil i mellomliggende tjener</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Tjenesten er utilgjengelig</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Tidsavbrudd i mellomliggende tjener</translation>
    </message>
    <message>
        <source>Folkeregisteret&apos;s decision feed is not readable (event %1: %2).</source>
        <translation>Vedtaksstrømmen fra Folkeregisteret kan ikke leses (hendelse %1: %2).</translation>
    </message>
    <message>
        <source>Folkeregisteret&apos;s decision feed is not a JSON list of events.</source>
        <translation>Vedtaksstrømmen fra Folkeregisteret er ikke en JSON-liste med hendelser.</translation>
    </message>
    <message>
        <source>No address is configured for Folkeregisteret in this environment (set FolkeregisteretUrl).</source>
        <translation>Ingen adresse er satt opp for Folkeregisteret i dette miljøet (sett FolkeregisteretUrl).</translation>
    </message>
    <message>
        <source>The Folkeregisteret address is not a valid base URL.</source>
        <translation>Adressen til Folkeregisteret er ikke en gyldig basis-URL.</translation>
    </message>
    <message>
        <source>Folkeregisteret refused the organisation certificate. IT must check that the certificate is valid and registered with Skatteetaten for this organisation.</source>
        <translation>Folkeregisteret avviste virksomhetssertifikatet. IT må kontrollere at sertifikatet er gyldig og registrert hos Skatteetaten for denne virksomheten.</translation>
    </message>
    <message>
        <source>Folkeregisteret&apos;s decision feed could not be read: %1</source>
        <translation>Vedtaksstrømmen fra Folkeregisteret kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>The stored birth notification is not a foedselsmelding with a message id.</source>
        <translation>Den lagrede fødselsmeldingen er ikke en foedselsmelding med meldingsidentifikator.</translation>
    </message>
    <message>
        <source>the answer is not a meldingMottatt receipt</source>
        <translation>svaret er ikke en meldingMottatt-kvittering</translation>
    </message>
    <message>
        <source>the receipt is not well-formed XML</source>
        <translation>kvitteringen er ikke velformet XML</translation>
    </message>
    <message>
        <source>the receipt has no folkeregisterReferanse</source>
        <translation>kvitteringen mangler folkeregisterReferanse</translation>
    </message>
    <message>
        <source>the receipt is for another message</source>
        <translation>kvitteringen gjelder en annen melding</translation>
    </message>
    <message>
        <source>The organisation certificate %1 (BirthCertificateFile) does not exist. IT must install it there or correct the setting.</source>
        <translation>Virksomhetssertifikatet %1 (BirthCertificateFile) finnes ikke. IT må installere det der eller rette innstillingen.</translation>
    </message>
    <message>
        <source>The organisation certificate %1 cannot be read as a PKCS#12 file with a certificate and its private key. IT must check the file and its permissions.</source>
        <translation>Virksomhetssertifikatet %1 kan ikke leses som en PKCS#12-fil med sertifikat og privatnøkkel. IT må kontrollere filen og tilgangene til den.</translation>
    </message>
    <message>
        <source>The password of the organisation certificate %1 is missing from the keychain or does not open it. IT must store it with: meldeklient-cli birth-certificate set-password</source>
        <translation>Passordet til virksomhetssertifikatet %1 mangler i nøkkelringen eller åpner det ikke. IT må lagre det med: meldeklient-cli birth-certificate set-password</translation>
    </message>
    <message>
        <source>The CA file %1 (BirthCaFile) holds no PEM certificate. IT must correct or remove the setting.</source>
        <translation>CA-filen %1 (BirthCaFile) inneholder ikke noe PEM-sertifikat. IT må rette eller fjerne innstillingen.</translation>
    </message>
    <message>
        <source>Folkeregisteret is not set up in this environment.</source>
        <translation>Folkeregisteret er ikke satt opp i dette miljøet.</translation>
    </message>
    <message>
        <source>No organisation certificate is set up for Folkeregisteret. IT must install the organisation&apos;s certificate (PKCS#12 file or token) and set BirthCertificateFile to its path or pkcs11: URI.</source>
        <translation>Ingen virksomhetssertifikat er satt opp for Folkeregisteret. IT må installere virksomhetens sertifikat (PKCS#12-fil eller token) og sette BirthCertificateFile til stien eller pkcs11:-URI-en.</translation>
    </message>
    <message>
        <source>BirthCertificateFile is not a usable PKCS#11 URI. IT must name the token and the object, e.g. pkcs11:token=…;object=…, without a PIN (the PIN belongs in the keychain).</source>
        <translation>BirthCertificateFile er ikke en brukbar PKCS#11-URI. IT må angi token og objekt, f.eks. pkcs11:token=…;object=…, uten PIN (PIN-koden hører hjemme i nøkkelringen).</translation>
    </message>
    <message>
        <source>OpenSSL&apos;s PKCS#11 engine is not installed, so the organisation certificate on the token cannot be used. IT must install the package libengine-pkcs11-openssl.</source>
        <translation>PKCS#11-motoren til OpenSSL er ikke installert, så virksomhetssertifikatet på tokenet kan ikke brukes. IT må installere pakken libengine-pkcs11-openssl.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 cannot be loaded. IT must install it (p11-kit-modules for p11-kit&apos;s proxy, or the card vendor&apos;s module) and register the token&apos;s module with p11-kit.</source>
        <translation>PKCS#11-modulen %1 kan ikke lastes. IT må installere den (p11-kit-modules for proxyen til p11-kit, eller kortleverandørens modul) og registrere tokenets modul i p11-kit.</translation>
    </message>
    <message>
        <source>No token matching %1 is present. IT must insert the smart card or connect the HSM, and register its PKCS#11 module with p11-kit.</source>
        <translation>Ingen token som passer til %1, er til stede. IT må sette inn smartkortet eller koble til HSM-en, og registrere PKCS#11-modulen i p11-kit.</translation>
    </message>
    <message>
        <source>The token holds no certificate at %1. IT must correct BirthCertificateFile or put the organisation certificate on the token.</source>
        <translation>Tokenet har ikke noe sertifikat på %1. IT må rette BirthCertificateFile eller legge virksomhetssertifikatet på tokenet.</translation>
    </message>
    <message>
        <source>The token holds no private key at %1. IT must correct BirthCertificateFile or put the organisation certificate&apos;s key on the token.</source>
        <translation>Tokenet har ingen privat nøkkel på %1. IT må rette BirthCertificateFile eller legge nøkkelen til virksomhetssertifikatet på tokenet.</translation>
    </message>
    <message>
        <source>The PIN of the token %1 is missing from the keychain or wrong. IT must store it with: meldeklient-cli birth-certificate set-password</source>
        <translation>PIN-koden til tokenet %1 mangler i nøkkelringen eller er feil. IT må lagre den med: meldeklient-cli birth-certificate set-password</translation>
    </message>
    <message>
        <source>The token %1 has locked its PIN after too many wrong attempts. IT must unlock it with the card&apos;s PUK or the vendor&apos;s tool, then store the PIN again with: meldeklient-cli birth-certificate set-password</source>
        <translation>Tokenet %1 har sperret PIN-koden etter for mange feil forsøk. IT må låse den opp med kortets PUK eller leverandørens verktøy, og så lagre PIN-koden på nytt med: meldeklient-cli birth-certificate set-password</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>The audit trail is not intact at line %1: %2</source>
        <translation>Revisjonsloggen er ikke intakt på linje %1: %2</translation>
    </message>
    <message>
        <source>Only HPR numbers, item ids and codes may be written to the audit trail.</source>
        <translation>Bare HPR-nummer, element-ID-er og koder kan skrives til revisjonsloggen.</translation>
    </message>
    <message>
        <source>The audit trail is in use by another Meldeklient process.</source>
        <translation>Revisjonsloggen brukes av en annen Meldeklient-prosess.</translation>
    </message>
    <message>
        <source>The audit trail %1 cannot be written.</source>
        <translation>Revisjonsloggen %1 kan ikke skrives.</translation>
    </message>
    <message>
        <source>the line cannot be read.</source>
        <translation>linjen kan ikke leses.</translation>
    </message>
    <message>
        <source>The audit trail %1 cannot be read.</source>
        <translation>Revisjonsloggen %1 kan ikke leses.</translation>
    </message>
    <message>
        <source>entry %1 is out of order.</source>
        <translation>oppføring %1 står i feil rekkefølge.</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing.</source>
        <translation>oppføringene %1 til %2 mangler.</translation>
    </message>
    <message>
        <source>entry %1 was changed.</source>
        <translation>oppføring %1 er endret.</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>The test identity provider cannot be used with %1.</source>
        <translation>Testidentitetsleverandøren kan ikke brukes med %1.</translation>
    </message>
    <message>
        <source>The client authentication is not configured.</source>
        <translation>Klientautentiseringen er ikke konfigurert.</translation>
    </message>
    <message>
        <source>The client key must be a private EC P-256 key for ES256.</source>
        <translation>Klientnøkkelen må være en privat EC P-256-nøkkel for ES256.</translation>
    </message>
    <message>
        <source>The client key in the keychain cannot be used. Import the key again or create a new one and register it.</source>
        <translation>Klientnøkkelen i nøkkelringen kan ikke brukes. Importer nøkkelen på nytt, eller lag en ny og registrer den.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>Kan ikke lese nøkkelfilen %1.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s configuration could not be read.</source>
        <translation>Konfigurasjonen til innloggingstjenesten kunne ikke leses.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s configuration lacks a required endpoint.</source>
        <translation>Konfigurasjonen til innloggingstjenesten mangler et obligatorisk endepunkt.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s configuration has an invalid endpoint.</source>
        <translation>Konfigurasjonen til innloggingstjenesten har et ugyldig endepunkt.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s configuration has an endpoint without TLS.</source>
        <translation>Konfigurasjonen til innloggingstjenesten har et endepunkt uten TLS.</translation>
    </message>
    <message>
        <source>The sign-in service identified itself with an unexpected issuer.</source>
        <translation>Innloggingstjenesten identifiserte seg med en uventet utsteder (issuer).</translation>
    </message>
    <message>
        <source>The sign-in service does not support PKCE with S256.</source>
        <translation>Innloggingstjenesten støtter ikke PKCE med S256.</translation>
    </message>
    <message>
        <source>The DPoP key is not an ES256 private key.</source>
        <translation>DPoP-nøkkelen er ikke en privat ES256-nøkkel.</translation>
    </message>
    <message>
        <source>A DPoP proof cannot be made for this request.</source>
        <translation>Det kan ikke lages et DPoP-bevis for denne forespørselen.</translation>
    </message>
    <message>
        <source>The sign-in pages redirected too many times.</source>
        <translation>Innloggingssidene omdirigerte for mange ganger.</translation>
    </message>
    <message>
        <source>A sign-in page redirected without a target.</source>
        <translation>En innloggingsside omdirigerte uten å oppgi noe mål.</translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded: %1</source>
        <translation>Innloggingssiden kunne ikke lastes: %1</translation>
    </message>
    <message>
        <source>The sign-in page answered HTTP %1. %2</source>
        <translation>Innloggingssiden svarte med HTTP %1. %2</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Du er ikke logget inn.</translation>
    </message>
    <message>
        <source>No HelseID client id is configured for %1.</source>
        <translation>Det er ikke konfigurert noen HelseID-klient-ID for %1.</translation>
    </message>
    <message>
        <source>The client key cannot sign DPoP proofs.</source>
        <translation>Klientnøkkelen kan ikke signere DPoP-bevis.</translation>
    </message>
    <message>
        <source>No browser is available for the sign-in.</source>
        <translation>Ingen nettleser er tilgjengelig for innloggingen.</translation>
    </message>
    <message>
        <source>HelseID did not send an ID token.</source>
        <translation>HelseID sendte ikke noe ID-token.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Innloggingen ble avbrutt.</translation>
    </message>
    <message>
        <source>Your HelseID sign-in has expired. Please sign in again.</source>
        <translation>HelseID-innloggingen din har utløpt. Logg inn på nytt.</translation>
    </message>
    <message>
        <source>You signed out or in again while the sign-in was being renewed.</source>
        <translation>Du logget ut eller inn på nytt mens innloggingen ble fornyet.</translation>
    </message>
    <message>
        <source>The access token has expired; it must be refreshed first.</source>
        <translation>Tilgangstokenet har utløpt; det må fornyes først.</translation>
    </message>
    <message>
        <source>Refusing to contact %1: sign-in endpoints must use https (plain http is allowed only on this computer).</source>
        <translation>Kobler ikke til %1: innloggingsendepunkter må bruke https (vanlig http er bare tillatt mot denne datamaskinen).</translation>
    </message>
    <message>
        <source>The network connection is not available.</source>
        <translation>Nettverkstilkoblingen er ikke tilgjengelig.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Fikk ikke kontakt med %1: %2</translation>
    </message>
    <message>
        <source>The sign-in could not be confirmed: the identity token is not valid for Meldeklient. Please sign in again.</source>
        <translation>Innloggingen kunne ikke bekreftes: identitetstokenet er ikke gyldig for Meldeklient. Logg inn på nytt.</translation>
    </message>
    <message>
        <source>The renewed sign-in belongs to another person. Please sign in again.</source>
        <translation>Den fornyede innloggingen tilhører en annen person. Logg inn på nytt.</translation>
    </message>
    <message>
        <source>The sign-in has expired. If this keeps happening, check that the computer&apos;s clock is correct.</source>
        <translation>Innloggingen har utløpt. Hvis dette skjer flere ganger, kontroller at klokken på datamaskinen går riktig.</translation>
    </message>
    <message>
        <source>The sign-in was issued in the future. Check that the computer&apos;s clock is correct.</source>
        <translation>Innloggingen er datert fram i tid. Kontroller at klokken på datamaskinen går riktig.</translation>
    </message>
    <message>
        <source>Your sign-in has security level %1. Meldeklient requires level %2 or higher (BankID, Buypass or Commfides).</source>
        <translation>Innloggingen din har sikkerhetsnivå %1. Meldeklient krever nivå %2 eller høyere (BankID, Buypass eller Commfides).</translation>
    </message>
    <message>
        <source>Your sign-in does not state a security level. Meldeklient requires level %1 or higher (BankID, Buypass or Commfides).</source>
        <translation>Innloggingen din oppgir ikke sikkerhetsnivå. Meldeklient krever nivå %1 eller høyere (BankID, Buypass eller Commfides).</translation>
    </message>
    <message>
        <source>The sign-in did not include your national identity number. Sign in again and allow Meldeklient to read it.</source>
        <translation>Innloggingen inneholdt ikke fødselsnummeret ditt. Logg inn på nytt og gi Meldeklient tilgang til å lese det.</translation>
    </message>
    <message>
        <source>The sign-in did not include an HPR number. Only authorised health personnel can submit reports.</source>
        <translation>Innloggingen inneholdt ikke noe HPR-nummer. Bare autorisert helsepersonell kan sende inn meldinger.</translation>
    </message>
    <message>
        <source>The sign-in in the browser was not completed in time. Please try again.</source>
        <translation>Innloggingen i nettleseren ble ikke fullført i tide. Prøv igjen.</translation>
    </message>
    <message>
        <source>Cannot receive the sign-in response on local port %1: %2</source>
        <translation>Kan ikke motta svaret fra innloggingen på lokal port %1: %2</translation>
    </message>
    <message>
        <source>The sign-in response came from an unexpected issuer (iss does not match %1). It was refused.</source>
        <translation>Innloggingssvaret kom fra en uventet utsteder (iss samsvarer ikke med %1). Det ble avvist.</translation>
    </message>
    <message>
        <source>HelseID did not complete the sign-in (%1). %2</source>
        <translation>HelseID fullførte ikke innloggingen (%1). %2</translation>
    </message>
    <message>
        <source>The sign-in response carried no authorization code.</source>
        <translation>Innloggingssvaret inneholdt ingen autorisasjonskode.</translation>
    </message>
    <message>
        <source>HelseID answered HTTP %1 when asked for its configuration.</source>
        <translation>HelseID svarte med HTTP %1 på forespørselen om konfigurasjonen.</translation>
    </message>
    <message>
        <source>HelseID answered HTTP %1 when asked for its signing keys.</source>
        <translation>HelseID svarte med HTTP %1 på forespørselen om signeringsnøklene.</translation>
    </message>
    <message>
        <source>HelseID refused the sign-in request (HTTP %1, %2). %3</source>
        <translation>HelseID avviste innloggingsforespørselen (HTTP %1, %2). %3</translation>
    </message>
    <message>
        <source>HelseID&apos;s answer to the sign-in request has no request_uri.</source>
        <translation>Svaret fra HelseID på innloggingsforespørselen mangler request_uri.</translation>
    </message>
    <message>
        <source>HelseID kept asking for a new DPoP nonce; the sign-in was stopped.</source>
        <translation>HelseID ba gjentatte ganger om en ny DPoP-nonce; innloggingen ble stoppet.</translation>
    </message>
    <message>
        <source>Your HelseID sign-in has expired or was revoked. Please sign in again.</source>
        <translation>HelseID-innloggingen din har utløpt eller er trukket tilbake. Logg inn på nytt.</translation>
    </message>
    <message>
        <source>HelseID refused to issue a token (HTTP %1, %2). %3</source>
        <translation>HelseID nektet å utstede et token (HTTP %1, %2). %3</translation>
    </message>
    <message>
        <source>HelseID sent a token response Meldeklient cannot read.</source>
        <translation>HelseID sendte et tokensvar som Meldeklient ikke kan lese.</translation>
    </message>
    <message>
        <source>HelseID issued a %1 token instead of a DPoP-bound one; it was refused.</source>
        <translation>HelseID utstedte et %1-token i stedet for et DPoP-bundet token; det ble avvist.</translation>
    </message>
    <message>
        <source>The token is signed with an algorithm that is not accepted.</source>
        <translation>Tokenet er signert med en algoritme som ikke godtas.</translation>
    </message>
    <message>
        <source>The data is not valid base64url.</source>
        <translation>Dataene er ikke gyldig base64url.</translation>
    </message>
    <message>
        <source>The signature could not be encoded.</source>
        <translation>Signaturen kunne ikke kodes.</translation>
    </message>
    <message>
        <source>The token&apos;s signature is invalid.</source>
        <translation>Signaturen på tokenet er ugyldig.</translation>
    </message>
    <message>
        <source>The key is not a valid JSON Web Key.</source>
        <translation>Nøkkelen er ikke en gyldig JSON Web Key.</translation>
    </message>
    <message>
        <source>The key type is not supported.</source>
        <translation>Nøkkeltypen støttes ikke.</translation>
    </message>
    <message>
        <source>The key lacks a required member.</source>
        <translation>Nøkkelen mangler et obligatorisk felt.</translation>
    </message>
    <message>
        <source>The key material is invalid.</source>
        <translation>Nøkkelmaterialet er ugyldig.</translation>
    </message>
    <message>
        <source>The RSA key is shorter than 2048 bits.</source>
        <translation>RSA-nøkkelen er kortere enn 2048 bit.</translation>
    </message>
    <message>
        <source>A new signing key could not be created.</source>
        <translation>Kunne ikke lage en ny signeringsnøkkel.</translation>
    </message>
    <message>
        <source>The key has no private part.</source>
        <translation>Nøkkelen har ingen privat del.</translation>
    </message>
    <message>
        <source>The key set is malformed.</source>
        <translation>Nøkkelsettet har feil format.</translation>
    </message>
    <message>
        <source>The key set has no usable signing key.</source>
        <translation>Nøkkelsettet har ingen brukbar signeringsnøkkel.</translation>
    </message>
    <message>
        <source>The key does not fit the token&apos;s signature algorithm.</source>
        <translation>Nøkkelen passer ikke til signaturalgoritmen til tokenet.</translation>
    </message>
    <message>
        <source>The token is signed with a key that is not known.</source>
        <translation>Tokenet er signert med en ukjent nøkkel.</translation>
    </message>
    <message>
        <source>The token does not say which key signed it.</source>
        <translation>Tokenet oppgir ikke hvilken nøkkel det er signert med.</translation>
    </message>
    <message>
        <source>No known key fits the token&apos;s signature algorithm.</source>
        <translation>Ingen kjent nøkkel passer til signaturalgoritmen til tokenet.</translation>
    </message>
    <message>
        <source>The token is malformed.</source>
        <translation>Tokenet har feil format.</translation>
    </message>
    <message>
        <source>The token could not be signed.</source>
        <translation>Tokenet kunne ikke signeres.</translation>
    </message>
    <message>
        <source>The key cannot sign: it has no private part.</source>
        <translation>Nøkkelen kan ikke signere: den har ingen privat del.</translation>
    </message>
    <message>
        <source>The token requires an extension that is not supported.</source>
        <translation>Tokenet krever en utvidelse som ikke støttes.</translation>
    </message>
    <message>
        <source>Your sign-in has ended. Please sign in again.</source>
        <translation>Innloggingen din er avsluttet. Logg inn på nytt.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>tilkoblingen ble avvist</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>tjeneren lukket forbindelsen</translation>
    </message>
    <message>
        <source>the server name was not found</source>
        <translation>tjenernavnet ble ikke funnet</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>ikke noe svar i tide</translation>
    </message>
    <message>
        <source>the secure connection (TLS) could not be set up</source>
        <translation>den sikre forbindelsen (TLS) kunne ikke opprettes</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>nettverket er ikke tilgjengelig</translation>
    </message>
    <message>
        <source>the proxy server did not let the connection through</source>
        <translation>proxytjeneren slapp ikke forbindelsen gjennom</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>nettverksfeil %1</translation>
    </message>
</context>
<context>
    <name>Birth</name>
    <message>
        <source>The file is not a JSON object (at character %1).</source>
        <translation>Filen er ikke et JSON-objekt (ved tegn %1).</translation>
    </message>
    <message>
        <source>The Bundle must be of type &quot;collection&quot;.</source>
        <translation>Bundle må være av typen «collection».</translation>
    </message>
    <message>
        <source>The file must hold exactly one QuestionnaireResponse for the birth notification form (found %1).</source>
        <translation>Filen må inneholde nøyaktig én QuestionnaireResponse for skjemaet for fødselsmelding (fant %1).</translation>
    </message>
    <message>
        <source>The number is an auxiliary number (%1). Folkeregisteret accepts only a fødselsnummer or D-nummer here; without one, give the name and date of birth instead.</source>
        <translation>Nummeret er et hjelpenummer (%1). Folkeregisteret tar bare imot fødselsnummer eller D-nummer her; uten det, oppgi navn og fødselsdato i stedet.</translation>
    </message>
    <message>
        <source>The fødselsnummer or D-nummer is not valid: %1</source>
        <translation>Fødselsnummeret eller D-nummeret er ikke gyldig: %1</translation>
    </message>
    <message>
        <source>This is a synthetic test number. It can only be used in the test and sandbox environments.</source>
        <translation>Dette er et syntetisk testnummer. Det kan bare brukes i test- og sandkassemiljøene.</translation>
    </message>
    <message>
        <source>The name contains the character %1, which Folkeregisteret does not accept in names. Write the name with letters the register accepts (for example Đ as Ð or D).</source>
        <translation>Navnet inneholder tegnet %1, som Folkeregisteret ikke godtar i navn. Skriv navnet med bokstaver registeret godtar (for eksempel Đ som Ð eller D).</translation>
    </message>
    <message>
        <source>The address contains the character %1, which Folkeregisteret does not accept in addresses.</source>
        <translation>Adressen inneholder tegnet %1, som Folkeregisteret ikke godtar i adresser.</translation>
    </message>
    <message>
        <source>The country code is not an ISO 3166 alpha-3 code (three capital letters, e.g. NOR, SWE) or one of Folkeregisteret&apos;s codes XUK (unknown), XXX (stateless) and XXK (Kosovo).</source>
        <translation>Landkoden er ikke en ISO 3166 alfa-3-kode (tre store bokstaver, f.eks. NOR, SWE) eller en av Folkeregisterets koder XUK (ukjent), XXX (statsløs) og XXK (Kosovo).</translation>
    </message>
    <message>
        <source>The list of country codes is not available, so only the code&apos;s form was checked; install the package iso-codes.</source>
        <translation>Listen over landkoder er ikke tilgjengelig, så bare kodens form ble kontrollert; installer pakken iso-codes.</translation>
    </message>
    <message>
        <source>A municipality number has four digits, with a leading zero where needed (e.g. 0301 Oslo).</source>
        <translation>Et kommunenummer har fire sifre, med null foran der det trengs (f.eks. 0301 Oslo).</translation>
    </message>
    <message>
        <source>The municipality number was not valid on the date of birth. Use the number that was valid then (municipalities were renumbered on 1 January 2024).</source>
        <translation>Kommunenummeret var ikke gyldig på fødselsdatoen. Bruk nummeret som gjaldt da (kommunene fikk nye nummer 1. januar 2024).</translation>
    </message>
    <message>
        <source>An address in Norway needs whether it differs from Folkeregisteret&apos;s, the street name, postcode and postal town.</source>
        <translation>En adresse i Norge må ha om den avviker fra Folkeregisterets, adressenavn, postnummer og poststed.</translation>
    </message>
    <message>
        <source>Postcodes have four digits, house numbers up to four digits and a house letter is one letter.</source>
        <translation>Postnummer har fire sifre, husnummer opptil fire sifre, og en husbokstav er én bokstav.</translation>
    </message>
    <message>
        <source>A house letter needs a house number.</source>
        <translation>En husbokstav krever et husnummer.</translation>
    </message>
    <message>
        <source>An address abroad needs its country code.</source>
        <translation>En adresse i utlandet må ha landkode.</translation>
    </message>
    <message>
        <source>Give the parent&apos;s fødselsnummer or D-nummer, or else first name, last name and date of birth.</source>
        <translation>Oppgi forelderens fødselsnummer eller D-nummer, ellers fornavn, etternavn og fødselsdato.</translation>
    </message>
    <message>
        <source>Citizenship is marked as unknown but a citizenship is given; keep only one.</source>
        <translation>Statsborgerskap er merket som ukjent, men et statsborgerskap er oppgitt; behold bare ett av dem.</translation>
    </message>
    <message>
        <source>Give both first name and last name of this person, or leave the section empty.</source>
        <translation>Oppgi både fornavn og etternavn for denne personen, eller la delen stå tom.</translation>
    </message>
    <message>
        <source>The days beyond whole weeks of gestation are 0 to 6.</source>
        <translation>Dager utover hele svangerskapsuker er 0 til 6.</translation>
    </message>
    <message>
        <source>The gestational age is outside 22+0 to 43+6 weeks; check the value.</source>
        <translation>Svangerskapslengden er utenfor 22+0 til 43+6 uker; kontroller verdien.</translation>
    </message>
    <message>
        <source>The birth weight is given in grams (e.g. 3450), not kilograms.</source>
        <translation>Fødselsvekten oppgis i gram (f.eks. 3450), ikke kilo.</translation>
    </message>
    <message>
        <source>The birth weight is below 500 g or above 5500 g; check the value.</source>
        <translation>Fødselsvekten er under 500 g eller over 5500 g; kontroller verdien.</translation>
    </message>
    <message>
        <source>The length is outside 35 to 60 cm; check the value.</source>
        <translation>Lengden er utenfor 35 til 60 cm; kontroller verdien.</translation>
    </message>
    <message>
        <source>The head circumference is outside 28 to 42 cm; check the value.</source>
        <translation>Hodeomkretsen er utenfor 28 til 42 cm; kontroller verdien.</translation>
    </message>
    <message>
        <source>An Apgar score is 0 to 10.</source>
        <translation>En Apgar-skår er 0 til 10.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Fødselsdatoen er fram i tid.</translation>
    </message>
    <message>
        <source>The birth was more than a week ago; the notification is due within a week. Send it as soon as possible.</source>
        <translation>Fødselen var for mer enn en uke siden; fødselsmeldingen skal sendes innen en uke. Send den så snart som mulig.</translation>
    </message>
    <message>
        <source>Record the child&apos;s sex as female or male; Folkeregisteret has no other value, so the notification cannot be sent without it.</source>
        <translation>Registrer barnets kjønn som kvinne eller mann; Folkeregisteret har ingen annen verdi, så meldingen kan ikke sendes uten.</translation>
    </message>
    <message>
        <source>Give the gestational age for a stillborn child: the notification duty applies from 28 weeks.</source>
        <translation>Oppgi svangerskapslengden for et dødfødt barn: meldeplikten gjelder fra 28 uker.</translation>
    </message>
    <message>
        <source>The child was stillborn before 28+0 weeks. The duty to notify Folkeregisteret starts at 28 weeks; check whether this birth should be notified.</source>
        <translation>Barnet ble dødfødt før 28+0 uker. Plikten til å melde til Folkeregisteret gjelder fra 28 uker; kontroller om denne fødselen skal meldes.</translation>
    </message>
    <message>
        <source>Folkeregisteret takes at most 7 children from one birth.</source>
        <translation>Folkeregisteret tar imot høyst 7 barn fra én fødsel.</translation>
    </message>
    <message>
        <source>The mother and the father or co-mother have the same number.</source>
        <translation>Mor og far eller medmor har samme nummer.</translation>
    </message>
    <message>
        <source>A birth abroad needs the city or place of birth besides the country.</source>
        <translation>En fødsel i utlandet må ha by eller sted i tillegg til landet.</translation>
    </message>
    <message>
        <source>The list of country codes (%1) cannot be read; install the package iso-codes.</source>
        <translation>Listen over landkoder (%1) kan ikke leses; installer pakken iso-codes.</translation>
    </message>
    <message>
        <source>The list of country codes (%1) has no ISO 3166-1 entries.</source>
        <translation>Listen over landkoder (%1) har ingen ISO 3166-1-oppføringer.</translation>
    </message>
</context>
<context>
    <name>BirthNotificationDocument</name>
    <message>
        <source>Melding om fødsel</source>
        <translation>Melding om fødsel</translation>
    </message>
    <message>
        <source>Copy made %1 by Meldeklient. It holds personal data: keep it as you keep the patient record.</source>
        <translation>Kopi laget %1 av Meldeklient. Den inneholder personopplysninger: oppbevar den som journalen.</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Avsender: %1</translation>
    </message>
    <message>
        <source>Mother: %1</source>
        <translation>Mor: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Child %1</source>
        <translation>Barn %1</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Foreldre</translation>
    </message>
    <message>
        <source>The PDF could not be written to the chosen file: %1</source>
        <translation>PDF-en kunne ikke skrives til filen du valgte: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Check Norwegian identifiers (fødselsnummer, D-nummer, orgnr, HPR ...)</source>
        <translation>Kontroller norske identifikatorer (fødselsnummer, D-nummer, orgnr, HPR ...)</translation>
    </message>
    <message>
        <source>Force the kind of number: person, duf, orgnr or hpr.</source>
        <translation>Bestem typen nummer: person, duf, orgnr eller hpr.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjelpen.</translation>
    </message>
    <message>
        <source>Numbers to check; &quot;-&quot; reads one number per line from standard input.</source>
        <translation>Numre som skal kontrolleres; «-» leser ett nummer per linje fra standard inn.</translation>
    </message>
    <message>
        <source>Unknown --type &quot;%1&quot;: use person, duf, orgnr or hpr.</source>
        <translation>Ukjent --type «%1»: bruk person, duf, orgnr eller hpr.</translation>
    </message>
    <message>
        <source>check-id needs at least one number.</source>
        <translation>check-id trenger minst ett nummer.</translation>
    </message>
    <message>
        <source>Usage: meldeklient-cli [--lang nb|nn|en] COMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation>Bruk: meldeklient-cli [--lang nb|nn|en] KOMMANDO [VALG] [ARGUMENTER]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Generelle valg:</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help</source>
        <translation>Vis denne hjelpen, eller hjelpen for en kommando</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Vis versjonen</translation>
    </message>
    <message>
        <source>Language of messages: nb (default), nn or en</source>
        <translation>Språk for meldinger: nb (standard), nn eller en</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 validation failed, 2 usage error.</source>
        <translation>Avslutningsstatus: 0 vellykket, 1 kontroll feilet, 2 feil bruk.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Ukjent valg: %1</translation>
    </message>
    <message>
        <source>Unsupported language &quot;%1&quot;: use nb, nn or en.</source>
        <translation>Språket «%1» støttes ikke: bruk nb, nn eller en.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run meldeklient-cli --help.</source>
        <translation>Ukjent kommando «%1». Kjør meldeklient-cli --help.</translation>
    </message>
    <message>
        <source>Import code lists (ICD-10 ...), search ICD-10, show what is loaded</source>
        <translation>Importer kodelister (ICD-10 ...), søk i ICD-10, vis hva som er lastet inn</translation>
    </message>
    <message>
        <source>Code system URL or Volven number for a plain code;text CSV file.</source>
        <translation>URL til kodeverket eller Volven-nummer for en enkel CSV-fil i formatet code;text.</translation>
    </message>
    <message>
        <source>Version to record for a plain CSV file or the Iris tables.</source>
        <translation>Versjon som skal lagres for en enkel CSV-fil eller for Iris-tabellene.</translation>
    </message>
    <message>
        <source>codes import needs at least one file.</source>
        <translation>codes import trenger minst én fil.</translation>
    </message>
    <message>
        <source>Number of results (default 20).</source>
        <translation>Antall treff (standard 20).</translation>
    </message>
    <message>
        <source>Code list to search (default ICD-10, 7110).</source>
        <translation>Kodeliste det skal søkes i (standard ICD-10, 7110).</translation>
    </message>
    <message>
        <source>codes search needs a query and a positive --limit.</source>
        <translation>codes search trenger et søkeord og en positiv --limit.</translation>
    </message>
    <message>
        <source>No code list %1 is imported; run codes import first.</source>
        <translation>Kodelisten %1 er ikke importert; kjør codes import først.</translation>
    </message>
    <message>
        <source>Cannot validate: %1</source>
        <translation>Kan ikke kontrollere: %1</translation>
    </message>
    <message>
        <source>Check a death notification (FHIR Bundle) with all rules</source>
        <translation>Kontroller en dødsmelding (FHIR Bundle) mot alle regler</translation>
    </message>
    <message>
        <source>Environment whose rules apply: sandbox (default) or test accept synthetic test numbers, production does not.</source>
        <translation>Miljøet med reglene som skal gjelde: sandbox (standard) og test godtar syntetiske testnumre, production gjør det ikke.</translation>
    </message>
    <message>
        <source>FHIR R4 Bundle (type collection) with a Patient and a QuestionnaireResponse.</source>
        <translation>FHIR R4 Bundle (type collection) med en Patient og en QuestionnaireResponse.</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;: use sandbox, test or production.</source>
        <translation>Ukjent miljø «%1»: bruk sandbox, test eller production.</translation>
    </message>
    <message>
        <source>validate needs exactly one FILE.</source>
        <translation>validate trenger nøyaktig én FILE.</translation>
    </message>
    <message>
        <source>auth key: show the client&apos;s public key (JWK) and thumbprint for HelseID registration</source>
        <translation>auth key: vis klientens offentlige nøkkel (JWK) og fingeravtrykk for registrering i HelseID</translation>
    </message>
    <message>
        <source>Import the private key (JWK file) IT provided, replacing the current one.</source>
        <translation>Importer den private nøkkelen (JWK-fil) du har fått fra IT, og erstatt den nåværende.</translation>
    </message>
    <message>
        <source>The only sub-command.</source>
        <translation>Den eneste underkommandoen.</translation>
    </message>
    <message>
        <source>Usage: meldeklient-cli auth key [--import FILE]</source>
        <translation>Bruk: meldeklient-cli auth key [--import FILE]</translation>
    </message>
    <message>
        <source>Environment: sandbox (default), test or production.</source>
        <translation>Miljø: sandbox (standard), test eller production.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Uventet argument: %1</translation>
    </message>
    <message>
        <source>The sign-in ended without a result.</source>
        <translation>Innloggingen ble avsluttet uten resultat.</translation>
    </message>
    <message>
        <source>Sign in with HelseID (test and sandbox environments only)</source>
        <translation>Logg inn med HelseID (bare i test- og sandkassemiljø)</translation>
    </message>
    <message>
        <source>Test IdP: the synthetic person to sign in as (test_pid).</source>
        <translation>Test-IdP: den syntetiske personen du vil logge inn som (test_pid).</translation>
    </message>
    <message>
        <source>Test IdP: the security level to report (test_security_level).</source>
        <translation>Test-IdP: sikkerhetsnivået som skal oppgis (test_security_level).</translation>
    </message>
    <message>
        <source>Identity provider: helseid (default), idporten or test.</source>
        <translation>Identitetsleverandør: helseid (standard), idporten eller test.</translation>
    </message>
    <message>
        <source>Seconds to wait for the sign-in (default 120).</source>
        <translation>Antall sekunder å vente på innloggingen (standard 120).</translation>
    </message>
    <message>
        <source>login works only in test and sandbox environments; sign in to %1 in the Meldeklient app.</source>
        <translation>login virker bare i test- og sandkassemiljø; logg inn mot %1 i Meldeklient-appen.</translation>
    </message>
    <message>
        <source>Unknown --idp &quot;%1&quot;: use helseid, idporten or test.</source>
        <translation>Ukjent --idp «%1»: bruk helseid, idporten eller test.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600.</source>
        <translation>--timeout trenger et antall sekunder fra 1 til 3600.</translation>
    </message>
    <message>
        <source>Sign out of HelseID and forget the stored sign-in</source>
        <translation>Logg ut av HelseID og glem den lagrede innloggingen</translation>
    </message>
    <message>
        <source>Outbox file (default: the user&apos;s outbox in the data folder).</source>
        <translation>Utboksfil (standard: brukerens utboks i datamappen).</translation>
    </message>
    <message>
        <source>Show who is signed in (resumes the stored HelseID sign-in)</source>
        <translation>Vis hvem som er logget inn (gjenopptar den lagrede HelseID-innloggingen)</translation>
    </message>
    <message>
        <source>Print the exact requests a death notification would be sent as</source>
        <translation>Skriv ut nøyaktig hvilke forespørsler en dødsmelding vil bli sendt som</translation>
    </message>
    <message>
        <source>nhn-fhir or nhn-rest (default: the environment&apos;s).</source>
        <translation>nhn-fhir eller nhn-rest (standard: den miljøet bruker).</translation>
    </message>
    <message>
        <source>The dødsfallId Del 1 was given, to show Del 2 exactly as it will be sent.</source>
        <translation>Den dødsfallId-en Del 1 fikk, for å vise Del 2 nøyaktig slik den blir sendt.</translation>
    </message>
    <message>
        <source>FHIR R4 Bundle (type collection), as for submit.</source>
        <translation>FHIR R4 Bundle (type collection), som for submit.</translation>
    </message>
    <message>
        <source>export needs exactly one FILE.</source>
        <translation>export trenger nøyaktig én FILE.</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>Kan ikke eksportere: %1</translation>
    </message>
    <message>
        <source>Look a person up in the registry before reporting the death</source>
        <translation>Slå opp en person i registeret før dødsfallet meldes</translation>
    </message>
    <message>
        <source>Fødselsnummer or D-nummer (11 digits; spaces allowed).</source>
        <translation>Fødselsnummer eller D-nummer (11 siffer; mellomrom er tillatt).</translation>
    </message>
    <message>
        <source>lookup needs exactly one NUMBER.</source>
        <translation>lookup trenger nøyaktig ett NUMBER.</translation>
    </message>
    <message>
        <source>This is not a valid fødselsnummer or D-nummer.</source>
        <translation>Dette er ikke et gyldig fødselsnummer eller D-nummer.</translation>
    </message>
    <message>
        <source>List, show, send, retry or cancel notifications in the outbox</source>
        <translation>List opp, vis, send, send på nytt eller avbryt meldinger i utboksen</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer from the registry (default 30).</source>
        <translation>Antall sekunder å vente på hvert svar fra registeret (standard 30).</translation>
    </message>
    <message>
        <source>list, show ID, flush (send everything due), retry ID (send it again now) or cancel ID.</source>
        <translation>list, show ID, flush (send alt som står for tur), retry ID (send på nytt nå) eller cancel ID.</translation>
    </message>
    <message>
        <source>Use: outbox list | outbox show ID | outbox flush | outbox retry ID | outbox cancel ID</source>
        <translation>Bruk: outbox list | outbox show ID | outbox flush | outbox retry ID | outbox cancel ID</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 600.</source>
        <translation>--timeout trenger et antall sekunder fra 1 til 600.</translation>
    </message>
    <message>
        <source>Keychain service holding the outbox key (default: the environment&apos;s).</source>
        <translation>Tjenestenavnet i nøkkelringen der utboksnøkkelen er lagret (standard: det miljøet bruker).</translation>
    </message>
    <message>
        <source>Queue notifications that have warnings too (you have read the warnings and the notification is right).</source>
        <translation>Legg også meldinger med advarsler i kø (du har lest advarslene, og meldingen er riktig).</translation>
    </message>
    <message>
        <source>FHIR R4 Bundle (type collection) with the Patient, the QuestionnaireResponse and your PractitionerRole.</source>
        <translation>FHIR R4 Bundle (type collection) med Patient, QuestionnaireResponse og din PractitionerRole.</translation>
    </message>
    <message>
        <source>submit needs at least one FILE.</source>
        <translation>submit trenger minst én FILE.</translation>
    </message>
    <message>
        <source>The notification has warnings. Read them; if the notification is right, submit again with --accept-warnings.</source>
        <translation>Meldingen har advarsler. Les dem; hvis meldingen er riktig, send inn på nytt med --accept-warnings.</translation>
    </message>
    <message>
        <source>Withdraw a death reported for the wrong person (annuller dødsfall)</source>
        <translation>Annuller et dødsfall som er meldt på feil person</translation>
    </message>
    <message>
        <source>The outbox item of the death (Del 1) to withdraw.</source>
        <translation>Oppføringen i utboksen for dødsfallet (Del 1) som skal annulleres.</translation>
    </message>
    <message>
        <source>annuller needs the outbox ID of the death (Del 1).</source>
        <translation>annuller trenger utboks-ID-en til dødsfallet (Del 1).</translation>
    </message>
    <message>
        <source>annuller needs --reason: say why the death is withdrawn.</source>
        <translation>annuller trenger --reason: oppgi hvorfor dødsfallet annulleres.</translation>
    </message>
    <message>
        <source>The death had not been sent and is cancelled, with its cause of death.</source>
        <translation>Dødsfallet var ikke sendt og er avbrutt, sammen med dødsårsaken.</translation>
    </message>
    <message>
        <source>The withdrawal is queued; send it with outbox flush. Then phone NHN&apos;s operations centre (+47 73 56 59 99), as NHN requires after every withdrawn death.</source>
        <translation>Annulleringen er lagt i kø; send den med outbox flush. Ring deretter driftssenteret til NHN (+47 73 56 59 99), slik NHN krever etter hvert annullerte dødsfall.</translation>
    </message>
    <message>
        <source>check-id -: standard input is empty; give one number per line.</source>
        <translation>check-id -: standard inn er tom; gi ett nummer per linje.</translation>
    </message>
    <message>
        <source>The outbox is open in another Meldeklient program (for example a flush that is running); this list is read-only and may change in a moment.</source>
        <translation>Utboksen er åpen i et annet Meldeklient-program (for eksempel en sending som pågår); denne listen er bare til lesing og kan endre seg om et øyeblikk.</translation>
    </message>
    <message>
        <source>The list shows ids, states and dates only: the contents of the notifications cannot be read without the outbox key in the system keychain.</source>
        <translation>Listen viser bare id-er, tilstander og datoer: innholdet i meldingene kan ikke leses uten utboksnøkkelen i systemets nøkkelring.</translation>
    </message>
    <message>
        <source>Opaque id of the user whose outbox to open (default: the signed-in user). Another user&apos;s outbox opens read-only.</source>
        <translation>Ugjennomsiktig ID for brukeren som eier utboksen (standard: den innloggede brukeren). En annen brukers utboks åpnes skrivebeskyttet.</translation>
    </message>
    <message>
        <source>This outbox is not the signed-in physician&apos;s (--user-key-id): it can be listed and shown, but nothing in it can be sent, retried, cancelled or withdrawn. Sign in as its owner to do that.</source>
        <translation>Denne utboksen tilhører ikke den innloggede legen (--user-key-id): den kan listes og vises, men ingenting i den kan sendes, prøves på nytt, avbrytes eller annulleres. Logg inn som eieren for å gjøre det.</translation>
    </message>
    <message>
        <source>Read-only: this outbox is not the signed-in physician&apos;s.</source>
        <translation>Skrivebeskyttet: denne utboksen tilhører ikke den innloggede legen.</translation>
    </message>
    <message>
        <source>Queue a notification even though this outbox already has one for the same person (you mean to send a second one).</source>
        <translation>Legg meldingen i kø selv om utboksen allerede har en for samme person (du vil sende en til).</translation>
    </message>
    <message>
        <source>This outbox already has a death notification for this person (outbox item %1). If you mean to send another, submit again with --allow-duplicate.</source>
        <translation>Utboksen har allerede en dødsmelding for denne personen (oppføring %1). Vil du sende en til, send inn på nytt med --allow-duplicate.</translation>
    </message>
    <message>
        <source>Why the death is withdrawn (required, at most %1 characters).</source>
        <translation>Hvorfor dødsfallet annulleres (påkrevd, høyst %1 tegn).</translation>
    </message>
    <message>
        <source>--reason is %1 characters long; at most %2 are allowed.</source>
        <translation>--reason er %1 tegn lang; høyst %2 er tillatt.</translation>
    </message>
    <message>
        <source>The registry had refused the death, so nothing is registered; it is cancelled, with its cause of death.</source>
        <translation>Registeret hadde avvist dødsfallet, så ingenting er registrert; det er avbrutt, sammen med dødsårsaken.</translation>
    </message>
    <message>
        <source>A withdrawal of this death is already queued or sent (outbox item %1); nothing was added.</source>
        <translation>En annullering av dette dødsfallet er allerede i kø eller sendt (oppføring %1); ingenting ble lagt til.</translation>
    </message>
    <message>
        <source>codes needs a sub-command: import, fetch, search, info or remove.</source>
        <translation>codes trenger en underkommando: import, fetch, search, info eller remove.</translation>
    </message>
    <message>
        <source>File format: kote-json or kote-xlsx (Norwegian ICD-10), klass-json (municipalities), fhir-json, iris, csv (default: recognised by content).</source>
        <translation>Filformat: kote-json eller kote-xlsx (norsk ICD-10), klass-json (kommuner), fhir-json, iris, csv (standard: gjenkjennes ut fra innholdet).</translation>
    </message>
    <message>
        <source>Unknown format %1.</source>
        <translation>Ukjent format %1.</translation>
    </message>
    <message>
        <source>codes remove needs the URL of one imported list.</source>
        <translation>codes remove trenger URL-en til én importert liste.</translation>
    </message>
    <message>
        <source>No municipality list is imported.</source>
        <translation>Ingen kommuneliste er importert.</translation>
    </message>
    <message>
        <source>codes import --format klass-json needs the codes file.</source>
        <translation>codes import --format klass-json trenger filen med kodene.</translation>
    </message>
    <message>
        <source>Where to fetch from instead of the national default.</source>
        <translation>Hvor listen skal hentes fra i stedet for den nasjonale standardadressen.</translation>
    </message>
    <message>
        <source>codes fetch needs one of icd10-no, fhi-7110, municipalities.</source>
        <translation>codes fetch trenger én av icd10-no, fhi-7110, municipalities.</translation>
    </message>
    <message>
        <source>Cannot read the birth notification: %1</source>
        <translation>Kan ikke lese fødselsmeldingen: %1</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 time, e.g. 2026-03-01T10:15:00+01:00.</source>
        <translation>--now krever et ISO 8601-tidspunkt, f.eks. 2026-03-01T10:15:00+01:00.</translation>
    </message>
    <message>
        <source>folkeregisteret-xml: prefix of each child&apos;s message id (default: a new UUID).</source>
        <translation>folkeregisteret-xml: prefiks for meldingsidentifikatoren til hvert barn (standard: en ny UUID).</translation>
    </message>
    <message>
        <source>folkeregisteret-xml: the sending time, ISO 8601 (default: now).</source>
        <translation>folkeregisteret-xml: sendetidspunktet, ISO 8601 (standard: nå).</translation>
    </message>
    <message>
        <source>--lang is ignored: %1</source>
        <translation>--lang blir ignorert: %1</translation>
    </message>
    <message>
        <source>Show or change settings (locked ones are set by your IT department)</source>
        <translation>Vis eller endre innstillinger (låste innstillinger bestemmes av IT-avdelingen)</translation>
    </message>
    <message>
        <source>Usage: meldeklient-cli config show | set KEY VALUE | unset KEY</source>
        <translation>Bruk: meldeklient-cli config show | set NØKKEL VERDI | unset NØKKEL</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. Settings: %2.</source>
        <translation>Ukjent innstilling «%1». Innstillinger: %2.</translation>
    </message>
    <message>
        <source>purge: only show what would be purged.</source>
        <translation>purge: vis bare hva som ville blitt slettet.</translation>
    </message>
    <message numerus="yes">
        <source>This draft has not been changed for more than %n day(s). Finish or cancel it; it is never deleted automatically.</source>
        <translation>
            <numerusform>Dette utkastet er ikke endret på mer enn %n dag. Fullfør eller avbryt det; det slettes aldri automatisk.</numerusform>
            <numerusform>Dette utkastet er ikke endret på mer enn %n dager. Fullfør eller avbryt det; det slettes aldri automatisk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify or export the local audit trail (who sent, withdrew, purged what)</source>
        <translation>Kontroller eller eksporter den lokale revisjonsloggen (hvem sendte, trakk tilbake, slettet hva)</translation>
    </message>
    <message>
        <source>Usage: meldeklient-cli audit verify | export [FILE]</source>
        <translation>Bruk: meldeklient-cli audit verify | export [FIL]</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan ikke skrive %1.</translation>
    </message>
    <message>
        <source>birth-certificate set-password|check: the organisation certificate for sending births to Folkeregisteret</source>
        <translation>birth-certificate set-password|check: virksomhetssertifikatet for å sende fødselsmeldinger til Folkeregisteret</translation>
    </message>
    <message>
        <source>Usage: meldeklient-cli birth-certificate set-password|check (the password is read from standard input)</source>
        <translation>Bruk: meldeklient-cli birth-certificate set-password|check (passordet leses fra standard inndata)</translation>
    </message>
    <message>
        <source>The birth notification has errors; correct them and submit again.</source>
        <translation>Fødselsmeldingen har feil; rett dem og send inn på nytt.</translation>
    </message>
    <message>
        <source>The birth notification has warnings. Read them; if it is right, submit again with --accept-warnings.</source>
        <translation>Fødselsmeldingen har advarsler. Les dem; er meldingen riktig, send inn på nytt med --accept-warnings.</translation>
    </message>
    <message>
        <source>Check death notifications and queue them in the outbox for sending; send birth notifications to Folkeregisteret</source>
        <translation>Kontroller dødsmeldinger og legg dem i kø i utboksen for sending; send fødselsmeldinger til Folkeregisteret</translation>
    </message>
    <message>
        <source>Births: send at once and wait up to N seconds for Folkeregisteret&apos;s decisions (0: do not wait).</source>
        <translation>Fødsler: send med en gang og vent opptil N sekunder på vedtakene fra Folkeregisteret (0: ikke vent).</translation>
    </message>
    <message>
        <source>Births: only queue them; `outbox flush` sends them later.</source>
        <translation>Fødsler: bare legg dem i kø; `outbox flush` sender dem senere.</translation>
    </message>
    <message>
        <source>--wait-seconds takes 0 to 3600.</source>
        <translation>--wait-seconds tar 0 til 3600.</translation>
    </message>
    <message>
        <source>Births: the file corrects children of an earlier birth (its birthId from `outbox list`); without :CHILD,... the refused ones.</source>
        <translation>Fødsler: filen korrigerer barn i en tidligere fødsel (birthId fra `outbox list`); uten :BARN,... de avviste.</translation>
    </message>
    <message>
        <source>--corrects takes BIRTH-ID or BIRTH-ID:CHILD,... (children 1, 2 …) and one birth FILE.</source>
        <translation>--corrects tar BIRTH-ID eller BIRTH-ID:BARN,... (barn 1, 2 …) og én FIL med fødselsmelding.</translation>
    </message>
    <message>
        <source>--corrects is for a birth notification only.</source>
        <translation>--corrects gjelder bare fødselsmeldinger.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>A cached code list is damaged (%1) and was ignored; import it again.</source>
        <translation>En mellomlagret kodeliste er skadet (%1) og ble ikke brukt; importer den på nytt.</translation>
    </message>
    <message>
        <source>A cached code list was written by another version of Meldeklient and was ignored; import it again.</source>
        <translation>En mellomlagret kodeliste er laget av en annen versjon av Meldeklient og ble ikke brukt; importer den på nytt.</translation>
    </message>
    <message>
        <source>The code list could not be saved: %1</source>
        <translation>Kodelisten kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>%1 holds only ICD-10 restrictions; import %2 from the same folder instead.</source>
        <translation>%1 inneholder bare begrensninger for ICD-10; importer %2 fra samme mappe i stedet.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file as UTF-8.</source>
        <translation>Linje %1 er ikke gyldig UTF-8-tekst. Lagre filen som UTF-8.</translation>
    </message>
    <message>
        <source>Line %1, field %2: misplaced or unterminated double quote.</source>
        <translation>Linje %1, felt %2: et dobbelt anførselstegn står på feil sted eller mangler avslutning.</translation>
    </message>
    <message>
        <source>%1 has no system.</source>
        <translation>%1 mangler system.</translation>
    </message>
    <message>
        <source>%1 has no code.</source>
        <translation>%1 mangler kode.</translation>
    </message>
    <message>
        <source>%1: code %2 appears more than once.</source>
        <translation>%1: koden %2 finnes flere ganger.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1: %2).</source>
        <translation>Filen er ikke gyldig JSON (linje %1: %2).</translation>
    </message>
    <message>
        <source>resourceType must be CodeSystem or ValueSet.</source>
        <translation>resourceType må være CodeSystem eller ValueSet.</translation>
    </message>
    <message>
        <source>The %1 has no url.</source>
        <translation>%1 mangler url.</translation>
    </message>
    <message>
        <source>%1 includes a whole system or a filter; only listed concepts can be imported.</source>
        <translation>%1 tar med et helt kodeverk eller et filter; bare koder som er listet opp enkeltvis, kan importeres.</translation>
    </message>
    <message>
        <source>The %1 lists no codes.</source>
        <translation>%1 inneholder ingen koder.</translation>
    </message>
    <message>
        <source>%1 is not a code in the ICD-10 list (version %2).</source>
        <translation>%1 er ikke en kode i ICD-10-kodelisten (versjon %2).</translation>
    </message>
    <message>
        <source>%1 is an asterisk code for a manifestation and cannot be a cause of death; use the code of the underlying disease.</source>
        <translation>%1 er en stjernekode for en manifestasjon og kan ikke være dødsårsak; bruk koden for den underliggende sykdommen.</translation>
    </message>
    <message>
        <source>%1 is not valid for deaths in %2.</source>
        <translation>%1 er ikke gyldig for dødsfall i %2.</translation>
    </message>
    <message>
        <source>%1 applies to women only.</source>
        <translation>%1 gjelder bare kvinner.</translation>
    </message>
    <message>
        <source>%1 applies to men only.</source>
        <translation>%1 gjelder bare menn.</translation>
    </message>
    <message>
        <source>%1 is expected only at ages from %2 to %3.</source>
        <translation>%1 er bare forventet i alderen %2 til %3.</translation>
    </message>
    <message>
        <source>%1 is expected only at ages from %2.</source>
        <translation>%1 er bare forventet fra alderen %2.</translation>
    </message>
    <message>
        <source>%1 is a rare disease; confirm the diagnosis.</source>
        <translation>%1 er en sjelden sykdom; bekreft diagnosen.</translation>
    </message>
    <message>
        <source>%1 should not be the underlying cause of death; on the line below, state the disease or external cause that led to it.</source>
        <translation>%1 bør ikke være underliggende dødsårsak; oppgi på linjen under sykdommen eller den ytre årsaken som førte til dette.</translation>
    </message>
    <message>
        <source>%1 is an ill-defined condition; if known, state the disease or injury that caused it.</source>
        <translation>%1 er en dårlig definert tilstand; oppgi sykdommen eller skaden som førte til tilstanden, hvis det er kjent.</translation>
    </message>
    <message>
        <source>%1: the header has no column %2.</source>
        <translation>%1: overskriftsraden mangler kolonnen %2.</translation>
    </message>
    <message>
        <source>%1, line %2: column %3 has an unexpected value.</source>
        <translation>%1, linje %2: kolonnen %3 har en uventet verdi.</translation>
    </message>
    <message>
        <source>%1 has no codes.</source>
        <translation>%1 inneholder ingen koder.</translation>
    </message>
    <message>
        <source>%1, line %2 has %3 fields; the header has %4.</source>
        <translation>%1, linje %2 har %3 felt; overskriftsraden har %4.</translation>
    </message>
    <message>
        <source>%1, line %2 has no code.</source>
        <translation>%1, linje %2 mangler kode.</translation>
    </message>
    <message>
        <source>%1, line %2: code %3 appears more than once.</source>
        <translation>%1, linje %2: koden %3 finnes flere ganger.</translation>
    </message>
    <message>
        <source>A code system URL is needed to import a plain CSV file.</source>
        <translation>URL til kodeverket må oppgis for å importere en enkel CSV-fil.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; expected code;text.</source>
        <translation>Linje %1 har %2 felt; forventet format er code;text.</translation>
    </message>
    <message>
        <source>Line %1 has no code.</source>
        <translation>Linje %1 mangler kode.</translation>
    </message>
    <message>
        <source>Line %1: code %2 appears more than once.</source>
        <translation>Linje %1: koden %2 finnes flere ganger.</translation>
    </message>
    <message>
        <source>The file lists no codes.</source>
        <translation>Filen inneholder ingen koder.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dager</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 år</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>No code list %1 is imported.</source>
        <translation>Ingen kodeliste %1 er importert.</translation>
    </message>
    <message>
        <source>Code lists are fetched over https only (plain http only from this computer): %1</source>
        <translation>Kodelister hentes bare over https (vanlig http bare fra denne datamaskinen): %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB and was not downloaded.</source>
        <translation>Filen er større enn %1 MB og ble ikke lastet ned.</translation>
    </message>
    <message>
        <source>The download timed out.</source>
        <translation>Nedlastingen tok for lang tid og ble avbrutt.</translation>
    </message>
    <message>
        <source>The server answered %1; the current list is kept.</source>
        <translation>Serveren svarte %1; den gjeldende listen beholdes.</translation>
    </message>
    <message>
        <source>The code list could not be downloaded: %1</source>
        <translation>Kodelisten kunne ikke lastes ned: %1</translation>
    </message>
    <message>
        <source>%1 is shipped with Meldeklient and can only be replaced by a newer version of the same code system (%2).</source>
        <translation>%1 følger med Meldeklient og kan bare erstattes av en nyere versjon av det samme kodeverket (%2).</translation>
    </message>
    <message>
        <source>The code system URL is not valid (a Volven number, a URN such as urn:oid:2.16.578.1.12.4.1.1.7110, or an http(s) URL, at most %1 characters).</source>
        <translation>URL-en til kodeverket er ikke gyldig (et Volven-nummer, en URN som urn:oid:2.16.578.1.12.4.1.1.7110 eller en http(s)-URL, høyst %1 tegn).</translation>
    </message>
    <message>
        <source>The version is not valid: use at most %1 letters, digits and . _ + : - (for example 2026 or 1.0.1).</source>
        <translation>Versjonen er ikke gyldig: bruk høyst %1 bokstaver, sifre og . _ + : - (for eksempel 2026 eller 1.0.1).</translation>
    </message>
    <message>
        <source>a value set cannot replace a code system</source>
        <translation>et verdisett kan ikke erstatte et kodeverk</translation>
    </message>
    <message>
        <source>version %1 is not newer than the shipped %2</source>
        <translation>versjon %1 er ikke nyere enn den medfølgende %2</translation>
    </message>
    <message>
        <source>The new list has %1 codes, fewer than half of the %2 in the list it would replace (version %3); it looks truncated or filtered and was refused. The current list is kept.</source>
        <translation>Den nye listen har %1 koder, færre enn halvparten av de %2 i listen den skulle erstatte (versjon %3); den ser avkortet eller filtrert ut og ble avvist. Den gjeldende listen beholdes.</translation>
    </message>
    <message>
        <source>a shipped list cannot be removed</source>
        <translation>en medfølgende liste kan ikke fjernes</translation>
    </message>
    <message>
        <source>The code list %1 could not be removed.</source>
        <translation>Kodelisten %1 kunne ikke fjernes.</translation>
    </message>
    <message>
        <source>The country list %1 cannot be read (install iso-codes): %2</source>
        <translation>Landlisten %1 kan ikke leses (installer iso-codes): %2</translation>
    </message>
    <message>
        <source>The country list %1 is not iso-codes&apos; ISO 3166-1 JSON.</source>
        <translation>Landlisten %1 er ikke ISO 3166-1-JSON fra iso-codes.</translation>
    </message>
    <message>
        <source>The country list %1 has no countries.</source>
        <translation>Landlisten %1 inneholder ingen land.</translation>
    </message>
    <message>
        <source>The code service&apos;s answer is not complete JSON (line %1: %2).</source>
        <translation>Svaret fra kodetjenesten er ikke fullstendig JSON (linje %1: %2).</translation>
    </message>
    <message>
        <source>The code service&apos;s answer is neither a FHIR ValueSet expansion nor a plain list of codes.</source>
        <translation>Svaret fra kodetjenesten er verken en FHIR ValueSet-ekspansjon eller en enkel liste over koder.</translation>
    </message>
    <message>
        <source>Entry %1 of the code service&apos;s answer has no code.</source>
        <translation>Oppføring %1 i svaret fra kodetjenesten mangler kode.</translation>
    </message>
    <message>
        <source>Entry %1: code %2 appears more than once.</source>
        <translation>Oppføring %1: koden %2 finnes flere ganger.</translation>
    </message>
    <message>
        <source>The code service&apos;s answer has no codes; the current list is kept.</source>
        <translation>Svaret fra kodetjenesten inneholder ingen koder; den gjeldende listen beholdes.</translation>
    </message>
    <message>
        <source>The file is not Helsedirektoratet&apos;s ICD-10 list in the expected shape (%1); the current list is kept.</source>
        <translation>Filen er ikke Helsedirektoratets ICD-10-liste i forventet form (%1); den gjeldende listen beholdes.</translation>
    </message>
    <message>
        <source>Row %1: code %2 appears more than once.</source>
        <translation>Rad %1: koden %2 finnes flere ganger.</translation>
    </message>
    <message>
        <source>The ICD-10 file has no codes; the current list is kept.</source>
        <translation>ICD-10-filen inneholder ingen koder; den gjeldende listen beholdes.</translation>
    </message>
    <message>
        <source>The ICD-10 file is not complete JSON (line %1: %2); the current list is kept.</source>
        <translation>ICD-10-filen er ikke fullstendig JSON (linje %1: %2); den gjeldende listen beholdes.</translation>
    </message>
    <message>
        <source>the top level is not an array</source>
        <translation>øverste nivå er ikke en liste</translation>
    </message>
    <message>
        <source>row %1 is not an object</source>
        <translation>rad %1 er ikke et objekt</translation>
    </message>
    <message>
        <source>row %1 has no Kode</source>
        <translation>rad %1 mangler Kode</translation>
    </message>
    <message>
        <source>row %1 has no text</source>
        <translation>rad %1 mangler tekst</translation>
    </message>
    <message>
        <source>the first sheet is empty</source>
        <translation>første ark er tomt</translation>
    </message>
    <message>
        <source>no Kode or text column in the first row</source>
        <translation>ingen kolonne Kode eller tekst i første rad</translation>
    </message>
    <message>
        <source>The file is not SSB&apos;s municipality classification in the expected shape (%1); the current list is kept.</source>
        <translation>Filen er ikke SSBs kommuneklassifikasjon i forventet form (%1); den gjeldende listen beholdes.</translation>
    </message>
    <message>
        <source>The file is not complete JSON (line %1: %2); the current list is kept.</source>
        <translation>Filen er ikke fullstendig JSON (linje %1: %2); den gjeldende listen beholdes.</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>øverste nivå er ikke et objekt</translation>
    </message>
    <message>
        <source>%1 has no four-digit code</source>
        <translation>%1 mangler firesifret kode</translation>
    </message>
    <message>
        <source>%1 has no valid dates</source>
        <translation>%1 mangler gyldige datoer</translation>
    </message>
    <message>
        <source>no &quot;codes&quot; array</source>
        <translation>ingen liste «codes»</translation>
    </message>
    <message>
        <source>The municipality list has no codes; the current list is kept.</source>
        <translation>Kommunelisten inneholder ingen koder; den gjeldende listen beholdes.</translation>
    </message>
    <message>
        <source>no &quot;codeChanges&quot; array</source>
        <translation>ingen liste «codeChanges»</translation>
    </message>
    <message>
        <source>a change without codes or date</source>
        <translation>en endring uten koder eller dato</translation>
    </message>
    <message>
        <source>no header line</source>
        <translation>ingen overskriftslinje</translation>
    </message>
    <message>
        <source>The municipality CSV lacks the columns code, name and validFrom.</source>
        <translation>CSV-filen med kommuner mangler kolonnene code, name og validFrom.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linje %1</translation>
    </message>
    <message>
        <source>The new municipality list has %1 codes, fewer than half of the %2 it would replace; it was refused and the current list is kept.</source>
        <translation>Den nye kommunelisten har %1 koder, færre enn halvparten av de %2 den skulle erstatte; den ble avvist, og den gjeldende listen beholdes.</translation>
    </message>
    <message>
        <source>The municipality list could not be saved in %1.</source>
        <translation>Kommunelisten kunne ikke lagres i %1.</translation>
    </message>
    <message>
        <source>No municipality list is imported; run codes fetch municipalities.</source>
        <translation>Ingen kommuneliste er importert; kjør codes fetch municipalities.</translation>
    </message>
    <message>
        <source>The file is not a readable Excel workbook (%1).</source>
        <translation>Filen er ikke en lesbar Excel-arbeidsbok (%1).</translation>
    </message>
    <message>
        <source>--url cannot be used: %1 is locked by your organisation&apos;s policy (%2), so code lists are fetched only from the addresses it names. Ask your IT department.</source>
        <translation>--url kan ikke brukes: %1 er låst av virksomhetens policy (%2), så kodeverk hentes bare fra adressene den angir. Kontakt IT-avdelingen.</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>The system could not provide secure random numbers.</source>
        <translation>Systemet kunne ikke levere sikre tilfeldige tall.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>The policy in %1 sets %2 to a value Meldeklient refuses: %3 Ask your IT department to correct it.</source>
        <translation>Policyen i %1 setter %2 til en verdi Meldeklient avviser: %3 Be IT-avdelingen rette den.</translation>
    </message>
    <message>
        <source>%1 (set in %2) is refused: %3</source>
        <translation>%1 (satt i %2) avvises: %3</translation>
    </message>
    <message>
        <source>The policy file %1 may be changed by other users than its owner. Ask your IT department to make it writable by root only (chmod 644).</source>
        <translation>Policyfilen %1 kan endres av andre brukere enn eieren. Be IT-avdelingen gjøre den skrivbar bare for root (chmod 644).</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>Innstillingsfilen %1 kan ikke leses.</translation>
    </message>
    <message>
        <source>The policy in %1 sets %2, which Meldeklient does not know. Known keys: %3.</source>
        <translation>Policyen i %1 setter %2, som Meldeklient ikke kjenner. Kjente nøkler: %3.</translation>
    </message>
    <message>
        <source>HelseIdIssuer from %1 is ignored in production; signing in with %2.</source>
        <translation>HelseIdIssuer fra %1 ignoreres i produksjon; innlogging skjer med %2.</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy (%1).</source>
        <translation>Bestemt av virksomhetens policy (%1).</translation>
    </message>
    <message>
        <source>%1 is locked by your organisation&apos;s policy (%2) and cannot be changed here. Ask your IT department.</source>
        <translation>%1 er låst av virksomhetens policy (%2) og kan ikke endres her. Kontakt IT-avdelingen.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Innstillingsfilen %1 kunne ikke skrives.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3.</source>
        <translation>«%1» er ikke et heltall fra %2 til %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>«%1» er ikke en av: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address.</source>
        <translation>«%1» er ikke en http(s)-adresse.</translation>
    </message>
    <message>
        <source>%1 must use https in production.</source>
        <translation>%1 må bruke https i produksjon.</translation>
    </message>
    <message>
        <source>%1 must use https (plain http only on this computer).</source>
        <translation>%1 må bruke https (vanlig http bare på denne datamaskinen).</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>Verdien er tom.</translation>
    </message>
    <message>
        <source>A client id is 1 to 200 visible ASCII characters.</source>
        <translation>En klient-ID består av 1 til 200 synlige ASCII-tegn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;system&quot;, &quot;none&quot; or http://host:port or socks5://host:port.</source>
        <translation>«%1» er ikke «system», «none», http://vert:port eller socks5://vert:port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute file path.</source>
        <translation>«%1» er ikke en absolutt filsti.</translation>
    </message>
    <message>
        <source>A PKCS#11 URI here must not carry the PIN: store it with meldeklient-cli birth-certificate set-password.</source>
        <translation>En PKCS#11-URI her kan ikke inneholde PIN-koden: lagre den med meldeklient-cli birth-certificate set-password.</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>The data folder %1 does not exist or is not a folder.</source>
        <translation>Datamappen %1 finnes ikke eller er ikke en mappe.</translation>
    </message>
    <message>
        <source>The data folder %1 belongs to another user, so Meldeklient will not keep notifications there. Use a folder of your own (MELDEKLIENT_DATA_DIR).</source>
        <translation>Datamappen %1 tilhører en annen bruker, så Meldeklient lagrer ikke meldinger der. Bruk en mappe som er din (MELDEKLIENT_DATA_DIR).</translation>
    </message>
    <message>
        <source>Other users can write to the data folder %1, so they could replace your notifications. Make it yours alone (chmod 700) or use another folder (MELDEKLIENT_DATA_DIR).</source>
        <translation>Andre brukere kan skrive i datamappen %1 og kunne dermed bytte ut meldingene dine. Gjør den til din alene (chmod 700) eller bruk en annen mappe (MELDEKLIENT_DATA_DIR).</translation>
    </message>
    <message>
        <source>%1 is a symbolic link. Meldeklient does not follow links for its data files; remove the link.</source>
        <translation>%1 er en symbolsk lenke. Meldeklient følger ikke lenker for datafilene sine; fjern lenken.</translation>
    </message>
</context>
<context>
    <name>FreeText</name>
    <message>
        <source>“%1” contains an invisible control or text-direction character (for example NUL, escape, tab or a right-to-left mark), often from copying text. Type the text again without it.</source>
        <translation>«%1» inneholder et usynlig kontrolltegn eller tekstretningstegn (for eksempel NUL, escape, tabulator eller et høyre-til-venstre-merke), ofte fra kopiert tekst. Skriv teksten på nytt uten det.</translation>
    </message>
    <message>
        <source>“%1” must be a single line: remove the line break.</source>
        <translation>«%1» må stå på én linje: fjern linjeskiftet.</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters. Shorten it.</source>
        <translation>«%1» er lengre enn %2 tegn. Gjør teksten kortere.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>No web browser could be opened for the HelseID sign-in.</source>
        <translation>Kunne ikke åpne en nettleser for HelseID-innloggingen.</translation>
    </message>
    <message>
        <source>Death, cause-of-death and birth notifications for Norwegian health personnel</source>
        <translation>Melding om dødsfall, dødsårsak og fødsel for helsepersonell</translation>
    </message>
    <message>
        <source>Meldeklient cannot start</source>
        <translation>Meldeklient kan ikke starte</translation>
    </message>
    <message>
        <source>Report the death to Folkeregisteret?</source>
        <translation>Melde dødsfallet til Folkeregisteret?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be registered as dead.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; blir registrert som død.</translation>
    </message>
    <message>
        <source>Folkeregisteret is updated at once. BankID, bank and NAV services for this person stop soon after. Send only when you are sure that this is the right person.</source>
        <translation>Folkeregisteret oppdateres med en gang. BankID, bank- og NAV-tjenester for personen stanses kort etter. Send bare når du er sikker på at dette er riktig person.</translation>
    </message>
    <message>
        <source>&amp;Send to Folkeregisteret</source>
        <translation>&amp;Send til Folkeregisteret</translation>
    </message>
    <message>
        <source>Your login was at a security level below 3. Log in again with BankID, Buypass or Commfides (not MinID).</source>
        <translation>Innloggingen din var på et sikkerhetsnivå under 3. Logg inn på nytt med BankID, Buypass eller Commfides (ikke MinID).</translation>
    </message>
    <message>
        <source>HelseID found no HPR number for you. Only authorised health personnel can report a death. If you are authorised, check your registration in Helsepersonellregisteret.</source>
        <translation>HelseID fant ikke noe HPR-nummer for deg. Bare autorisert helsepersonell kan melde dødsfall. Er du autorisert, sjekk registreringen din i Helsepersonellregisteret.</translation>
    </message>
    <message>
        <source>The login was cancelled. Nothing has been sent.</source>
        <translation>Innloggingen ble avbrutt. Ingenting er sendt.</translation>
    </message>
    <message>
        <source>HelseID could not be reached. Check the network connection and try again in a moment.</source>
        <translation>Fikk ikke kontakt med HelseID. Sjekk nettverksforbindelsen og prøv igjen om litt.</translation>
    </message>
    <message>
        <source>Your saved login has expired. Log in again.</source>
        <translation>Den lagrede innloggingen din er utløpt. Logg inn på nytt.</translation>
    </message>
    <message>
        <source>The login failed: %1</source>
        <translation>Innloggingen mislyktes: %1</translation>
    </message>
    <message>
        <source>Unknown environment in MELDEKLIENT_ENVIRONMENT. Use one of: %1.</source>
        <translation>Ukjent miljø i MELDEKLIENT_ENVIRONMENT. Bruk ett av: %1.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Birth date and sex were read from the number.</source>
        <translation>Fødselsdato og kjønn er lest ut av nummeret.</translation>
    </message>
    <message>
        <source>The number follows the 2032 rules: birth date and sex cannot be read from it. Use Folkeregisteret.</source>
        <translation>Nummeret følger reglene fra 2032: fødselsdato og kjønn kan ikke leses ut av det. Bruk Folkeregisteret.</translation>
    </message>
    <message>
        <source>This kind of number carries no birth date or sex.</source>
        <translation>Denne typen nummer inneholder ikke fødselsdato eller kjønn.</translation>
    </message>
    <message>
        <source>The century of birth cannot be read from this number. Use Folkeregisteret.</source>
        <translation>Fødselsårhundret kan ikke leses ut av dette nummeret. Bruk Folkeregisteret.</translation>
    </message>
    <message>
        <source>No number was entered.</source>
        <translation>Det er ikke skrevet inn noe nummer.</translation>
    </message>
    <message>
        <source>The number has the wrong number of digits.</source>
        <translation>Nummeret har feil antall siffer.</translation>
    </message>
    <message>
        <source>The number may only contain digits.</source>
        <translation>Nummeret kan bare inneholde siffer.</translation>
    </message>
    <message>
        <source>Only one separator is allowed, between the date and the individual number.</source>
        <translation>Bare ett skilletegn er tillatt, mellom datoen og individnummeret.</translation>
    </message>
    <message>
        <source>The first six digits are not a real date.</source>
        <translation>De seks første sifrene er ikke en gyldig dato.</translation>
    </message>
    <message>
        <source>The first check digit is wrong. Check for a typing error.</source>
        <translation>Det første kontrollsifferet er feil. Se etter en skrivefeil.</translation>
    </message>
    <message>
        <source>The second check digit is wrong. Check for a typing error.</source>
        <translation>Det andre kontrollsifferet er feil. Se etter en skrivefeil.</translation>
    </message>
    <message>
        <source>The check digit is wrong. Check for a typing error.</source>
        <translation>Kontrollsifferet er feil. Se etter en skrivefeil.</translation>
    </message>
    <message>
        <source>The number cannot consist of zeros only.</source>
        <translation>Nummeret kan ikke bestå av bare nuller.</translation>
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
        <translation>ukjent identifikator</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 finnes ikke.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a device or a pipe). Give the path of a file.</source>
        <translation>%1 er ikke en vanlig fil (det er en mappe, en enhet eller et rør). Oppgi stien til en fil.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB, the limit for this kind of file.</source>
        <translation>%1 er større enn %2 KB, grensen for denne typen fil.</translation>
    </message>
    <message>
        <source>reading it failed</source>
        <translation>lesingen mislyktes</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>you do not have permission to read it</source>
        <translation>du har ikke tilgang til å lese den</translation>
    </message>
    <message>
        <source>the system could not open it (error %1)</source>
        <translation>systemet kunne ikke åpne den (feil %1)</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::AboutDialog</name>
    <message>
        <source>About Meldeklient</source>
        <translation>Om Meldeklient</translation>
    </message>
    <message>
        <source>Death, cause-of-death and birth notifications for Norwegian health personnel.</source>
        <translation>Melding om dødsfall, dødsårsak og fødsel for helsepersonell.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2; %3.</source>
        <translation>Bygget med Qt %1, kjører på Qt %2; %3.</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Programvare fra tredjeparter</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::BirthNotificationPage</name>
    <message>
        <source>&lt;h2&gt;The mother&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mor&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Type the mother&apos;s fødselsnummer or D-nummer. Folkeregisteret shows who has the number; check that it is the woman who gave birth before you go on.</source>
        <translation>Skriv mors fødselsnummer eller D-nummer. Folkeregisteret viser hvem som har nummeret; kontroller at det er kvinnen som har født, før du går videre.</translation>
    </message>
    <message>
        <source>Mother&apos;s &amp;fødselsnummer or D-nummer:</source>
        <translation>Mors &amp;fødselsnummer eller D-nummer:</translation>
    </message>
    <message>
        <source>Mother&apos;s fødselsnummer or D-nummer</source>
        <translation>Mors fødselsnummer eller D-nummer</translation>
    </message>
    <message>
        <source>The mother has &amp;no Norwegian fødselsnummer or D-nummer</source>
        <translation>Mor har &amp;ikke norsk fødselsnummer eller D-nummer</translation>
    </message>
    <message>
        <source>Folkeregisteret has no person with this number. Check the number; if the mother has no Norwegian number, choose that below.</source>
        <translation>Folkeregisteret har ingen person med dette nummeret. Kontroller nummeret; har mor ikke norsk nummer, velg det nedenfor.</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>født %1</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tilbake</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Lagre som &amp;PDF …</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Neste</translation>
    </message>
    <message>
        <source>This is an auxiliary number (%1). Folkeregisteret takes only a fødselsnummer or D-nummer for the mother: use hers, or choose &quot;no Norwegian number&quot;.</source>
        <translation>Dette er et hjelpenummer (%1). Folkeregisteret tar bare imot fødselsnummer eller D-nummer for mor: bruk hennes, eller velg «ikke norsk nummer».</translation>
    </message>
    <message>
        <source>Child %1</source>
        <translation>Barn %1</translation>
    </message>
    <message>
        <source>&amp;Add a child</source>
        <translation>&amp;Legg til barn</translation>
    </message>
    <message>
        <source>Re&amp;move this child</source>
        <translation>&amp;Fjern dette barnet</translation>
    </message>
    <message>
        <source>Single birth: plurality and birth order are not sent.</source>
        <translation>Enkeltfødsel: antall barn og rekkefølge sendes ikke.</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Melding om fødsel&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Melding om fødsel&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>One notification per birth: twins and triplets are children of the same birth, each on its own tab. Folkeregisteret gets one message per child and gives each live-born child a fødselsnummer.</source>
        <translation>Én melding per fødsel: tvillinger og trillinger er barn i samme fødsel, hvert på sin fane. Folkeregisteret får én melding per barn og gir hvert levendefødte barn et fødselsnummer.</translation>
    </message>
    <message>
        <source>Melding om fødsel: check before sending</source>
        <translation>Melding om fødsel: kontroller før sending</translation>
    </message>
    <message>
        <source>The mother has no Norwegian number: give her name and birth date under «Mor» below.</source>
        <translation>Mor har ikke norsk nummer: fyll inn navn og fødselsdato under «Mor» nedenfor.</translation>
    </message>
    <message>
        <source>&amp;Next: check</source>
        <translation>&amp;Neste: kontroller</translation>
    </message>
    <message>
        <source>First find the mother and tick «This is the right person», or choose that she has no Norwegian number.</source>
        <translation>Finn først mor og kryss av for «Dette er riktig person», eller velg at hun ikke har norsk nummer.</translation>
    </message>
    <message>
        <source>%1 (no Norwegian number)</source>
        <translation>%1 (uten norsk nummer)</translation>
    </message>
    <message>
        <source>%1 (confirmed in Folkeregisteret)</source>
        <translation>%1 (bekreftet i Folkeregisteret)</translation>
    </message>
    <message>
        <source>%1, HPR %2</source>
        <translation>%1, HPR %2</translation>
    </message>
    <message>
        <source>To Folkeregisteret (clinical data are not sent)</source>
        <translation>Til Folkeregisteret (kliniske opplysninger sendes ikke)</translation>
    </message>
    <message>
        <source>Mother: %1</source>
        <translation>Mor: %1</translation>
    </message>
    <message>
        <source>Save a copy of the birth notification</source>
        <translation>Lagre en kopi av fødselsmeldingen</translation>
    </message>
    <message>
        <source>fodselsmelding.pdf</source>
        <translation>fodselsmelding.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Melding om fødsel</source>
        <translation>Melding om fødsel</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>&amp;Check for decisions now</source>
        <translation>&amp;Se etter svar nå</translation>
    </message>
    <message>
        <source>New &amp;birth notification</source>
        <translation>Ny &amp;fødselsmelding</translation>
    </message>
    <message>
        <source>&amp;Send to Folkeregisteret</source>
        <translation>&amp;Send til Folkeregisteret</translation>
    </message>
    <message>
        <source>Fix what must be fixed first (Endre goes there).</source>
        <translation>Rett først det som må rettes («Endre» går dit).</translation>
    </message>
    <message>
        <source>Confirm each warning you have considered.</source>
        <translation>Bekreft hver advarsel du har vurdert.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ikke sendt</translation>
    </message>
    <message>
        <source>The birth notification could not be put in the outbox: %1</source>
        <translation>Fødselsmeldingen kunne ikke legges i utboksen: %1</translation>
    </message>
    <message>
        <source>Folkeregisteret has decided</source>
        <translation>Folkeregisteret har avgjort</translation>
    </message>
    <message>
        <source>Sent: waiting for Folkeregisteret&apos;s decision</source>
        <translation>Sendt: venter på svar fra Folkeregisteret</translation>
    </message>
    <message>
        <source>Choose at least one child to correct.</source>
        <translation>Velg minst ett barn som skal korrigeres.</translation>
    </message>
    <message>
        <source>&amp;Send correction to Folkeregisteret</source>
        <translation>&amp;Send korrigering til Folkeregisteret</translation>
    </message>
    <message>
        <source>Correct child %1</source>
        <translation>Korriger barn %1</translation>
    </message>
    <message>
        <source>Correction of the birth notification sent %1 — choose the children to correct</source>
        <translation>Korrigering av fødselsmelding sendt %1 — velg barna som skal korrigeres</translation>
    </message>
    <message>
        <source>Correction of the birth notification sent %1 — child %2</source>
        <translation>Korrigering av fødselsmelding sendt %1 — barn %2</translation>
    </message>
    <message>
        <source>Children to correct</source>
        <translation>Barn som skal korrigeres</translation>
    </message>
    <message>
        <source>The form holds what was sent. Change what was wrong; the children ticked here are sent again as corrections of their earlier messages.</source>
        <translation>Skjemaet viser det som ble sendt. Endre det som var feil; barna som er krysset av her, sendes på nytt som korrigering av de tidligere meldingene sine.</translation>
    </message>
    <message>
        <source>Multiple birth of %1 children: this is child %2 of %1, sent to Folkeregisteret as birth order number %3 (computed from the tabs, not typed).</source>
        <translation>Flerfødsel med %1 barn: dette er barn %2 av %1, sendt til Folkeregisteret som rekkefølgenummer %3 (beregnes fra fanene, skrives ikke inn).</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::BirthStatusView</name>
    <message>
        <source>Child %1</source>
        <translation>Barn %1</translation>
    </message>
    <message>
        <source>%1: waiting to be sent to Folkeregisteret.</source>
        <translation>%1: venter på å bli sendt til Folkeregisteret.</translation>
    </message>
    <message>
        <source>%1: not sent yet, tried again automatically.</source>
        <translation>%1: ikke sendt ennå, prøves igjen automatisk.</translation>
    </message>
    <message>
        <source>%1: received by Folkeregisteret for processing (reference %2). The decision comes later.</source>
        <translation>%1: mottatt av Folkeregisteret til behandling (referanse %2). Svaret kommer senere.</translation>
    </message>
    <message>
        <source>%1: registered as stillborn. A stillborn child is given no fødselsnummer.</source>
        <translation>%1: registrert som dødfødt. Dødfødte barn får ikke fødselsnummer.</translation>
    </message>
    <message>
        <source>%1: registered by Folkeregisteret.</source>
        <translation>%1: registrert av Folkeregisteret.</translation>
    </message>
    <message>
        <source>%1: registered with fødselsnummer %2.</source>
        <translation>%1: registrert med fødselsnummer %2.</translation>
    </message>
    <message>
        <source>%1: refused by Folkeregisteret.</source>
        <translation>%1: avvist av Folkeregisteret.</translation>
    </message>
    <message>
        <source>%1: withdrawn, not sent.</source>
        <translation>%1: trukket tilbake, ikke sendt.</translation>
    </message>
    <message>
        <source>A stillborn child is given no fødselsnummer.</source>
        <translation>Dødfødte barn får ikke fødselsnummer.</translation>
    </message>
    <message>
        <source>Fødselsnummer of child %1</source>
        <translation>Fødselsnummeret til barn %1</translation>
    </message>
    <message>
        <source>This is a correction of message %1.</source>
        <translation>Dette er en korrigering av melding %1.</translation>
    </message>
    <message>
        <source>Corrected by message %1.</source>
        <translation>Korrigert med melding %1.</translation>
    </message>
    <message>
        <source>&amp;Correct child %1…</source>
        <translation>&amp;Korriger barn %1…</translation>
    </message>
    <message>
        <source>Correct a registered child?</source>
        <translation>Korrigere et registrert barn?</translation>
    </message>
    <message>
        <source>Child %1 is registered in Folkeregisteret. A correction changes the child&apos;s registered data there (for example sex or birth date) once Folkeregisteret approves it. Correct only what is wrong.</source>
        <translation>Barn %1 er registrert i Folkeregisteret. En korrigering endrer barnets registrerte opplysninger der (for eksempel kjønn eller fødselsdato) når Folkeregisteret godkjenner den. Korriger bare det som er feil.</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Korriger</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::CauseChainEditor</name>
    <message>
        <source>Part I: the chain of events, from the immediate cause (A) down to the underlying cause</source>
        <translation>Del I: hendelsesforløpet, fra den umiddelbare dødsårsaken (A) ned til den underliggende årsaken</translation>
    </message>
    <message>
        <source>↑ due to (som følge av)</source>
        <translation>↑ som følge av</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linje %1</translation>
    </message>
    <message>
        <source>or</source>
        <translation>eller</translation>
    </message>
    <message>
        <source>Part II: other significant conditions contributing to the death</source>
        <translation>Del II: andre vesentlige tilstander som bidro til dødsfallet</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::CodeListUpdateStatus</name>
    <message>
        <source>Checking the ICD-10 list…</source>
        <translation>Sjekker ICD-10-listen …</translation>
    </message>
    <message>
        <source>Checking the ICD-10 list… %1 %</source>
        <translation>Sjekker ICD-10-listen … %1 %</translation>
    </message>
    <message>
        <source>The ICD-10 list is the newest (%1).</source>
        <translation>ICD-10-listen er den nyeste (%1).</translation>
    </message>
    <message>
        <source>The ICD-10 list could not be updated; the current list is kept.</source>
        <translation>ICD-10-listen kunne ikke oppdateres; den gjeldende listen beholdes.</translation>
    </message>
    <message>
        <source>ICD-10 list updated (%1) and in use.</source>
        <translation>ICD-10-listen er oppdatert (%1) og i bruk.</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::DoctorHeader</name>
    <message>
        <source>Sign &amp;out</source>
        <translation>Logg &amp;ut</translation>
    </message>
    <message>
        <source>no HPR number</source>
        <translation>uten HPR-nummer</translation>
    </message>
    <message>
        <source>HPR %1</source>
        <translation>HPR %1</translation>
    </message>
    <message>
        <source>Signed in: &lt;b&gt;%1&lt;/b&gt; · %2 · security level %3</source>
        <translation>Innlogget: &lt;b&gt;%1&lt;/b&gt; · %2 · sikkerhetsnivå %3</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Ikke logget inn</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::DraftsPage</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsett</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Forkast …</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Drafts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kladder&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>(no person chosen yet)</source>
        <translation>(ingen person valgt ennå)</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Forkaste kladden?</translation>
    </message>
    <message>
        <source>The draft &quot;%1&quot; is deleted. This cannot be undone.</source>
        <translation>Kladden «%1» slettes. Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>No drafts. Everything you type in a new death or birth notification is saved here by itself until it is sent.</source>
        <translation>Ingen kladder. Alt du skriver i en ny dødsmelding eller fødselsmelding lagres her automatisk til den er sendt.</translation>
    </message>
    <message>
        <source>Notifications not sent &amp;yet:</source>
        <translation>Meldinger som &amp;ikke er sendt ennå:</translation>
    </message>
    <message>
        <source>Notifications not sent yet</source>
        <translation>Meldinger som ikke er sendt ennå</translation>
    </message>
    <message>
        <source>Death notification</source>
        <translation>Dødsmelding</translation>
    </message>
    <message>
        <source>Birth notification</source>
        <translation>Fødselsmelding</translation>
    </message>
    <message>
        <source>(no mother chosen yet)</source>
        <translation>(ingen mor valgt ennå)</translation>
    </message>
    <message>
        <source>mother %1</source>
        <translation>mor %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n child(ren))</source>
        <translation>
            <numerusform>(%n barn)</numerusform>
            <numerusform>(%n barn)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 – changed %3</source>
        <translation>%1: %2 – endret %3</translation>
    </message>
    <message>
        <source>Correction of a birth notification</source>
        <translation>Korrigering av fødselsmelding</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::EnvironmentBanner</name>
    <message>
        <source>SANDBOX – notifications do not go to Folkeregisteret</source>
        <translation>SANDKASSE – meldinger går ikke til Folkeregisteret</translation>
    </message>
    <message>
        <source>TEST – notifications do not go to Folkeregisteret</source>
        <translation>TEST – meldinger går ikke til Folkeregisteret</translation>
    </message>
    <message>
        <source> – SANDBOX</source>
        <translation> – SANDKASSE</translation>
    </message>
    <message>
        <source> – TEST</source>
        <translation> – TEST</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::Icd10CodeEdit</name>
    <message>
        <source>Code or words, e.g. I21 or infarction</source>
        <translation>Kode eller ord, f.eks. I21 eller infarkt</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::IdentifierField</name>
    <message>
        <source>11 digits, e.g. 240472 30752</source>
        <translation>11 siffer, f.eks. 240472 30752</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>født %1</translation>
    </message>
    <message>
        <source>Number check</source>
        <translation>Kontroll av nummeret</translation>
    </message>
    <message>
        <source>This is an auxiliary number (%1). It cannot be used in a death notification: use the person&apos;s fødselsnummer or D-nummer, or choose &quot;no Norwegian number&quot;.</source>
        <translation>Dette er et hjelpenummer (%1). Det kan ikke brukes i en dødsmelding: bruk personens fødselsnummer eller D-nummer, eller velg «ikke norsk nummer».</translation>
    </message>
    <message>
        <source>This is a synthetic test number. It can only be used in the test and sandbox environments.</source>
        <translation>Dette er et syntetisk testnummer. Det kan bare brukes i test- og sandkassemiljøene.</translation>
    </message>
    <message>
        <source>&amp;Fødselsnummer or D-nummer:</source>
        <translation>&amp;Fødselsnummer eller D-nummer:</translation>
    </message>
    <message>
        <source>Fødselsnummer or D-nummer</source>
        <translation>Fødselsnummer eller D-nummer</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::IdentifyPage</name>
    <message>
        <source>Look &amp;up again</source>
        <translation>Slå &amp;opp igjen</translation>
    </message>
    <message>
        <source>This is the &amp;right person</source>
        <translation>Dette er &amp;riktig person</translation>
    </message>
    <message>
        <source>&amp;Continue to Del 1</source>
        <translation>&amp;Gå videre til Del 1</translation>
    </message>
    <message>
        <source>The deceased has &amp;no Norwegian fødselsnummer or D-nummer</source>
        <translation>Avdøde har &amp;ikke norsk fødselsnummer eller D-nummer</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Who has died?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Hvem er død?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Type the deceased&apos;s fødselsnummer or D-nummer. Folkeregisteret shows who has the number; check that it is the person in front of you before you go on.</source>
        <translation>Skriv avdødes fødselsnummer eller D-nummer. Folkeregisteret viser hvem som har nummeret; kontroller at det er personen du har foran deg før du går videre.</translation>
    </message>
    <message>
        <source>&amp;Fødselsnummer or D-nummer:</source>
        <translation>&amp;Fødselsnummer eller D-nummer:</translation>
    </message>
    <message>
        <source>Fødselsnummer or D-nummer</source>
        <translation>Fødselsnummer eller D-nummer</translation>
    </message>
    <message>
        <source>Looking the number up in Folkeregisteret…</source>
        <translation>Slår opp nummeret i Folkeregisteret …</translation>
    </message>
    <message>
        <source>Folkeregisteret has no person with this number. Check the number; if the deceased has no Norwegian number, choose that below.</source>
        <translation>Folkeregisteret har ingen person med dette nummeret. Kontroller nummeret; har avdøde ikke norsk nummer, velg det nedenfor.</translation>
    </message>
    <message>
        <source>The lookup failed: %1</source>
        <translation>Oppslaget mislyktes: %1</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::IssueListProxyModel</name>
    <message>
        <source>Error: %1</source>
        <translation>Feil: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advarsel: %1</translation>
    </message>
    <message>
        <source>Error – «%1»: %2</source>
        <translation>Feil – «%1»: %2</translation>
    </message>
    <message>
        <source>Warning – «%1»: %2</source>
        <translation>Advarsel – «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::LockedSettingsView</name>
    <message>
        <source>Setting</source>
        <translation>Innstilling</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Settings in &amp;use</source>
        <translation>Innstillinger i &amp;bruk</translation>
    </message>
    <message>
        <source>Settings in use</source>
        <translation>Innstillinger i bruk</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::MainWindow</name>
    <message>
        <source>Meldeklient</source>
        <translation>Meldeklient</translation>
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
        <source>&amp;Log in again</source>
        <translation>&amp;Logg inn på nytt</translation>
    </message>
    <message>
        <source>New death notification</source>
        <translation>Ny dødsmelding</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Kladder</translation>
    </message>
    <message>
        <source>Outbox and sent</source>
        <translation>Utboks og sendte</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Your computer&apos;s keychain could not store the login. You stay logged in until you close Meldeklient, and must log in again next time.</source>
        <translation>Nøkkelringen på datamaskinen kunne ikke lagre innloggingen. Du er logget inn til du lukker Meldeklient, og må logge inn på nytt neste gang.</translation>
    </message>
    <message>
        <source>Your outbox could not be opened: %1</source>
        <translation>Utboksen din kunne ikke åpnes: %1</translation>
    </message>
    <message>
        <source>(offline)</source>
        <translation>(frakoblet)</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Ikke logget inn</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logger inn …</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Tilkoblet</translation>
    </message>
    <message>
        <source>Login expired</source>
        <translation>Innloggingen er utløpt</translation>
    </message>
    <message>
        <source>Your HelseID login has expired. What you write is kept; log in again to send.</source>
        <translation>HelseID-innloggingen din er utløpt. Det du skriver, tas vare på; logg inn på nytt for å sende.</translation>
    </message>
    <message>
        <source>Offline: notifications wait in the outbox and are sent when the network is back</source>
        <translation>Frakoblet: meldinger venter i utboksen og sendes når nettet er tilbake</translation>
    </message>
    <message>
        <source>No connection to HelseID. You can write and save; notifications are sent when you are connected again.</source>
        <translation>Ingen forbindelse med HelseID. Du kan skrive og lagre; meldinger sendes når du er tilkoblet igjen.</translation>
    </message>
    <message numerus="yes">
        <source>%n notification part(s) waiting to be sent</source>
        <translation>
            <numerusform>%n meldingsdel venter på å bli sendt</numerusform>
            <numerusform>%n meldingsdeler venter på å bli sendt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) correction</source>
        <translation>
            <numerusform>%n må rettes</numerusform>
            <numerusform>%n må rettes</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>Utboksen er tom</translation>
    </message>
    <message>
        <source>New birth notification</source>
        <translation>Ny fødselsmelding</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::NotificationFlow</name>
    <message>
        <source>born %1</source>
        <translation>født %1</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tilbake</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Neste</translation>
    </message>
    <message>
        <source>1 Who has died</source>
        <translation>1 Hvem er død</translation>
    </message>
    <message>
        <source>2 Del 1: the death</source>
        <translation>2 Del 1: dødsfallet</translation>
    </message>
    <message>
        <source>3 Del 2: causes of death</source>
        <translation>3 Del 2: dødsårsaker</translation>
    </message>
    <message>
        <source>4 Check and send</source>
        <translation>4 Kontroller og send</translation>
    </message>
    <message>
        <source>5 Receipt</source>
        <translation>5 Kvittering</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Send …</translation>
    </message>
    <message>
        <source>Del 1 – the death (to Folkeregisteret)</source>
        <translation>Del 1 – dødsfallet (til Folkeregisteret)</translation>
    </message>
    <message>
        <source>Del 2 – causes of death (to the Cause of Death Registry)</source>
        <translation>Del 2 – dødsårsaker (til Dødsårsaksregisteret)</translation>
    </message>
    <message>
        <source>Report this death again?</source>
        <translation>Melde dette dødsfallet på nytt?</translation>
    </message>
    <message>
        <source>Your outbox already has a death notification for this person (sent or waiting). Send another one only if the first was wrong, for example to change the time of death.</source>
        <translation>Utboksen din har allerede en dødsmelding for denne personen (sendt eller ventende). Send en ny bare hvis den første var feil, for eksempel for å endre dødstidspunktet.</translation>
    </message>
    <message>
        <source>Send &amp;another</source>
        <translation>Send &amp;en ny</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ikke sendt</translation>
    </message>
    <message>
        <source>The notification could not be put in the outbox: %1</source>
        <translation>Meldingen kunne ikke legges i utboksen: %1</translation>
    </message>
    <message>
        <source>no connection to the registry</source>
        <translation>ingen forbindelse med registeret</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::OutboxPage</name>
    <message>
        <source>Nothing has been sent from this computer yet.</source>
        <translation>Ingenting er sendt fra denne datamaskinen ennå.</translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation>Kvittering: %1</translation>
    </message>
    <message>
        <source>The registry&apos;s message: %1</source>
        <translation>Registerets melding: %1</translation>
    </message>
    <message>
        <source>&amp;Outbox and sent notifications</source>
        <translation>&amp;Utboks og sendte meldinger</translation>
    </message>
    <message>
        <source>Outbox and sent notifications</source>
        <translation>Utboks og sendte meldinger</translation>
    </message>
    <message>
        <source>&amp;Correct this birth notification…</source>
        <translation>&amp;Korriger denne fødselsmeldingen…</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::PageStack</name>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::PersonCard</name>
    <message>
        <source>woman</source>
        <translation>kvinne</translation>
    </message>
    <message>
        <source>man</source>
        <translation>mann</translation>
    </message>
    <message>
        <source>sex not known</source>
        <translation>kjønn ukjent</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>født %1</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <source>birth date not known</source>
        <translation>fødselsdato ukjent</translation>
    </message>
    <message>
        <source>Folkeregisteret already has this person as dead (%1).</source>
        <translation>Folkeregisteret har allerede registrert personen som død (%1).</translation>
    </message>
    <message>
        <source>Folkeregisteret already has this person as dead.</source>
        <translation>Folkeregisteret har allerede registrert personen som død.</translation>
    </message>
    <message>
        <source>Check that this is the right person. A new Del 1 changes the registered time of death.</source>
        <translation>Kontroller at dette er riktig person. En ny Del 1 endrer det registrerte dødstidspunktet.</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::QuestionnaireForm</name>
    <message>
        <source>Write a whole number.</source>
        <translation>Skriv et heltall.</translation>
    </message>
    <message>
        <source>Write a number.</source>
        <translation>Skriv et tall.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>dd.mm.yyyy hh:mm</source>
        <translation>dd.mm.åååå tt:mm</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>tt:mm</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Påkrevd</translation>
    </message>
    <message>
        <source>Not a code in the ICD-10 list: take a hit from the list, or write the cause as free text.</source>
        <translation>Ikke en kode i ICD-10-listen: velg et treff i listen, eller skriv årsaken som fritekst.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Feil: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advarsel: %1</translation>
    </message>
    <message>
        <source>This is not a date: write it as dd.mm.yyyy, for example 24.12.2024.</source>
        <translation>Dette er ikke en dato: skriv den som dd.mm.åååå, for eksempel 24.12.2024.</translation>
    </message>
    <message>
        <source>This is not a time of day: write it as hh:mm, for example 14:30.</source>
        <translation>Dette er ikke et klokkeslett: skriv det som tt:mm, for eksempel 14:30.</translation>
    </message>
    <message>
        <source>This is not a date and time: write it as dd.mm.yyyy hh:mm, for example 24.12.2024 14:30.</source>
        <translation>Dette er ikke en dato med klokkeslett: skriv det som dd.mm.åååå tt:mm, for eksempel 24.12.2024 14:30.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove %1 and what is written there?</source>
        <translation>Fjerne %1 og det som er skrevet der?</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n error(s))</source>
        <translation>
            <numerusform>%1 (%n feil)</numerusform>
            <numerusform>%1 (%n feil)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n warning(s))</source>
        <translation>
            <numerusform>%1 (%n advarsel)</numerusform>
            <numerusform>%1 (%n advarsler)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::ReceiptPage</name>
    <message>
        <source>&amp;New death notification</source>
        <translation>&amp;Ny dødsmelding</translation>
    </message>
    <message>
        <source>Show the &amp;outbox</source>
        <translation>Vis &amp;utboksen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sender …</translation>
    </message>
    <message>
        <source>The notification is in the outbox and is being sent. You may close this page; nothing is lost.</source>
        <translation>Meldingen ligger i utboksen og blir sendt. Du kan lukke denne siden; ingenting går tapt.</translation>
    </message>
    <message>
        <source>The notification is saved in the outbox and is sent by itself when the connection is back.</source>
        <translation>Meldingen er lagret i utboksen og sendes automatisk når forbindelsen er tilbake.</translation>
    </message>
    <message>
        <source>Next attempt: %1.</source>
        <translation>Neste forsøk: %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Årsak: %1</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Venter på å sende</translation>
    </message>
    <message>
        <source>Log in again to send</source>
        <translation>Logg inn på nytt for å sende</translation>
    </message>
    <message>
        <source>Your HelseID login has expired. The notification is saved in the outbox and is sent when you have logged in again.</source>
        <translation>HelseID-innloggingen din er utløpt. Meldingen er lagret i utboksen og sendes når du har logget inn på nytt.</translation>
    </message>
    <message>
        <source>dødsfallId: %1
Received by the registry: %2</source>
        <translation>dødsfallId: %1
Mottatt av registeret: %2</translation>
    </message>
    <message>
        <source>Del 2 (causes of death) has been received by the Cause of Death Registry.</source>
        <translation>Del 2 (dødsårsaker) er mottatt av Dødsårsaksregisteret.</translation>
    </message>
    <message>
        <source>Del 2 (causes of death) is being sent.</source>
        <translation>Del 2 (dødsårsaker) blir sendt.</translation>
    </message>
    <message>
        <source>The death has been reported</source>
        <translation>Dødsfallet er meldt</translation>
    </message>
    <message>
        <source>The registry did not accept the notification</source>
        <translation>Registeret godtok ikke meldingen</translation>
    </message>
    <message>
        <source>The registry&apos;s message: %1</source>
        <translation>Registerets melding: %1</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::ReviewPage</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Must be fixed before sending</source>
        <translation>Må rettes før sending</translation>
    </message>
    <message>
        <source>Warnings: confirm each one you have considered</source>
        <translation>Advarsler: bekreft hver enkelt du har vurdert</translation>
    </message>
    <message>
        <source>Legeerklæring om dødsfall: check before sending</source>
        <translation>Legeerklæring om dødsfall: kontroller før sending</translation>
    </message>
    <message>
        <source>Endre</source>
        <translation>Endre</translation>
    </message>
    <message>
        <source>Endre: %1</source>
        <translation>Endre: %1</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(ikke besvart)</translation>
    </message>
    <message>
        <source>«%1»: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Considered</source>
        <translation>Vurdert</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed before sending</source>
        <translation>
            <numerusform>%n problem må rettes før sending</numerusform>
            <numerusform>%n problemer må rettes før sending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): confirm each one you have considered</source>
        <translation>
            <numerusform>%n advarsel: bekreft at du har vurdert den</numerusform>
            <numerusform>%n advarsler: bekreft hver enkelt du har vurdert</numerusform>
        </translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::SettingsPage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Innstillinger&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The new language is used from the next time you start Meldeklient.</source>
        <translation>Det nye språket brukes fra neste gang du starter Meldeklient.</translation>
    </message>
    <message>
        <source>&amp;About Meldeklient</source>
        <translation>&amp;Om Meldeklient</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::SignInPage</name>
    <message>
        <source>&amp;Log in with HelseID</source>
        <translation>&amp;Logg inn med HelseID</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Melding om dødsfall og dødsårsak&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Melding om dødsfall og dødsårsak&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Log in with HelseID (BankID, Buypass or Commfides, security level 3 or higher). Your web browser opens for the login and you come back here afterwards.</source>
        <translation>Logg inn med HelseID (BankID, Buypass eller Commfides, sikkerhetsnivå 3 eller høyere). Nettleseren åpnes for innloggingen, og du kommer tilbake hit etterpå.</translation>
    </message>
    <message>
        <source>Waiting for the login in your web browser…</source>
        <translation>Venter på innloggingen i nettleseren …</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::ValidationSummary</name>
    <message>
        <source>Problems in the form</source>
        <translation>Problemer i skjemaet</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed</source>
        <translation>
            <numerusform>%n problem må rettes</numerusform>
            <numerusform>%n problemer må rettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s) to check</source>
        <translation>
            <numerusform>, %n advarsel å kontrollere</numerusform>
            <numerusform>, %n advarsler å kontrollere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to check</source>
        <translation>
            <numerusform>%n advarsel å kontrollere</numerusform>
            <numerusform>%n advarsler å kontrollere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Line %1 has both an ICD-10 code and free text. Keep one of them.</source>
        <translation>Linje %1 har både ICD-10-kode og fritekst. Behold bare én av dem.</translation>
    </message>
    <message>
        <source>Line A (the immediate cause of death) must be filled in, as an ICD-10 code or as text.</source>
        <translation>Linje A (umiddelbar dødsårsak) må fylles ut, som ICD-10-kode eller som tekst.</translation>
    </message>
    <message>
        <source>Line A needs the approximate time between onset and death.</source>
        <translation>Linje A må ha omtrentlig tid mellom sykdomsdebut og død.</translation>
    </message>
    <message>
        <source>Line %1 has no time between onset and death. Add it if it is known, or choose &quot;Ukjent&quot;.</source>
        <translation>Linje %1 mangler tid mellom sykdomsdebut og død. Fyll den inn hvis den er kjent, eller velg «Ukjent».</translation>
    </message>
    <message>
        <source>Line %1 has a time interval but no cause.</source>
        <translation>Linje %1 har tidsintervall, men ingen årsak.</translation>
    </message>
    <message>
        <source>Line %1 is filled in below an empty line. Fill the lines from A downwards without gaps.</source>
        <translation>Linje %1 er fylt ut under en tom linje. Fyll ut linjene fra A og nedover uten hull.</translation>
    </message>
    <message>
        <source>Line A names a mode of dying (such as cardiac arrest or cardiorespiratory failure) and nothing below it. Give the disease or injury that led to it on the lines below.</source>
        <translation>Linje A angir en dødsmåte (som hjertestans eller kardiorespiratorisk svikt) uten noe under. Oppgi sykdommen eller skaden som førte til den på linjene under.</translation>
    </message>
    <message>
        <source>Line %1 has a shorter time since onset than line %2 above it, although line %2 is a consequence of it. Check the order of the lines or the intervals.</source>
        <translation>Linje %1 har kortere tid siden debut enn linje %2 over, selv om linje %2 er en følge av den. Kontroller rekkefølgen på linjene eller tidsintervallene.</translation>
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
        <source>%1 is an injury or poisoning code. Answer &quot;Ja&quot; to injury or poisoning and describe when, where and how it happened.</source>
        <translation>%1 er en skade- eller forgiftningskode. Svar «Ja» på skade eller forgiftning, og beskriv når, hvor og hvordan det skjedde.</translation>
    </message>
    <message>
        <source>Accident, suicide and homicide are deaths from injury or poisoning. Answer &quot;Ja&quot; to injury or poisoning and describe it.</source>
        <translation>Ulykke, selvmord og drap er dødsfall etter skade eller forgiftning. Svar «Ja» på skade eller forgiftning, og beskriv den.</translation>
    </message>
    <message>
        <source>A death from injury, poisoning, accident, suicide or homicide is an unnatural death. Answer &quot;Ja&quot; to whether the death can be considered unnatural.</source>
        <translation>Dødsfall etter skade, forgiftning, ulykke, selvmord eller drap er unaturlige dødsfall. Svar «Ja» på om dødsfallet kan anses som unaturlig.</translation>
    </message>
    <message>
        <source>Notify the police as soon as possible (tel. 02800), cf. helsepersonelloven § 36 third paragraph, and send the signed legeerklæring to the police.</source>
        <translation>Gi politiet beskjed snarest mulig (tlf. 02800), jf. helsepersonelloven § 36 tredje ledd, og send signert legeerklæring til politiet.</translation>
    </message>
    <message>
        <source>The resource is not a FHIR Patient.</source>
        <translation>Ressursen er ikke en FHIR Patient.</translation>
    </message>
    <message>
        <source>Patient.identifier must be a list.</source>
        <translation>Patient.identifier må være en liste.</translation>
    </message>
    <message>
        <source>Patient.identifier.value must be text.</source>
        <translation>Patient.identifier.value må være tekst.</translation>
    </message>
    <message>
        <source>Patient.birthDate is not a valid date.</source>
        <translation>Patient.birthDate er ikke en gyldig dato.</translation>
    </message>
    <message>
        <source>Patient.gender must be female, male, other or unknown.</source>
        <translation>Patient.gender må være female, male, other eller unknown.</translation>
    </message>
    <message>
        <source>Patient.deceasedDateTime is not a valid FHIR date or dateTime.</source>
        <translation>Patient.deceasedDateTime er ikke en gyldig FHIR-dato eller -tid.</translation>
    </message>
    <message>
        <source>The number is an auxiliary number (%1), which cannot be used in a death notification. Use the person&apos;s fødselsnummer or D-nummer, or report the person as having no Norwegian number.</source>
        <translation>Nummeret er et hjelpenummer (%1), som ikke kan brukes i dødsmeldingen. Bruk personens fødselsnummer eller D-nummer, eller meld personen som uten norsk nummer.</translation>
    </message>
    <message>
        <source>The fødselsnummer or D-nummer is not valid: %1</source>
        <translation>Fødselsnummeret eller D-nummeret er ikke gyldig: %1</translation>
    </message>
    <message>
        <source>This is a synthetic test number. It can only be used in the test and sandbox environments.</source>
        <translation>Dette er et syntetisk testnummer. Det kan bare brukes i test- og sandkassemiljøet.</translation>
    </message>
    <message>
        <source>The number is a %1, but it is marked as another kind of number. It will be sent as a %1.</source>
        <translation>Nummeret er et %1, men er merket som en annen type nummer. Det blir sendt som %1.</translation>
    </message>
    <message>
        <source>The sex given does not match the sex in the fødselsnummer. Check the person&apos;s identity.</source>
        <translation>Oppgitt kjønn stemmer ikke med kjønnet i fødselsnummeret. Kontroller personens identitet.</translation>
    </message>
    <message>
        <source>The birth date given does not match the birth date in the fødselsnummer. Check the person&apos;s identity.</source>
        <translation>Oppgitt fødselsdato stemmer ikke med fødselsdatoen i fødselsnummeret. Kontroller personens identitet.</translation>
    </message>
    <message>
        <source>Choose the kind of identification document (for example passport or DUF number).</source>
        <translation>Velg type identifikasjon (for eksempel pass eller DUF-nummer).</translation>
    </message>
    <message>
        <source>A fødselsnummer or D-nummer must be given as the person&apos;s Norwegian number, not as a foreign identification.</source>
        <translation>Fødselsnummer eller D-nummer skal oppgis som personens norske nummer, ikke som utenlandsk identifikasjon.</translation>
    </message>
    <message>
        <source>Enter the number of the identification document.</source>
        <translation>Skriv inn nummeret på identifikasjonen.</translation>
    </message>
    <message>
        <source>A person without a Norwegian number needs a family name and at least one given name.</source>
        <translation>En person uten norsk nummer må ha etternavn og minst ett fornavn.</translation>
    </message>
    <message>
        <source>A person without a Norwegian number needs a birth date.</source>
        <translation>En person uten norsk nummer må ha fødselsdato.</translation>
    </message>
    <message>
        <source>A person without a Norwegian number needs a sex.</source>
        <translation>En person uten norsk nummer må ha kjønn.</translation>
    </message>
    <message>
        <source>Choose the country where the person lived.</source>
        <translation>Velg landet der personen bodde.</translation>
    </message>
    <message>
        <source>The country must be a two-letter ISO 3166 code, for example SE, DK or DE.</source>
        <translation>Landet må være en tobokstavs ISO 3166-kode, for eksempel SE, DK eller DE.</translation>
    </message>
    <message>
        <source>Enter the deceased&apos;s fødselsnummer or D-nummer.</source>
        <translation>Skriv inn avdødes fødselsnummer eller D-nummer.</translation>
    </message>
    <message>
        <source>Enter the date of death.</source>
        <translation>Skriv inn dødsdatoen.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at character %2).</source>
        <translation>Filen er ikke gyldig JSON (%1 ved tegn %2).</translation>
    </message>
    <message>
        <source>The file is not a FHIR Bundle.</source>
        <translation>Filen er ikke en FHIR Bundle.</translation>
    </message>
    <message>
        <source>The Bundle must be of type &quot;collection&quot;.</source>
        <translation>Bundle-ressursen må være av typen &quot;collection&quot;.</translation>
    </message>
    <message>
        <source>The Bundle has no entries.</source>
        <translation>Bundle-ressursen har ingen oppføringer (entry).</translation>
    </message>
    <message>
        <source>The Bundle must hold exactly one Patient (found %1).</source>
        <translation>Bundle-ressursen må inneholde nøyaktig én Patient (fant %1).</translation>
    </message>
    <message>
        <source>The Bundle must hold exactly one QuestionnaireResponse (found %1).</source>
        <translation>Bundle-ressursen må inneholde nøyaktig én QuestionnaireResponse (fant %1).</translation>
    </message>
    <message>
        <source>The Bundle may hold at most one PractitionerRole (found %1).</source>
        <translation>Bundle kan inneholde høyst én PractitionerRole (fant %1).</translation>
    </message>
    <message>
        <source>Your contact details as the reporting physician are missing: give your workplace and a phone number or e-mail address, so the registry can reach you.</source>
        <translation>Kontaktopplysningene dine som meldende lege mangler: oppgi virksomheten din og et telefonnummer eller en e-postadresse, slik at registeret kan nå deg.</translation>
    </message>
    <message>
        <source>Give the workplace (virksomhet) you report from.</source>
        <translation>Oppgi virksomheten du melder fra.</translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail address where the registry can reach you.</source>
        <translation>Oppgi et telefonnummer eller en e-postadresse der registeret kan nå deg.</translation>
    </message>
    <message>
        <source>The e-mail address does not look right: it needs one @ and a domain such as sykehus.no, no spaces, and at most %1 characters.</source>
        <translation>E-postadressen ser ikke riktig ut: den må ha én @ og et domene som sykehus.no, ingen mellomrom og høyst %1 tegn.</translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces, +, - and brackets only, at most %1 characters.</source>
        <translation>Telefonnummeret kan bare inneholde siffer, mellomrom, +, - og parenteser, høyst %1 tegn.</translation>
    </message>
    <message>
        <source>Identification number</source>
        <translation>Identifikasjonsnummer</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Workplace (virksomhet)</source>
        <translation>Virksomhet</translation>
    </message>
    <message>
        <source>Department (avdeling)</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-postadresse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>%1 is not in FHI&apos;s list of codes for causes of death (Volven 7110). Check the code, or choose a more suitable one.</source>
        <translation>%1 finnes ikke i FHIs liste over koder for dødsårsaker (Volven 7110). Kontroller koden, eller velg en mer passende kode.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The system keychain cannot be used, so the outbox cannot be stored safely. Nothing was saved: unlock or set up the keychain and try again, or print the notification.</source>
        <translation>Systemets nøkkelring kan ikke brukes, så utboksen kan ikke lagres sikkert. Ingenting ble lagret: lås opp eller sett opp nøkkelringen og prøv igjen, eller skriv ut meldingen.</translation>
    </message>
    <message>
        <source>The outbox key in the system keychain is damaged.</source>
        <translation>Utboksnøkkelen i systemets nøkkelring er skadet.</translation>
    </message>
    <message>
        <source>The outbox key is missing from the system keychain, so the saved notifications cannot be opened.</source>
        <translation>Utboksnøkkelen mangler i systemets nøkkelring, så de lagrede meldingene kan ikke åpnes.</translation>
    </message>
    <message>
        <source>The outbox database could not be upgraded to this version.</source>
        <translation>Utboksdatabasen kunne ikke oppgraderes til denne versjonen.</translation>
    </message>
    <message>
        <source>The outbox was written by a newer version of Meldeklient. Update Meldeklient to open it.</source>
        <translation>Utboksen er laget av en nyere versjon av Meldeklient. Oppdater Meldeklient for å åpne den.</translation>
    </message>
    <message>
        <source>The file is a database, but not a Meldeklient outbox.</source>
        <translation>Filen er en database, men ikke en utboks fra Meldeklient.</translation>
    </message>
    <message>
        <source>The outbox could not read or write its database.</source>
        <translation>Utboksen kunne ikke lese fra eller skrive til databasen sin.</translation>
    </message>
    <message>
        <source>Outbox item %1 does not exist.</source>
        <translation>Oppføringen %1 i utboksen finnes ikke.</translation>
    </message>
    <message>
        <source>The outbox is already open in another Meldeklient window or program. Close it and try again.</source>
        <translation>Utboksen er allerede åpen i et annet Meldeklient-vindu eller program. Lukk det og prøv igjen.</translation>
    </message>
    <message>
        <source>The outbox needs a signed-in user and a keychain.</source>
        <translation>Utboksen krever en innlogget bruker og en nøkkelring.</translation>
    </message>
    <message>
        <source>The outbox database could not be opened.</source>
        <translation>Utboksdatabasen kunne ikke åpnes.</translation>
    </message>
    <message>
        <source>The outbox belongs to another key than the one in the system keychain, so it cannot be opened.</source>
        <translation>Utboksen hører til en annen nøkkel enn den i systemets nøkkelring, så den kan ikke åpnes.</translation>
    </message>
    <message>
        <source>Outbox item %1 has no such content.</source>
        <translation>Oppføringen %1 i utboksen har ikke dette innholdet.</translation>
    </message>
    <message>
        <source>Outbox item %1 cannot go from “%2” to “%3”.</source>
        <translation>Oppføringen %1 i utboksen kan ikke gå fra «%2» til «%3».</translation>
    </message>
    <message>
        <source>The notification this one depends on was cancelled.</source>
        <translation>Meldingen som denne er avhengig av, ble avbrutt.</translation>
    </message>
    <message>
        <source>Outbox item %1 can no longer be edited.</source>
        <translation>Oppføringen %1 i utboksen kan ikke lenger redigeres.</translation>
    </message>
    <message>
        <source>Outbox item %1 waits until the notification it depends on has been accepted.</source>
        <translation>Oppføringen %1 i utboksen venter til meldingen den er avhengig av, er godtatt.</translation>
    </message>
    <message>
        <source>Sending was interrupted; it will be sent again with the same key, so it cannot arrive twice.</source>
        <translation>Sendingen ble avbrutt; den sendes på nytt med samme nøkkel, så den kan ikke komme fram to ganger.</translation>
    </message>
    <message>
        <source>The notification could not be encrypted for safe storage.</source>
        <translation>Meldingen kunne ikke krypteres for sikker lagring.</translation>
    </message>
    <message>
        <source>Stored outbox data could not be decrypted: it was changed outside Meldeklient or belongs to another key.</source>
        <translation>Lagrede data i utboksen kunne ikke dekrypteres: de er endret utenfor Meldeklient eller hører til en annen nøkkel.</translation>
    </message>
    <message>
        <source>Stored outbox data is not in a format this version can read.</source>
        <translation>Lagrede data i utboksen har et format som denne versjonen ikke kan lese.</translation>
    </message>
    <message>
        <source>Outbox item %1 is “%2”: there is nothing to send again.</source>
        <translation>Oppføringen %1 i utboksen er «%2»: det er ingenting å sende på nytt.</translation>
    </message>
    <message>
        <source>There is no outbox file at %1.</source>
        <translation>Det finnes ingen utboksfil i %1.</translation>
    </message>
    <message>
        <source>%1 is not a Meldeklient outbox.</source>
        <translation>%1 er ikke en utboks fra Meldeklient.</translation>
    </message>
    <message>
        <source>%1 is not a Meldeklient outbox, so it was left untouched. Give the path of an outbox file.</source>
        <translation>%1 er ikke en utboks fra Meldeklient, så den ble ikke rørt. Oppgi stien til en utboksfil.</translation>
    </message>
    <message>
        <source>Outbox item %1 cannot be read: its stored content is damaged or was changed outside Meldeklient, so it cannot be sent. Cancel it and create the notification again.</source>
        <translation>Utboks-element %1 kan ikke leses: det lagrede innholdet er skadet eller endret utenfor Meldeklient, så det kan ikke sendes. Avbryt det og lag meldingen på nytt.</translation>
    </message>
    <message>
        <source>Death (Del 1)</source>
        <translation>Dødsfall (del 1)</translation>
    </message>
    <message>
        <source>Causes of death (Del 2)</source>
        <translation>Dødsårsaker (del 2)</translation>
    </message>
    <message>
        <source>Withdrawal of a death</source>
        <translation>Annullering av dødsfall</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Fødsel</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>I kø</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sendes</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Needs correction</source>
        <translation>Må rettes</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Venter på nytt forsøk</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <source>The registry could not be reached; it will be tried again.</source>
        <translation>Fikk ikke kontakt med registeret; det blir forsøkt på nytt.</translation>
    </message>
    <message>
        <source>The registry is busy or unavailable; it will be tried again.</source>
        <translation>Registeret er opptatt eller utilgjengelig; det blir forsøkt på nytt.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer; it will be tried again.</source>
        <translation>Registeret ga et uventet svar; det blir forsøkt på nytt.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer could not be read; it will be asked again.</source>
        <translation>Svaret fra registeret kunne ikke leses; registeret blir spurt på nytt.</translation>
    </message>
    <message>
        <source>The registry refused the notification. See its message.</source>
        <translation>Registeret avviste meldingen. Se tilbakemeldingen fra registeret.</translation>
    </message>
    <message>
        <source>The stored notification cannot be sent as it is.</source>
        <translation>Den lagrede meldingen kan ikke sendes slik den er.</translation>
    </message>
    <message>
        <source>The notification could not be turned into a request.</source>
        <translation>Meldingen kunne ikke gjøres om til en forespørsel.</translation>
    </message>
    <message>
        <source>Sign in again; it will be sent after that.</source>
        <translation>Logg inn på nytt; den sendes etterpå.</translation>
    </message>
    <message>
        <source>The registry does not allow you to send this.</source>
        <translation>Registeret tillater ikke at du sender dette.</translation>
    </message>
    <message>
        <source>The registry refused the proof of the sign-in; it will be tried again.</source>
        <translation>Registeret avviste beviset for innloggingen; det blir forsøkt på nytt.</translation>
    </message>
    <message>
        <source>It could not be sent (%1).</source>
        <translation>Den kunne ikke sendes (%1).</translation>
    </message>
    <message>
        <source>There is no such outbox.</source>
        <translation>Det finnes ingen slik utboks.</translation>
    </message>
    <message>
        <source>Outbox item %1 is not a draft.</source>
        <translation>Oppføringen %1 i utboksen er ikke et utkast.</translation>
    </message>
    <message>
        <source>The stored notification is damaged and cannot be read or sent. Write it again.</source>
        <translation>Den lagrede meldingen er skadet og kan ikke leses eller sendes. Skriv den på nytt.</translation>
    </message>
    <message>
        <source>The registry refused the notification as too large.</source>
        <translation>Registeret avviste meldingen fordi den er for stor.</translation>
    </message>
    <message>
        <source>Received, awaiting decision</source>
        <translation>Mottatt, venter på vedtak</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrert</translation>
    </message>
    <message>
        <source>Refused by the register</source>
        <translation>Avvist av registeret</translation>
    </message>
    <message>
        <source>The organisation certificate for Folkeregisteret is not installed; it will be sent once IT installs it.</source>
        <translation>Virksomhetssertifikatet for Folkeregisteret er ikke installert; meldingen sendes når IT har installert det.</translation>
    </message>
    <message>
        <source>The organisation certificate for Folkeregisteret cannot be read; it will be sent once IT fixes it.</source>
        <translation>Virksomhetssertifikatet for Folkeregisteret kan ikke leses; meldingen sendes når IT har rettet det.</translation>
    </message>
    <message>
        <source>The password of the organisation certificate is missing or wrong; it will be sent once IT sets it.</source>
        <translation>Passordet til virksomhetssertifikatet mangler eller er feil; meldingen sendes når IT har satt det.</translation>
    </message>
    <message>
        <source>Folkeregisteret refused the birth. See its reason.</source>
        <translation>Folkeregisteret avslo fødselen. Se begrunnelsen.</translation>
    </message>
    <message>
        <source>Folkeregisteret handles the birth manually; the decision follows later.</source>
        <translation>Folkeregisteret behandler fødselen manuelt; vedtaket kommer senere.</translation>
    </message>
    <message>
        <source>Folkeregisteret refused the organisation certificate; it will be sent once IT has it registered.</source>
        <translation>Folkeregisteret avviste virksomhetssertifikatet; meldingen sendes når IT har fått det registrert.</translation>
    </message>
    <message>
        <source>The CA file set for Folkeregisteret cannot be read; it will be sent once IT corrects it.</source>
        <translation>CA-filen som er satt for Folkeregisteret, kan ikke leses; meldingen sendes når IT har rettet den.</translation>
    </message>
    <message>
        <source>Folkeregisteret&apos;s address is not set up; it will be sent once IT sets it.</source>
        <translation>Adressen til Folkeregisteret er ikke satt opp; meldingen sendes når IT har satt den.</translation>
    </message>
    <message>
        <source>A sent birth notification cannot be changed. Send the correction as a new notification and cancel this one.</source>
        <translation>En sendt fødselsmelding kan ikke endres. Send rettelsen som en ny melding og avbryt denne.</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>The value is not a date, date and time, or time.</source>
        <translation>Verdien er ikke en dato, dato med klokkeslett eller klokkeslett.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid FHIR %2.</source>
        <translation>«%1» er ikke gyldig som FHIR %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calendar date.</source>
        <translation>«%1» er ikke en gyldig kalenderdato.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are given; only one is allowed.</source>
        <translation>Både %1 og %2 har en verdi; bare én av dem kan brukes.</translation>
    </message>
    <message>
        <source>No %1[x] value is given.</source>
        <translation>Det mangler verdi for %1[x].</translation>
    </message>
    <message>
        <source>%1 is not a supported value type.</source>
        <translation>%1 er ikke en verditype som støttes.</translation>
    </message>
    <message>
        <source>%1 has an invalid member &quot;%2&quot;.</source>
        <translation>%1 har et ugyldig felt «%2».</translation>
    </message>
    <message>
        <source>%1 does not hold a valid value.</source>
        <translation>%1 har ikke en gyldig verdi.</translation>
    </message>
    <message>
        <source>Unsupported FHIRPath: %1.</source>
        <translation>FHIRPath-uttrykket støttes ikke: %1.</translation>
    </message>
    <message>
        <source>FHIRPath syntax error at position %1: %2.</source>
        <translation>Syntaksfeil i FHIRPath ved posisjon %1: %2.</translation>
    </message>
    <message>
        <source>The form file %1 cannot be read.</source>
        <translation>Skjemafilen %1 kan ikke leses.</translation>
    </message>
    <message>
        <source>Invalid Questionnaire at %1: %2</source>
        <translation>Ugyldig Questionnaire ved %1: %2</translation>
    </message>
    <message>
        <source>The form is not a JSON object (offset %1).</source>
        <translation>Skjemaet er ikke et JSON-objekt (posisjon %1).</translation>
    </message>
    <message>
        <source>The resource is not a Questionnaire.</source>
        <translation>Ressursen er ikke en Questionnaire.</translation>
    </message>
    <message>
        <source>Invalid QuestionnaireResponse at %1: %2</source>
        <translation>Ugyldig QuestionnaireResponse ved %1: %2</translation>
    </message>
    <message>
        <source>The response is not a JSON object (offset %1).</source>
        <translation>Skjemasvaret er ikke et JSON-objekt (posisjon %1).</translation>
    </message>
    <message>
        <source>The resource is not a QuestionnaireResponse.</source>
        <translation>Ressursen er ikke en QuestionnaireResponse.</translation>
    </message>
    <message>
        <source>This field must be filled in.</source>
        <translation>Dette feltet må fylles ut.</translation>
    </message>
    <message>
        <source>A rule of the form is not met: %1</source>
        <translation>En regel i skjemaet er ikke oppfylt: %1</translation>
    </message>
    <message>
        <source>Only one answer is allowed here.</source>
        <translation>Her er bare ett svar tillatt.</translation>
    </message>
    <message>
        <source>The answer has the wrong kind of value for this field.</source>
        <translation>Svaret har feil type verdi for dette feltet.</translation>
    </message>
    <message>
        <source>The answer does not have the expected format.</source>
        <translation>Svaret har ikke forventet format.</translation>
    </message>
    <message>
        <source>The answer is not one of the options.</source>
        <translation>Svaret er ikke blant svaralternativene.</translation>
    </message>
    <message>
        <source>The code is not in the code list.</source>
        <translation>Koden finnes ikke i kodelisten.</translation>
    </message>
    <message>
        <source>The code could not be found in the code list; check that the list is up to date.</source>
        <translation>Koden ble ikke funnet i kodelisten; kontroller at listen er oppdatert.</translation>
    </message>
    <message>
        <source>The number is an auxiliary number (%1), which cannot be used here. Use the person&apos;s fødselsnummer or D-nummer.</source>
        <translation>Nummeret er et hjelpenummer (%1), som ikke kan brukes her. Bruk personens fødselsnummer eller D-nummer.</translation>
    </message>
    <message>
        <source>The fødselsnummer or D-nummer is not valid: %1</source>
        <translation>Fødselsnummeret eller D-nummeret er ikke gyldig: %1</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The system keychain cannot be used, so the sign-in and keys will not be remembered after you close Meldeklient.</source>
        <translation>Systemets nøkkelring kan ikke brukes, så innloggingen og nøklene blir ikke husket etter at du lukker Meldeklient.</translation>
    </message>
    <message>
        <source>No saved secret was found in the keychain.</source>
        <translation>Fant ingen lagret hemmelighet i nøkkelringen.</translation>
    </message>
    <message>
        <source>The keychain could not complete the operation.</source>
        <translation>Nøkkelringen kunne ikke fullføre operasjonen.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Sign in first: drafts are kept in your own encrypted outbox.</source>
        <translation>Logg inn først: utkast lagres i din egen krypterte utboks.</translation>
    </message>
    <message>
        <source>There is no draft %1.</source>
        <translation>Det finnes ikke noe utkast %1.</translation>
    </message>
    <message>
        <source>Sign in first: the outbox belongs to the signed-in physician.</source>
        <translation>Logg inn først: utboksen tilhører den innloggede legen.</translation>
    </message>
    <message>
        <source>Sign in first: the registry can only be asked by a signed-in physician.</source>
        <translation>Logg inn først: bare en innlogget lege kan spørre registeret.</translation>
    </message>
    <message>
        <source>The notification has errors; correct them and submit again.</source>
        <translation>Meldingen har feil; rett dem og send inn på nytt.</translation>
    </message>
    <message>
        <source>The notification has warnings. Read them; confirm each one if the notification is right.</source>
        <translation>Meldingen har advarsler. Les dem, og bekreft hver enkelt hvis meldingen er riktig.</translation>
    </message>
    <message>
        <source>This outbox already has a death notification for this person (outbox item %1). Send another only if that one is wrong and you mean to replace it.</source>
        <translation>Utboksen har allerede en dødsmelding for denne personen (oppføring %1). Send en til bare hvis den er feil og du vil erstatte den.</translation>
    </message>
    <message>
        <source>Sending is already running.</source>
        <translation>Sending pågår allerede.</translation>
    </message>
    <message>
        <source>Say why the death is withdrawn.</source>
        <translation>Oppgi hvorfor dødsfallet annulleres.</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 are allowed.</source>
        <translation>Begrunnelsen er %1 tegn lang; høyst %2 er tillatt.</translation>
    </message>
    <message>
        <source>Outbox item %1 is not a death (Del 1); only a death can be withdrawn.</source>
        <translation>Oppføringen %1 i utboksen er ikke et dødsfall (Del 1); bare et dødsfall kan annulleres.</translation>
    </message>
    <message>
        <source>The death is being sent right now. Wait for the answer, then withdraw it.</source>
        <translation>Dødsfallet blir sendt akkurat nå. Vent på svaret, og annuller det deretter.</translation>
    </message>
    <message>
        <source>The death was cancelled here after an attempt to send it that may have reached the registry. Look the person up; if the registry shows them as dead, phone NHN (+47 73 56 59 99).</source>
        <translation>Dødsfallet ble avbrutt her etter et sendeforsøk som kan ha nådd registeret. Slå opp personen; viser registeret personen som død, ring NHN (+47 73 56 59 99).</translation>
    </message>
    <message>
        <source>The death was cancelled and never sent.</source>
        <translation>Dødsfallet ble avbrutt og aldri sendt.</translation>
    </message>
    <message>
        <source>Sending is already running; try again when it ends.</source>
        <translation>Sending pågår allerede; prøv igjen når den er ferdig.</translation>
    </message>
    <message>
        <source>The registry could not be asked whether it has the death, so nothing was withdrawn or cancelled. Try again when the registry can be reached.</source>
        <translation>Registeret kunne ikke spørres om det har dødsfallet, så ingenting ble annullert eller avbrutt. Prøv igjen når registeret kan nås.</translation>
    </message>
    <message>
        <source>The QuestionnaireResponse does not say which form it answers (questionnaire is missing).</source>
        <translation>QuestionnaireResponse sier ikke hvilket skjema den svarer på (questionnaire mangler).</translation>
    </message>
    <message>
        <source>The QuestionnaireResponse answers another form (%1), not %2.</source>
        <translation>QuestionnaireResponse svarer på et annet skjema (%1), ikke %2.</translation>
    </message>
    <message>
        <source>Waits for Del 1</source>
        <translation>Venter på del 1</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Beskjed</translation>
    </message>
    <message>
        <source>This is not a valid fødselsnummer or D-nummer.</source>
        <translation>Dette er ikke et gyldig fødselsnummer eller D-nummer.</translation>
    </message>
    <message>
        <source>Sign in to look the person up in the registry.</source>
        <translation>Logg inn for å slå opp personen i registeret.</translation>
    </message>
    <message>
        <source>The registry has no person with this number.</source>
        <translation>Registeret har ingen person med dette nummeret.</translation>
    </message>
    <message>
        <source>Could not register the client key with the sandbox at %1 (%2).</source>
        <translation>Kunne ikke registrere klientnøkkelen i sandkassen på %1 (%2).</translation>
    </message>
    <message>
        <source>Sign in first: the outbox belongs to the signed-in person.</source>
        <translation>Logg inn først: utboksen tilhører den innloggede personen.</translation>
    </message>
    <message>
        <source>Sign in first: Folkeregisteret is only asked for a signed-in person.</source>
        <translation>Logg inn først: Folkeregisteret spørres bare for en innlogget person.</translation>
    </message>
    <message>
        <source>The birth notification form cannot be read: %1</source>
        <translation>Skjemaet for fødselsmelding kan ikke leses: %1</translation>
    </message>
    <message>
        <source>The birth notification has errors; correct them and send it again.</source>
        <translation>Fødselsmeldingen har feil; rett dem og send den på nytt.</translation>
    </message>
    <message>
        <source>Confirm the warning “%1” before sending.</source>
        <translation>Bekreft advarselen «%1» før sending.</translation>
    </message>
    <message>
        <source>Folkeregisteret refused the birth (%1): %2</source>
        <translation>Folkeregisteret avslo fødselen (%1): %2</translation>
    </message>
    <message>
        <source>Folkeregisteret handles the birth manually (deadline %1): %2</source>
        <translation>Folkeregisteret behandler fødselen manuelt (frist %1): %2</translation>
    </message>
    <message>
        <source>Child %1 cannot be corrected yet: Folkeregisteret has not decided on it. Wait for the decision.</source>
        <translation>Barn %1 kan ikke korrigeres ennå: Folkeregisteret har ikke fattet vedtak. Vent på vedtaket.</translation>
    </message>
    <message>
        <source>Child %1 has already been corrected: follow that correction, and correct it if it is refused.</source>
        <translation>Barn %1 er allerede korrigert: følg den korrigeringen, og korriger den hvis den blir avvist.</translation>
    </message>
    <message>
        <source>Child %1 cannot be corrected: Folkeregisteret never received its message. Fix it in the outbox or send a new birth notification.</source>
        <translation>Barn %1 kan ikke korrigeres: Folkeregisteret mottok aldri meldingen. Rett den i utboksen eller send en ny fødselsmelding.</translation>
    </message>
    <message>
        <source>Child %1 cannot be corrected: its message was withdrawn, never sent.</source>
        <translation>Barn %1 kan ikke korrigeres: meldingen ble trukket tilbake og aldri sendt.</translation>
    </message>
    <message>
        <source>This outbox has no birth notification with that id.</source>
        <translation>Utboksen har ingen fødselsmelding med den ID-en.</translation>
    </message>
    <message>
        <source>This birth was sent before Meldeklient kept a copy of what was sent, so the correction starts from an empty form: fill in the whole birth again as it should have been.</source>
        <translation>Denne fødselen ble sendt før Meldeklient tok vare på en kopi av det som ble sendt, så korrigeringen starter med et tomt skjema: fyll ut hele fødselen på nytt slik den skulle ha vært.</translation>
    </message>
    <message>
        <source>Choose at least one child to correct.</source>
        <translation>Velg minst ett barn som skal korrigeres.</translation>
    </message>
    <message>
        <source>The birth notification has no child %1.</source>
        <translation>Fødselsmeldingen har ikke noe barn %1.</translation>
    </message>
    <message>
        <source>Child %1 is not in the corrected notification: it has %2 children.</source>
        <translation>Barn %1 finnes ikke i den korrigerte meldingen: den har %2 barn.</translation>
    </message>
    <message>
        <source>Draft %1 is a birth notification, not a death notification.</source>
        <translation>Kladd %1 er en fødselsmelding, ikke en dødsmelding.</translation>
    </message>
    <message>
        <source>Draft %1 is a death notification, not a birth notification.</source>
        <translation>Kladd %1 er en dødsmelding, ikke en fødselsmelding.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>Api</name>
    <message>
        <source>No address is configured for the national API in this environment (set MELDEKLIENT_API_BASE_URL).</source>
        <translation>Inga adresse er sett opp for det nasjonale API-et i dette miljøet (set MELDEKLIENT_API_BASE_URL).</translation>
    </message>
    <message>
        <source>The national API address is not a valid base URL.</source>
        <translation>Adressa til det nasjonale API-et er ikkje ein gyldig basis-URL.</translation>
    </message>
    <message>
        <source>A fødselsnummer or D-nummer has 11 digits.</source>
        <translation>Eit fødselsnummer eller D-nummer har 11 siffer.</translation>
    </message>
    <message>
        <source>The stored submission does not match its outbox item.</source>
        <translation>Den lagra innsendinga samsvarar ikkje med oppføringa i utboksen.</translation>
    </message>
    <message>
        <source>The causes of death need the registry&apos;s id of the death.</source>
        <translation>Dødsårsakene treng ID-en som registeret har gjeve dødsfallet (dødsfallId).</translation>
    </message>
    <message>
        <source>This kind of submission cannot be sent with the %1 API.</source>
        <translation>Denne typen innsending kan ikkje sendast via API-et %1.</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(inga skildring)</translation>
    </message>
    <message>
        <source>The registry answered %1.</source>
        <translation>Registeret svarte %1.</translation>
    </message>
    <message>
        <source>This submission has no step &quot;%1&quot;.</source>
        <translation>Denne innsendinga har ikkje noko steg «%1».</translation>
    </message>
    <message>
        <source>The PractitionerRole step has not given an id.</source>
        <translation>Steget PractitionerRole har ikkje gjeve nokon ID.</translation>
    </message>
    <message>
        <source>The registry did not answer with a %1.</source>
        <translation>Registeret svarte ikkje med %1.</translation>
    </message>
    <message>
        <source>The registry&apos;s %1 has no id.</source>
        <translation>%1 frå registeret har ingen ID.</translation>
    </message>
    <message>
        <source>The person lookup answer is not a FHIR Bundle.</source>
        <translation>Svaret på personoppslaget er ikkje ein FHIR Bundle.</translation>
    </message>
    <message>
        <source>A person in the lookup answer has no identifier.</source>
        <translation>Ein person i svaret på oppslaget har ingen identifikator.</translation>
    </message>
    <message>
        <source>The answer type %1 cannot be sent to the REST API.</source>
        <translation>Svartypen %1 kan ikkje sendast til REST-API-et.</translation>
    </message>
    <message>
        <source>An answer has no value.</source>
        <translation>Eit svar manglar verdi.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer has no %1.</source>
        <translation>Svaret frå registeret manglar %1.</translation>
    </message>
    <message>
        <source>The person lookup answer has no list of persons.</source>
        <translation>Svaret på personoppslaget har inga liste over personar.</translation>
    </message>
    <message>
        <source>The outbox is already being sent.</source>
        <translation>Utboksen blir allereie sendt.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer could not be read (%1); it will be asked again.</source>
        <translation>Svaret frå registeret kunne ikkje lesast (%1); registeret blir spurt på nytt.</translation>
    </message>
    <message>
        <source>Please sign in again to send notifications.</source>
        <translation>Logg inn på nytt for å sende meldingar.</translation>
    </message>
    <message>
        <source>The registry could not be reached: %1</source>
        <translation>Fekk ikkje kontakt med registeret: %1</translation>
    </message>
    <message>
        <source>The signed-in person may not send this notification. A physician who may must sign in.</source>
        <translation>Den innlogga personen har ikkje rett til å sende denne meldinga. Ein lege som har rett til det, må logge inn.</translation>
    </message>
    <message>
        <source>The registry is busy or unavailable (%1); it will be tried again.</source>
        <translation>Registeret er oppteke eller utilgjengeleg (%1); det blir prøvd på nytt.</translation>
    </message>
    <message>
        <source>The registry refused the notification (%1). See its message.</source>
        <translation>Registeret avviste meldinga (%1). Sjå tilbakemeldinga frå registeret.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer (%1).</source>
        <translation>Registeret gav eit uventa svar (%1).</translation>
    </message>
    <message>
        <source>Unknown kind of submission.</source>
        <translation>Ukjend type innsending.</translation>
    </message>
    <message>
        <source>The reporting physician&apos;s contact details (PractitionerRole) are missing.</source>
        <translation>Kontaktopplysningane til meldande lege (PractitionerRole) manglar.</translation>
    </message>
    <message>
        <source>The deceased person&apos;s identifier is missing.</source>
        <translation>Identifikatoren til den avdøde manglar.</translation>
    </message>
    <message>
        <source>The time of death (Patient.deceasedDateTime) is missing.</source>
        <translation>Dødstidspunktet (Patient.deceasedDateTime) manglar.</translation>
    </message>
    <message>
        <source>The cause-of-death answers are missing.</source>
        <translation>Svara om dødsårsak manglar.</translation>
    </message>
    <message>
        <source>The version of the cause-of-death form is missing.</source>
        <translation>Versjonen av dødsårsaksskjemaet manglar.</translation>
    </message>
    <message>
        <source>A reason for withdrawing the death notification is needed.</source>
        <translation>Det må oppgjevast ei grunngjeving for å annullere dødsmeldinga.</translation>
    </message>
    <message>
        <source>The stored submission is not readable.</source>
        <translation>Den lagra innsendinga kan ikkje lesast.</translation>
    </message>
    <message>
        <source>The stored data is not a Meldeklient submission.</source>
        <translation>Dei lagra dataa er ikkje ei innsending frå Meldeklient.</translation>
    </message>
    <message>
        <source>The stored submission has version %1, which this version of Meldeklient cannot send.</source>
        <translation>Den lagra innsendinga har versjon %1, som denne versjonen av Meldeklient ikkje kan sende.</translation>
    </message>
    <message>
        <source>The stored submission has members of the wrong type.</source>
        <translation>Den lagra innsendinga har felt av feil type.</translation>
    </message>
    <message>
        <source>Unknown API transport &quot;%1&quot;; known: %2.</source>
        <translation>Ukjend API-transport «%1»; kjende: %2.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer is not a JSON object.</source>
        <translation>Svaret frå registeret er ikkje eit JSON-objekt.</translation>
    </message>
    <message>
        <source>The notification is too large for the registry. Shorten the longest free-text fields and submit it again.</source>
        <translation>Meldinga er for stor for registeret. Gjer dei lengste fritekstfelta kortare og send henne inn på nytt.</translation>
    </message>
    <message>
        <source>The registry refused the request&apos;s security proof, although a fresh one was made. This usually means that this computer&apos;s date and time are wrong: set them to be updated automatically. The notification stays in the outbox and is sent again later.</source>
        <translation>Registeret avviste tryggleiksprovet til førespurnaden, sjølv om eit nytt vart laga. Det tyder som regel at datoen og klokkeslettet på denne datamaskina er feil: still dei til å oppdaterast automatisk. Meldinga blir liggjande i utboksen og blir send på nytt seinare.</translation>
    </message>
    <message>
        <source>The registry did not accept your HelseID sign-in, even after it was renewed. Sign in again (meldeklient-cli login, or Sign in in the app); nothing is lost. If it happens again, this Meldeklient installation may lack access to the registry: contact your IT department.</source>
        <translation>Registeret godtok ikkje HelseID-innlogginga di, heller ikkje etter at ho vart fornya. Logg inn på nytt (meldeklient-cli login, eller Logg inn i appen); ingenting går tapt. Skjer det igjen, kan denne Meldeklient-installasjonen mangle tilgang til registeret: kontakt IT-avdelinga.</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Ugyldig førespurnad</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Ikkje autentisert</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Inga tilgang</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Ikkje funne</translation>
    </message>
    <message>
        <source>Request Timeout</source>
        <translation>Tidsavbrot for førespurnaden</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Finst ikkje lenger</translation>
    </message>
    <message>
        <source>Content Too Large</source>
        <translation>Innhaldet er for stort</translation>
    </message>
    <message>
        <source>Unprocessable Content</source>
        <translation>Innhaldet kan ikkje handsamast</translation>
    </message>
    <message>
        <source>Too Early</source>
        <translation>For tidleg</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>For mange førespurnader</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Intern feil hjå tenaren</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Feil i mellomliggjande tenar</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Tenesta er utilgjengeleg</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Tidsavbrot i mellomliggjande tenar</translation>
    </message>
    <message>
        <source>Folkeregisteret&apos;s decision feed is not readable (event %1: %2).</source>
        <translation>Vedtaksstraumen frå Folkeregisteret kan ikkje lesast (hending %1: %2).</translation>
    </message>
    <message>
        <source>Folkeregisteret&apos;s decision feed is not a JSON list of events.</source>
        <translation>Vedtaksstraumen frå Folkeregisteret er ikkje ei JSON-liste med hendingar.</translation>
    </message>
    <message>
        <source>No address is configured for Folkeregisteret in this environment (set FolkeregisteretUrl).</source>
        <translation>Inga adresse er sett opp for Folkeregisteret i dette miljøet (set FolkeregisteretUrl).</translation>
    </message>
    <message>
        <source>The Folkeregisteret address is not a valid base URL.</source>
        <translation>Adressa til Folkeregisteret er ikkje ein gyldig basis-URL.</translation>
    </message>
    <message>
        <source>Folkeregisteret refused the organisation certificate. IT must check that the certificate is valid and registered with Skatteetaten for this organisation.</source>
        <translation>Folkeregisteret avviste verksemdssertifikatet. IT må kontrollere at sertifikatet er gyldig og registrert hos Skatteetaten for denne verksemda.</translation>
    </message>
    <message>
        <source>Folkeregisteret&apos;s decision feed could not be read: %1</source>
        <translation>Vedtaksstraumen frå Folkeregisteret kunne ikkje lesast: %1</translation>
    </message>
    <message>
        <source>The stored birth notification is not a foedselsmelding with a message id.</source>
        <translation>Den lagra fødselsmeldinga er ikkje ei foedselsmelding med meldingsidentifikator.</translation>
    </message>
    <message>
        <source>the answer is not a meldingMottatt receipt</source>
        <translation>svaret er ikkje ei meldingMottatt-kvittering</translation>
    </message>
    <message>
        <source>the receipt is not well-formed XML</source>
        <translation>kvitteringa er ikkje velforma XML</translation>
    </message>
    <message>
        <source>the receipt has no folkeregisterReferanse</source>
        <translation>kvitteringa manglar folkeregisterReferanse</translation>
    </message>
    <message>
        <source>the receipt is for another message</source>
        <translation>kvitteringa gjeld ei anna melding</translation>
    </message>
    <message>
        <source>The organisation certificate %1 (BirthCertificateFile) does not exist. IT must install it there or correct the setting.</source>
        <translation>Verksemdssertifikatet %1 (BirthCertificateFile) finst ikkje. IT må installere det der eller rette innstillinga.</translation>
    </message>
    <message>
        <source>The organisation certificate %1 cannot be read as a PKCS#12 file with a certificate and its private key. IT must check the file and its permissions.</source>
        <translation>Verksemdssertifikatet %1 kan ikkje lesast som ei PKCS#12-fil med sertifikat og privatnøkkel. IT må kontrollere fila og tilgangane til ho.</translation>
    </message>
    <message>
        <source>The password of the organisation certificate %1 is missing from the keychain or does not open it. IT must store it with: meldeklient-cli birth-certificate set-password</source>
        <translation>Passordet til verksemdssertifikatet %1 manglar i nøkkelringen eller opnar det ikkje. IT må lagre det med: meldeklient-cli birth-certificate set-password</translation>
    </message>
    <message>
        <source>The CA file %1 (BirthCaFile) holds no PEM certificate. IT must correct or remove the setting.</source>
        <translation>CA-fila %1 (BirthCaFile) inneheld ikkje noko PEM-sertifikat. IT må rette eller fjerne innstillinga.</translation>
    </message>
    <message>
        <source>Folkeregisteret is not set up in this environment.</source>
        <translation>Folkeregisteret er ikkje sett opp i dette miljøet.</translation>
    </message>
    <message>
        <source>No organisation certificate is set up for Folkeregisteret. IT must install the organisation&apos;s certificate (PKCS#12 file or token) and set BirthCertificateFile to its path or pkcs11: URI.</source>
        <translation>Ikkje noko verksemdssertifikat er sett opp for Folkeregisteret. IT må installere sertifikatet til verksemda (PKCS#12-fil eller token) og setje BirthCertificateFile til stien eller pkcs11:-URI-en.</translation>
    </message>
    <message>
        <source>BirthCertificateFile is not a usable PKCS#11 URI. IT must name the token and the object, e.g. pkcs11:token=…;object=…, without a PIN (the PIN belongs in the keychain).</source>
        <translation>BirthCertificateFile er ikkje ein brukande PKCS#11-URI. IT må gje token og objekt, t.d. pkcs11:token=…;object=…, utan PIN (PIN-koden høyrer heime i nøkkelringen).</translation>
    </message>
    <message>
        <source>OpenSSL&apos;s PKCS#11 engine is not installed, so the organisation certificate on the token cannot be used. IT must install the package libengine-pkcs11-openssl.</source>
        <translation>PKCS#11-motoren til OpenSSL er ikkje installert, så verksemdssertifikatet på tokenet kan ikkje brukast. IT må installere pakken libengine-pkcs11-openssl.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 cannot be loaded. IT must install it (p11-kit-modules for p11-kit&apos;s proxy, or the card vendor&apos;s module) and register the token&apos;s module with p11-kit.</source>
        <translation>PKCS#11-modulen %1 kan ikkje lastast. IT må installere han (p11-kit-modules for proxyen til p11-kit, eller modulen frå kortleverandøren) og registrere modulen til tokenet i p11-kit.</translation>
    </message>
    <message>
        <source>No token matching %1 is present. IT must insert the smart card or connect the HSM, and register its PKCS#11 module with p11-kit.</source>
        <translation>Ingen token som passar til %1, er til stades. IT må setje inn smartkortet eller kople til HSM-en, og registrere PKCS#11-modulen i p11-kit.</translation>
    </message>
    <message>
        <source>The token holds no certificate at %1. IT must correct BirthCertificateFile or put the organisation certificate on the token.</source>
        <translation>Tokenet har ikkje noko sertifikat på %1. IT må rette BirthCertificateFile eller leggje verksemdssertifikatet på tokenet.</translation>
    </message>
    <message>
        <source>The token holds no private key at %1. IT must correct BirthCertificateFile or put the organisation certificate&apos;s key on the token.</source>
        <translation>Tokenet har ingen privat nøkkel på %1. IT må rette BirthCertificateFile eller leggje nøkkelen til verksemdssertifikatet på tokenet.</translation>
    </message>
    <message>
        <source>The PIN of the token %1 is missing from the keychain or wrong. IT must store it with: meldeklient-cli birth-certificate set-password</source>
        <translation>PIN-koden til tokenet %1 manglar i nøkkelringen eller er feil. IT må lagre han med: meldeklient-cli birth-certificate set-password</translation>
    </message>
    <message>
        <source>The token %1 has locked its PIN after too many wrong attempts. IT must unlock it with the card&apos;s PUK or the vendor&apos;s tool, then store the PIN again with: meldeklient-cli birth-certificate set-password</source>
        <translation>Tokenet %1 har sperra PIN-koden etter for mange feil forsøk. IT må låse han opp med PUK-en til kortet eller verktøyet frå leverandøren, og så lagre PIN-koden på nytt med: meldeklient-cli birth-certificate set-password</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>The audit trail is not intact at line %1: %2</source>
        <translation>Revisjonsloggen er ikkje intakt på linje %1: %2</translation>
    </message>
    <message>
        <source>Only HPR numbers, item ids and codes may be written to the audit trail.</source>
        <translation>Berre HPR-nummer, element-ID-ar og kodar kan skrivast til revisjonsloggen.</translation>
    </message>
    <message>
        <source>The audit trail is in use by another Meldeklient process.</source>
        <translation>Revisjonsloggen vert brukt av ein annan Meldeklient-prosess.</translation>
    </message>
    <message>
        <source>The audit trail %1 cannot be written.</source>
        <translation>Revisjonsloggen %1 kan ikkje skrivast.</translation>
    </message>
    <message>
        <source>the line cannot be read.</source>
        <translation>linja kan ikkje lesast.</translation>
    </message>
    <message>
        <source>The audit trail %1 cannot be read.</source>
        <translation>Revisjonsloggen %1 kan ikkje lesast.</translation>
    </message>
    <message>
        <source>entry %1 is out of order.</source>
        <translation>oppføring %1 står i feil rekkjefølgje.</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing.</source>
        <translation>oppføringane %1 til %2 manglar.</translation>
    </message>
    <message>
        <source>entry %1 was changed.</source>
        <translation>oppføring %1 er endra.</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>The test identity provider cannot be used with %1.</source>
        <translation>Testidentitetsleverandøren kan ikkje brukast med %1.</translation>
    </message>
    <message>
        <source>The client authentication is not configured.</source>
        <translation>Klientautentiseringa er ikkje konfigurert.</translation>
    </message>
    <message>
        <source>The client key must be a private EC P-256 key for ES256.</source>
        <translation>Klientnøkkelen må vere ein privat EC P-256-nøkkel for ES256.</translation>
    </message>
    <message>
        <source>The client key in the keychain cannot be used. Import the key again or create a new one and register it.</source>
        <translation>Klientnøkkelen i nøkkelringen kan ikkje brukast. Importer nøkkelen på nytt, eller lag ein ny og registrer han.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>Kan ikkje lese nøkkelfila %1.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s configuration could not be read.</source>
        <translation>Konfigurasjonen til innloggingstenesta kunne ikkje lesast.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s configuration lacks a required endpoint.</source>
        <translation>Konfigurasjonen til innloggingstenesta manglar eit obligatorisk endepunkt.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s configuration has an invalid endpoint.</source>
        <translation>Konfigurasjonen til innloggingstenesta har eit ugyldig endepunkt.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s configuration has an endpoint without TLS.</source>
        <translation>Konfigurasjonen til innloggingstenesta har eit endepunkt utan TLS.</translation>
    </message>
    <message>
        <source>The sign-in service identified itself with an unexpected issuer.</source>
        <translation>Innloggingstenesta identifiserte seg med ein uventa utferdar (issuer).</translation>
    </message>
    <message>
        <source>The sign-in service does not support PKCE with S256.</source>
        <translation>Innloggingstenesta støttar ikkje PKCE med S256.</translation>
    </message>
    <message>
        <source>The DPoP key is not an ES256 private key.</source>
        <translation>DPoP-nøkkelen er ikkje ein privat ES256-nøkkel.</translation>
    </message>
    <message>
        <source>A DPoP proof cannot be made for this request.</source>
        <translation>Det kan ikkje lagast eit DPoP-prov for denne førespurnaden.</translation>
    </message>
    <message>
        <source>The sign-in pages redirected too many times.</source>
        <translation>Innloggingssidene omdirigerte for mange gonger.</translation>
    </message>
    <message>
        <source>A sign-in page redirected without a target.</source>
        <translation>Ei innloggingsside omdirigerte utan å oppgje noko mål.</translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded: %1</source>
        <translation>Innloggingssida kunne ikkje lastast: %1</translation>
    </message>
    <message>
        <source>The sign-in page answered HTTP %1. %2</source>
        <translation>Innloggingssida svarte med HTTP %1. %2</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Du er ikkje logga inn.</translation>
    </message>
    <message>
        <source>No HelseID client id is configured for %1.</source>
        <translation>Det er ikkje konfigurert nokon HelseID-klient-ID for %1.</translation>
    </message>
    <message>
        <source>The client key cannot sign DPoP proofs.</source>
        <translation>Klientnøkkelen kan ikkje signere DPoP-prov.</translation>
    </message>
    <message>
        <source>No browser is available for the sign-in.</source>
        <translation>Ingen nettlesar er tilgjengeleg for innlogginga.</translation>
    </message>
    <message>
        <source>HelseID did not send an ID token.</source>
        <translation>HelseID sende ikkje noko ID-token.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Innlogginga vart avbroten.</translation>
    </message>
    <message>
        <source>Your HelseID sign-in has expired. Please sign in again.</source>
        <translation>HelseID-innlogginga di har gått ut. Logg inn på nytt.</translation>
    </message>
    <message>
        <source>You signed out or in again while the sign-in was being renewed.</source>
        <translation>Du logga ut eller inn på nytt medan innlogginga vart fornya.</translation>
    </message>
    <message>
        <source>The access token has expired; it must be refreshed first.</source>
        <translation>Tilgangstokenet har gått ut; det må fornyast først.</translation>
    </message>
    <message>
        <source>Refusing to contact %1: sign-in endpoints must use https (plain http is allowed only on this computer).</source>
        <translation>Koplar ikkje til %1: innloggingsendepunkt må bruke https (vanleg http er berre tillate mot denne datamaskina).</translation>
    </message>
    <message>
        <source>The network connection is not available.</source>
        <translation>Nettverkstilkoplinga er ikkje tilgjengeleg.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Fekk ikkje kontakt med %1: %2</translation>
    </message>
    <message>
        <source>The sign-in could not be confirmed: the identity token is not valid for Meldeklient. Please sign in again.</source>
        <translation>Innlogginga kunne ikkje stadfestast: identitetstokenet er ikkje gyldig for Meldeklient. Logg inn på nytt.</translation>
    </message>
    <message>
        <source>The renewed sign-in belongs to another person. Please sign in again.</source>
        <translation>Den fornya innlogginga høyrer til ein annan person. Logg inn på nytt.</translation>
    </message>
    <message>
        <source>The sign-in has expired. If this keeps happening, check that the computer&apos;s clock is correct.</source>
        <translation>Innlogginga har gått ut. Om dette skjer fleire gonger, kontroller at klokka på datamaskina går rett.</translation>
    </message>
    <message>
        <source>The sign-in was issued in the future. Check that the computer&apos;s clock is correct.</source>
        <translation>Innlogginga er datert fram i tid. Kontroller at klokka på datamaskina går rett.</translation>
    </message>
    <message>
        <source>Your sign-in has security level %1. Meldeklient requires level %2 or higher (BankID, Buypass or Commfides).</source>
        <translation>Innlogginga di har sikkerheitsnivå %1. Meldeklient krev nivå %2 eller høgare (BankID, Buypass eller Commfides).</translation>
    </message>
    <message>
        <source>Your sign-in does not state a security level. Meldeklient requires level %1 or higher (BankID, Buypass or Commfides).</source>
        <translation>Innlogginga di oppgjev ikkje sikkerheitsnivå. Meldeklient krev nivå %1 eller høgare (BankID, Buypass eller Commfides).</translation>
    </message>
    <message>
        <source>The sign-in did not include your national identity number. Sign in again and allow Meldeklient to read it.</source>
        <translation>Innlogginga inneheldt ikkje fødselsnummeret ditt. Logg inn på nytt og gje Meldeklient tilgang til å lese det.</translation>
    </message>
    <message>
        <source>The sign-in did not include an HPR number. Only authorised health personnel can submit reports.</source>
        <translation>Innlogginga inneheldt ikkje noko HPR-nummer. Berre autorisert helsepersonell kan sende inn meldingar.</translation>
    </message>
    <message>
        <source>The sign-in in the browser was not completed in time. Please try again.</source>
        <translation>Innlogginga i nettlesaren vart ikkje fullført i tide. Prøv igjen.</translation>
    </message>
    <message>
        <source>Cannot receive the sign-in response on local port %1: %2</source>
        <translation>Kan ikkje ta imot svaret frå innlogginga på lokal port %1: %2</translation>
    </message>
    <message>
        <source>The sign-in response came from an unexpected issuer (iss does not match %1). It was refused.</source>
        <translation>Innloggingssvaret kom frå ein uventa utferdar (iss samsvarar ikkje med %1). Det vart avvist.</translation>
    </message>
    <message>
        <source>HelseID did not complete the sign-in (%1). %2</source>
        <translation>HelseID fullførte ikkje innlogginga (%1). %2</translation>
    </message>
    <message>
        <source>The sign-in response carried no authorization code.</source>
        <translation>Innloggingssvaret inneheldt ingen autorisasjonskode.</translation>
    </message>
    <message>
        <source>HelseID answered HTTP %1 when asked for its configuration.</source>
        <translation>HelseID svarte med HTTP %1 på førespurnaden om konfigurasjonen.</translation>
    </message>
    <message>
        <source>HelseID answered HTTP %1 when asked for its signing keys.</source>
        <translation>HelseID svarte med HTTP %1 på førespurnaden om signeringsnøklane.</translation>
    </message>
    <message>
        <source>HelseID refused the sign-in request (HTTP %1, %2). %3</source>
        <translation>HelseID avviste innloggingsførespurnaden (HTTP %1, %2). %3</translation>
    </message>
    <message>
        <source>HelseID&apos;s answer to the sign-in request has no request_uri.</source>
        <translation>Svaret frå HelseID på innloggingsførespurnaden manglar request_uri.</translation>
    </message>
    <message>
        <source>HelseID kept asking for a new DPoP nonce; the sign-in was stopped.</source>
        <translation>HelseID bad gong på gong om ein ny DPoP-nonce; innlogginga vart stoppa.</translation>
    </message>
    <message>
        <source>Your HelseID sign-in has expired or was revoked. Please sign in again.</source>
        <translation>HelseID-innlogginga di har gått ut eller er trekt tilbake. Logg inn på nytt.</translation>
    </message>
    <message>
        <source>HelseID refused to issue a token (HTTP %1, %2). %3</source>
        <translation>HelseID nekta å utferde eit token (HTTP %1, %2). %3</translation>
    </message>
    <message>
        <source>HelseID sent a token response Meldeklient cannot read.</source>
        <translation>HelseID sende eit tokensvar som Meldeklient ikkje kan lese.</translation>
    </message>
    <message>
        <source>HelseID issued a %1 token instead of a DPoP-bound one; it was refused.</source>
        <translation>HelseID utferda eit %1-token i staden for eit DPoP-bunde token; det vart avvist.</translation>
    </message>
    <message>
        <source>The token is signed with an algorithm that is not accepted.</source>
        <translation>Tokenet er signert med ein algoritme som ikkje blir godteken.</translation>
    </message>
    <message>
        <source>The data is not valid base64url.</source>
        <translation>Dataa er ikkje gyldig base64url.</translation>
    </message>
    <message>
        <source>The signature could not be encoded.</source>
        <translation>Signaturen kunne ikkje kodast.</translation>
    </message>
    <message>
        <source>The token&apos;s signature is invalid.</source>
        <translation>Signaturen på tokenet er ugyldig.</translation>
    </message>
    <message>
        <source>The key is not a valid JSON Web Key.</source>
        <translation>Nøkkelen er ikkje ein gyldig JSON Web Key.</translation>
    </message>
    <message>
        <source>The key type is not supported.</source>
        <translation>Nøkkeltypen er ikkje støtta.</translation>
    </message>
    <message>
        <source>The key lacks a required member.</source>
        <translation>Nøkkelen manglar eit obligatorisk felt.</translation>
    </message>
    <message>
        <source>The key material is invalid.</source>
        <translation>Nøkkelmaterialet er ugyldig.</translation>
    </message>
    <message>
        <source>The RSA key is shorter than 2048 bits.</source>
        <translation>RSA-nøkkelen er kortare enn 2048 bit.</translation>
    </message>
    <message>
        <source>A new signing key could not be created.</source>
        <translation>Kunne ikkje lage ein ny signeringsnøkkel.</translation>
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
        <translation>Nøkkelsettet har ingen brukande signeringsnøkkel.</translation>
    </message>
    <message>
        <source>The key does not fit the token&apos;s signature algorithm.</source>
        <translation>Nøkkelen passar ikkje til signaturalgoritmen til tokenet.</translation>
    </message>
    <message>
        <source>The token is signed with a key that is not known.</source>
        <translation>Tokenet er signert med ein ukjend nøkkel.</translation>
    </message>
    <message>
        <source>The token does not say which key signed it.</source>
        <translation>Tokenet oppgjev ikkje kva nøkkel det er signert med.</translation>
    </message>
    <message>
        <source>No known key fits the token&apos;s signature algorithm.</source>
        <translation>Ingen kjend nøkkel passar til signaturalgoritmen til tokenet.</translation>
    </message>
    <message>
        <source>The token is malformed.</source>
        <translation>Tokenet har feil format.</translation>
    </message>
    <message>
        <source>The token could not be signed.</source>
        <translation>Tokenet kunne ikkje signerast.</translation>
    </message>
    <message>
        <source>The key cannot sign: it has no private part.</source>
        <translation>Nøkkelen kan ikkje signere: han har ingen privat del.</translation>
    </message>
    <message>
        <source>The token requires an extension that is not supported.</source>
        <translation>Tokenet krev ei utviding som ikkje er støtta.</translation>
    </message>
    <message>
        <source>Your sign-in has ended. Please sign in again.</source>
        <translation>Innlogginga di er avslutta. Logg inn på nytt.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>tilkoplinga vart avvist</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>tenaren lukka sambandet</translation>
    </message>
    <message>
        <source>the server name was not found</source>
        <translation>tenarnamnet vart ikkje funne</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>ikkje noko svar i tide</translation>
    </message>
    <message>
        <source>the secure connection (TLS) could not be set up</source>
        <translation>det sikre sambandet (TLS) kunne ikkje opprettast</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>nettverket er ikkje tilgjengeleg</translation>
    </message>
    <message>
        <source>the proxy server did not let the connection through</source>
        <translation>proxytenaren slepte ikkje sambandet gjennom</translation>
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
        <translation>Fila er ikkje eit JSON-objekt (ved teikn %1).</translation>
    </message>
    <message>
        <source>The Bundle must be of type &quot;collection&quot;.</source>
        <translation>Bundle må vere av typen «collection».</translation>
    </message>
    <message>
        <source>The file must hold exactly one QuestionnaireResponse for the birth notification form (found %1).</source>
        <translation>Fila må innehalde nøyaktig éin QuestionnaireResponse for skjemaet for fødselsmelding (fann %1).</translation>
    </message>
    <message>
        <source>The number is an auxiliary number (%1). Folkeregisteret accepts only a fødselsnummer or D-nummer here; without one, give the name and date of birth instead.</source>
        <translation>Nummeret er eit hjelpenummer (%1). Folkeregisteret tek berre imot fødselsnummer eller D-nummer her; utan det, oppgi namn og fødselsdato i staden.</translation>
    </message>
    <message>
        <source>The fødselsnummer or D-nummer is not valid: %1</source>
        <translation>Fødselsnummeret eller D-nummeret er ikkje gyldig: %1</translation>
    </message>
    <message>
        <source>This is a synthetic test number. It can only be used in the test and sandbox environments.</source>
        <translation>Dette er eit syntetisk testnummer. Det kan berre brukast i test- og sandkassemiljøa.</translation>
    </message>
    <message>
        <source>The name contains the character %1, which Folkeregisteret does not accept in names. Write the name with letters the register accepts (for example Đ as Ð or D).</source>
        <translation>Namnet inneheld teiknet %1, som Folkeregisteret ikkje godtek i namn. Skriv namnet med bokstavar registeret godtek (til dømes Đ som Ð eller D).</translation>
    </message>
    <message>
        <source>The address contains the character %1, which Folkeregisteret does not accept in addresses.</source>
        <translation>Adressa inneheld teiknet %1, som Folkeregisteret ikkje godtek i adresser.</translation>
    </message>
    <message>
        <source>The country code is not an ISO 3166 alpha-3 code (three capital letters, e.g. NOR, SWE) or one of Folkeregisteret&apos;s codes XUK (unknown), XXX (stateless) and XXK (Kosovo).</source>
        <translation>Landkoden er ikkje ein ISO 3166 alfa-3-kode (tre store bokstavar, t.d. NOR, SWE) eller ein av Folkeregisteret sine kodar XUK (ukjend), XXX (statslaus) og XXK (Kosovo).</translation>
    </message>
    <message>
        <source>The list of country codes is not available, so only the code&apos;s form was checked; install the package iso-codes.</source>
        <translation>Lista over landkodar er ikkje tilgjengeleg, så berre forma på koden vart kontrollert; installer pakken iso-codes.</translation>
    </message>
    <message>
        <source>A municipality number has four digits, with a leading zero where needed (e.g. 0301 Oslo).</source>
        <translation>Eit kommunenummer har fire siffer, med null framfor der det trengst (t.d. 0301 Oslo).</translation>
    </message>
    <message>
        <source>The municipality number was not valid on the date of birth. Use the number that was valid then (municipalities were renumbered on 1 January 2024).</source>
        <translation>Kommunenummeret var ikkje gyldig på fødselsdatoen. Bruk nummeret som galdt då (kommunane fekk nye nummer 1. januar 2024).</translation>
    </message>
    <message>
        <source>An address in Norway needs whether it differs from Folkeregisteret&apos;s, the street name, postcode and postal town.</source>
        <translation>Ei adresse i Noreg må ha om ho avvik frå Folkeregisteret si, adressenamn, postnummer og poststad.</translation>
    </message>
    <message>
        <source>Postcodes have four digits, house numbers up to four digits and a house letter is one letter.</source>
        <translation>Postnummer har fire siffer, husnummer opptil fire siffer, og ein husbokstav er éin bokstav.</translation>
    </message>
    <message>
        <source>A house letter needs a house number.</source>
        <translation>Ein husbokstav krev eit husnummer.</translation>
    </message>
    <message>
        <source>An address abroad needs its country code.</source>
        <translation>Ei adresse i utlandet må ha landkode.</translation>
    </message>
    <message>
        <source>Give the parent&apos;s fødselsnummer or D-nummer, or else first name, last name and date of birth.</source>
        <translation>Oppgi fødselsnummeret eller D-nummeret til forelderen, elles førenamn, etternamn og fødselsdato.</translation>
    </message>
    <message>
        <source>Citizenship is marked as unknown but a citizenship is given; keep only one.</source>
        <translation>Statsborgarskap er merkt som ukjent, men eit statsborgarskap er oppgitt; behald berre eitt av dei.</translation>
    </message>
    <message>
        <source>Give both first name and last name of this person, or leave the section empty.</source>
        <translation>Oppgi både førenamn og etternamn for denne personen, eller la delen stå tom.</translation>
    </message>
    <message>
        <source>The days beyond whole weeks of gestation are 0 to 6.</source>
        <translation>Dagar utover heile svangerskapsveker er 0 til 6.</translation>
    </message>
    <message>
        <source>The gestational age is outside 22+0 to 43+6 weeks; check the value.</source>
        <translation>Svangerskapslengda er utanfor 22+0 til 43+6 veker; kontroller verdien.</translation>
    </message>
    <message>
        <source>The birth weight is given in grams (e.g. 3450), not kilograms.</source>
        <translation>Fødselsvekta blir oppgitt i gram (t.d. 3450), ikkje kilo.</translation>
    </message>
    <message>
        <source>The birth weight is below 500 g or above 5500 g; check the value.</source>
        <translation>Fødselsvekta er under 500 g eller over 5500 g; kontroller verdien.</translation>
    </message>
    <message>
        <source>The length is outside 35 to 60 cm; check the value.</source>
        <translation>Lengda er utanfor 35 til 60 cm; kontroller verdien.</translation>
    </message>
    <message>
        <source>The head circumference is outside 28 to 42 cm; check the value.</source>
        <translation>Hovudomkrinsen er utanfor 28 til 42 cm; kontroller verdien.</translation>
    </message>
    <message>
        <source>An Apgar score is 0 to 10.</source>
        <translation>Ein Apgar-skår er 0 til 10.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Fødselsdatoen er fram i tid.</translation>
    </message>
    <message>
        <source>The birth was more than a week ago; the notification is due within a week. Send it as soon as possible.</source>
        <translation>Fødselen var for meir enn ei veke sidan; fødselsmeldinga skal sendast innan ei veke. Send ho så snart som mogleg.</translation>
    </message>
    <message>
        <source>Record the child&apos;s sex as female or male; Folkeregisteret has no other value, so the notification cannot be sent without it.</source>
        <translation>Registrer kjønnet til barnet som kvinne eller mann; Folkeregisteret har ingen annan verdi, så meldinga kan ikkje sendast utan.</translation>
    </message>
    <message>
        <source>Give the gestational age for a stillborn child: the notification duty applies from 28 weeks.</source>
        <translation>Oppgi svangerskapslengda for eit dødfødd barn: meldeplikta gjeld frå 28 veker.</translation>
    </message>
    <message>
        <source>The child was stillborn before 28+0 weeks. The duty to notify Folkeregisteret starts at 28 weeks; check whether this birth should be notified.</source>
        <translation>Barnet vart dødfødd før 28+0 veker. Plikta til å melde til Folkeregisteret gjeld frå 28 veker; kontroller om denne fødselen skal meldast.</translation>
    </message>
    <message>
        <source>Folkeregisteret takes at most 7 children from one birth.</source>
        <translation>Folkeregisteret tek imot høgst 7 barn frå éin fødsel.</translation>
    </message>
    <message>
        <source>The mother and the father or co-mother have the same number.</source>
        <translation>Mor og far eller medmor har same nummer.</translation>
    </message>
    <message>
        <source>A birth abroad needs the city or place of birth besides the country.</source>
        <translation>Ein fødsel i utlandet må ha by eller stad i tillegg til landet.</translation>
    </message>
    <message>
        <source>The list of country codes (%1) cannot be read; install the package iso-codes.</source>
        <translation>Lista over landkodar (%1) kan ikkje lesast; installer pakken iso-codes.</translation>
    </message>
    <message>
        <source>The list of country codes (%1) has no ISO 3166-1 entries.</source>
        <translation>Lista over landkodar (%1) har ingen ISO 3166-1-oppføringar.</translation>
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
        <translation>Kopi laga %1 av Meldeklient. Han inneheld personopplysningar: oppbevar han som journalen.</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Avsendar: %1</translation>
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
        <translation>PDF-en kunne ikkje skrivast til fila du valde: %1</translation>
    </message>
</context>
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
        <source>Numbers to check; &quot;-&quot; reads one number per line from standard input.</source>
        <translation>Nummer som skal kontrollerast; «-» les eitt nummer per linje frå standard inn.</translation>
    </message>
    <message>
        <source>Unknown --type &quot;%1&quot;: use person, duf, orgnr or hpr.</source>
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
        <source>Show this help, or a command&apos;s help</source>
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
        <translation>Ukjend val: %1</translation>
    </message>
    <message>
        <source>Unsupported language &quot;%1&quot;: use nb, nn or en.</source>
        <translation>Språket «%1» er ikkje støtta: bruk nb, nn eller en.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run meldeklient-cli --help.</source>
        <translation>Ukjend kommando «%1». Køyr meldeklient-cli --help.</translation>
    </message>
    <message>
        <source>Import code lists (ICD-10 ...), search ICD-10, show what is loaded</source>
        <translation>Importer kodelister (ICD-10 ...), søk i ICD-10, vis kva som er lasta inn</translation>
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
        <source>Unknown environment &quot;%1&quot;: use sandbox, test or production.</source>
        <translation>Ukjend miljø «%1»: bruk sandbox, test eller production.</translation>
    </message>
    <message>
        <source>validate needs exactly one FILE.</source>
        <translation>validate treng nøyaktig éin FILE.</translation>
    </message>
    <message>
        <source>auth key: show the client&apos;s public key (JWK) and thumbprint for HelseID registration</source>
        <translation>auth key: vis den offentlege nøkkelen (JWK) og fingeravtrykket til klienten for registrering i HelseID</translation>
    </message>
    <message>
        <source>Import the private key (JWK file) IT provided, replacing the current one.</source>
        <translation>Importer den private nøkkelen (JWK-fil) du har fått frå IT, og erstatt den noverande.</translation>
    </message>
    <message>
        <source>The only sub-command.</source>
        <translation>Den einaste underkommandoen.</translation>
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
        <translation>Uventa argument: %1</translation>
    </message>
    <message>
        <source>The sign-in ended without a result.</source>
        <translation>Innlogginga vart avslutta utan resultat.</translation>
    </message>
    <message>
        <source>Sign in with HelseID (test and sandbox environments only)</source>
        <translation>Logg inn med HelseID (berre i test- og sandkassemiljø)</translation>
    </message>
    <message>
        <source>Test IdP: the synthetic person to sign in as (test_pid).</source>
        <translation>Test-IdP: den syntetiske personen du vil logge inn som (test_pid).</translation>
    </message>
    <message>
        <source>Test IdP: the security level to report (test_security_level).</source>
        <translation>Test-IdP: sikkerheitsnivået som skal oppgjevast (test_security_level).</translation>
    </message>
    <message>
        <source>Identity provider: helseid (default), idporten or test.</source>
        <translation>Identitetsleverandør: helseid (standard), idporten eller test.</translation>
    </message>
    <message>
        <source>Seconds to wait for the sign-in (default 120).</source>
        <translation>Tal på sekund å vente på innlogginga (standard 120).</translation>
    </message>
    <message>
        <source>login works only in test and sandbox environments; sign in to %1 in the Meldeklient app.</source>
        <translation>login verkar berre i test- og sandkassemiljø; logg inn mot %1 i Meldeklient-appen.</translation>
    </message>
    <message>
        <source>Unknown --idp &quot;%1&quot;: use helseid, idporten or test.</source>
        <translation>Ukjend --idp «%1»: bruk helseid, idporten eller test.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600.</source>
        <translation>--timeout treng eit tal på sekund frå 1 til 3600.</translation>
    </message>
    <message>
        <source>Sign out of HelseID and forget the stored sign-in</source>
        <translation>Logg ut av HelseID og gløym den lagra innlogginga</translation>
    </message>
    <message>
        <source>Outbox file (default: the user&apos;s outbox in the data folder).</source>
        <translation>Utboksfil (standard: utboksen til brukaren i datamappa).</translation>
    </message>
    <message>
        <source>Show who is signed in (resumes the stored HelseID sign-in)</source>
        <translation>Vis kven som er logga inn (tek opp att den lagra HelseID-innlogginga)</translation>
    </message>
    <message>
        <source>Print the exact requests a death notification would be sent as</source>
        <translation>Skriv ut nøyaktig kva førespurnader ei dødsmelding vil bli sendt som</translation>
    </message>
    <message>
        <source>nhn-fhir or nhn-rest (default: the environment&apos;s).</source>
        <translation>nhn-fhir eller nhn-rest (standard: den miljøet brukar).</translation>
    </message>
    <message>
        <source>The dødsfallId Del 1 was given, to show Del 2 exactly as it will be sent.</source>
        <translation>Den dødsfallId-en Del 1 fekk, for å vise Del 2 nøyaktig slik han blir sendt.</translation>
    </message>
    <message>
        <source>FHIR R4 Bundle (type collection), as for submit.</source>
        <translation>FHIR R4 Bundle (type collection), som for submit.</translation>
    </message>
    <message>
        <source>export needs exactly one FILE.</source>
        <translation>export treng nøyaktig éin FILE.</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>Kan ikkje eksportere: %1</translation>
    </message>
    <message>
        <source>Look a person up in the registry before reporting the death</source>
        <translation>Slå opp ein person i registeret før dødsfallet blir meldt</translation>
    </message>
    <message>
        <source>Fødselsnummer or D-nummer (11 digits; spaces allowed).</source>
        <translation>Fødselsnummer eller D-nummer (11 siffer; mellomrom er tillate).</translation>
    </message>
    <message>
        <source>lookup needs exactly one NUMBER.</source>
        <translation>lookup treng nøyaktig eitt NUMBER.</translation>
    </message>
    <message>
        <source>This is not a valid fødselsnummer or D-nummer.</source>
        <translation>Dette er ikkje eit gyldig fødselsnummer eller D-nummer.</translation>
    </message>
    <message>
        <source>List, show, send, retry or cancel notifications in the outbox</source>
        <translation>List opp, vis, send, send på nytt eller avbryt meldingar i utboksen</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer from the registry (default 30).</source>
        <translation>Tal på sekund å vente på kvart svar frå registeret (standard 30).</translation>
    </message>
    <message>
        <source>list, show ID, flush (send everything due), retry ID (send it again now) or cancel ID.</source>
        <translation>list, show ID, flush (send alt som står for tur), retry ID (send på nytt no) eller cancel ID.</translation>
    </message>
    <message>
        <source>Use: outbox list | outbox show ID | outbox flush | outbox retry ID | outbox cancel ID</source>
        <translation>Bruk: outbox list | outbox show ID | outbox flush | outbox retry ID | outbox cancel ID</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 600.</source>
        <translation>--timeout treng eit tal på sekund frå 1 til 600.</translation>
    </message>
    <message>
        <source>Keychain service holding the outbox key (default: the environment&apos;s).</source>
        <translation>Tenestenamnet i nøkkelringen der utboksnøkkelen er lagra (standard: det miljøet brukar).</translation>
    </message>
    <message>
        <source>Queue notifications that have warnings too (you have read the warnings and the notification is right).</source>
        <translation>Legg òg meldingar med åtvaringar i kø (du har lese åtvaringane, og meldinga er rett).</translation>
    </message>
    <message>
        <source>FHIR R4 Bundle (type collection) with the Patient, the QuestionnaireResponse and your PractitionerRole.</source>
        <translation>FHIR R4 Bundle (type collection) med Patient, QuestionnaireResponse og PractitionerRole for deg.</translation>
    </message>
    <message>
        <source>submit needs at least one FILE.</source>
        <translation>submit treng minst éin FILE.</translation>
    </message>
    <message>
        <source>The notification has warnings. Read them; if the notification is right, submit again with --accept-warnings.</source>
        <translation>Meldinga har åtvaringar. Les dei; om meldinga er rett, send inn på nytt med --accept-warnings.</translation>
    </message>
    <message>
        <source>Withdraw a death reported for the wrong person (annuller dødsfall)</source>
        <translation>Annuller eit dødsfall som er meldt på feil person</translation>
    </message>
    <message>
        <source>The outbox item of the death (Del 1) to withdraw.</source>
        <translation>Oppføringa i utboksen for dødsfallet (Del 1) som skal annullerast.</translation>
    </message>
    <message>
        <source>annuller needs the outbox ID of the death (Del 1).</source>
        <translation>annuller treng utboks-ID-en til dødsfallet (Del 1).</translation>
    </message>
    <message>
        <source>annuller needs --reason: say why the death is withdrawn.</source>
        <translation>annuller treng --reason: oppgje kvifor dødsfallet blir annullert.</translation>
    </message>
    <message>
        <source>The death had not been sent and is cancelled, with its cause of death.</source>
        <translation>Dødsfallet var ikkje sendt og er avbrote, saman med dødsårsaka.</translation>
    </message>
    <message>
        <source>The withdrawal is queued; send it with outbox flush. Then phone NHN&apos;s operations centre (+47 73 56 59 99), as NHN requires after every withdrawn death.</source>
        <translation>Annulleringa er lagd i kø; send ho med outbox flush. Ring deretter driftssenteret til NHN (+47 73 56 59 99), slik NHN krev etter kvart annullerte dødsfall.</translation>
    </message>
    <message>
        <source>check-id -: standard input is empty; give one number per line.</source>
        <translation>check-id -: standard inn er tom; gi eitt nummer per linje.</translation>
    </message>
    <message>
        <source>The outbox is open in another Meldeklient program (for example a flush that is running); this list is read-only and may change in a moment.</source>
        <translation>Utboksen er open i eit anna Meldeklient-program (til dømes ei sending som går føre seg); denne lista er berre til lesing og kan endre seg om eit augeblikk.</translation>
    </message>
    <message>
        <source>The list shows ids, states and dates only: the contents of the notifications cannot be read without the outbox key in the system keychain.</source>
        <translation>Lista viser berre id-ar, tilstandar og datoar: innhaldet i meldingane kan ikkje lesast utan utboksnøkkelen i nøkkelringen til systemet.</translation>
    </message>
    <message>
        <source>Opaque id of the user whose outbox to open (default: the signed-in user). Another user&apos;s outbox opens read-only.</source>
        <translation>Ugjennomsiktig ID for brukaren som eig utboksen (standard: den innlogga brukaren). Utboksen til ein annan brukar vert opna skriveverna.</translation>
    </message>
    <message>
        <source>This outbox is not the signed-in physician&apos;s (--user-key-id): it can be listed and shown, but nothing in it can be sent, retried, cancelled or withdrawn. Sign in as its owner to do that.</source>
        <translation>Denne utboksen høyrer ikkje til den innlogga legen (--user-key-id): han kan listast og visast, men ingenting i han kan sendast, prøvast på nytt, avbrytast eller annullerast. Logg inn som eigaren for å gjere det.</translation>
    </message>
    <message>
        <source>Read-only: this outbox is not the signed-in physician&apos;s.</source>
        <translation>Skriveverna: denne utboksen høyrer ikkje til den innlogga legen.</translation>
    </message>
    <message>
        <source>Queue a notification even though this outbox already has one for the same person (you mean to send a second one).</source>
        <translation>Legg meldinga i kø sjølv om utboksen alt har ei for same person (du vil sende ei til).</translation>
    </message>
    <message>
        <source>This outbox already has a death notification for this person (outbox item %1). If you mean to send another, submit again with --allow-duplicate.</source>
        <translation>Utboksen har alt ei dødsmelding for denne personen (oppføring %1). Vil du sende ei til, send inn på nytt med --allow-duplicate.</translation>
    </message>
    <message>
        <source>Why the death is withdrawn (required, at most %1 characters).</source>
        <translation>Kvifor dødsfallet vert annullert (påkravd, høgst %1 teikn).</translation>
    </message>
    <message>
        <source>--reason is %1 characters long; at most %2 are allowed.</source>
        <translation>--reason er %1 teikn lang; høgst %2 er tillate.</translation>
    </message>
    <message>
        <source>The registry had refused the death, so nothing is registered; it is cancelled, with its cause of death.</source>
        <translation>Registeret hadde avvist dødsfallet, så ingenting er registrert; det er avbrote, saman med dødsårsaka.</translation>
    </message>
    <message>
        <source>A withdrawal of this death is already queued or sent (outbox item %1); nothing was added.</source>
        <translation>Ei annullering av dette dødsfallet er alt i kø eller sendt (oppføring %1); ingenting vart lagt til.</translation>
    </message>
    <message>
        <source>codes needs a sub-command: import, fetch, search, info or remove.</source>
        <translation>codes treng ein underkommando: import, fetch, search, info eller remove.</translation>
    </message>
    <message>
        <source>File format: kote-json or kote-xlsx (Norwegian ICD-10), klass-json (municipalities), fhir-json, iris, csv (default: recognised by content).</source>
        <translation>Filformat: kote-json eller kote-xlsx (norsk ICD-10), klass-json (kommunar), fhir-json, iris, csv (standard: kjend att ut frå innhaldet).</translation>
    </message>
    <message>
        <source>Unknown format %1.</source>
        <translation>Ukjent format %1.</translation>
    </message>
    <message>
        <source>codes remove needs the URL of one imported list.</source>
        <translation>codes remove treng URL-en til éi importert liste.</translation>
    </message>
    <message>
        <source>No municipality list is imported.</source>
        <translation>Inga kommuneliste er importert.</translation>
    </message>
    <message>
        <source>codes import --format klass-json needs the codes file.</source>
        <translation>codes import --format klass-json treng fila med kodane.</translation>
    </message>
    <message>
        <source>Where to fetch from instead of the national default.</source>
        <translation>Kvar lista skal hentast frå i staden for den nasjonale standardadressa.</translation>
    </message>
    <message>
        <source>codes fetch needs one of icd10-no, fhi-7110, municipalities.</source>
        <translation>codes fetch treng ein av icd10-no, fhi-7110, municipalities.</translation>
    </message>
    <message>
        <source>Cannot read the birth notification: %1</source>
        <translation>Kan ikkje lese fødselsmeldinga: %1</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 time, e.g. 2026-03-01T10:15:00+01:00.</source>
        <translation>--now krev eit ISO 8601-tidspunkt, t.d. 2026-03-01T10:15:00+01:00.</translation>
    </message>
    <message>
        <source>folkeregisteret-xml: prefix of each child&apos;s message id (default: a new UUID).</source>
        <translation>folkeregisteret-xml: prefiks for meldingsidentifikatoren til kvart barn (standard: ein ny UUID).</translation>
    </message>
    <message>
        <source>folkeregisteret-xml: the sending time, ISO 8601 (default: now).</source>
        <translation>folkeregisteret-xml: sendetidspunktet, ISO 8601 (standard: no).</translation>
    </message>
    <message>
        <source>--lang is ignored: %1</source>
        <translation>--lang vert ignorert: %1</translation>
    </message>
    <message>
        <source>Show or change settings (locked ones are set by your IT department)</source>
        <translation>Vis eller endra innstillingar (låste innstillingar vert bestemde av IT-avdelinga)</translation>
    </message>
    <message>
        <source>Usage: meldeklient-cli config show | set KEY VALUE | unset KEY</source>
        <translation>Bruk: meldeklient-cli config show | set NØKKEL VERDI | unset NØKKEL</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. Settings: %2.</source>
        <translation>Ukjend innstilling «%1». Innstillingar: %2.</translation>
    </message>
    <message>
        <source>purge: only show what would be purged.</source>
        <translation>purge: vis berre kva som ville vorte sletta.</translation>
    </message>
    <message numerus="yes">
        <source>This draft has not been changed for more than %n day(s). Finish or cancel it; it is never deleted automatically.</source>
        <translation>
            <numerusform>Dette utkastet er ikkje endra på meir enn %n dag. Fullfør eller avbryt det; det vert aldri sletta automatisk.</numerusform>
            <numerusform>Dette utkastet er ikkje endra på meir enn %n dagar. Fullfør eller avbryt det; det vert aldri sletta automatisk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify or export the local audit trail (who sent, withdrew, purged what)</source>
        <translation>Kontroller eller eksporter den lokale revisjonsloggen (kven sende, trekte tilbake, sletta kva)</translation>
    </message>
    <message>
        <source>Usage: meldeklient-cli audit verify | export [FILE]</source>
        <translation>Bruk: meldeklient-cli audit verify | export [FIL]</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan ikkje skriva %1.</translation>
    </message>
    <message>
        <source>birth-certificate set-password|check: the organisation certificate for sending births to Folkeregisteret</source>
        <translation>birth-certificate set-password|check: verksemdssertifikatet for å sende fødselsmeldingar til Folkeregisteret</translation>
    </message>
    <message>
        <source>Usage: meldeklient-cli birth-certificate set-password|check (the password is read from standard input)</source>
        <translation>Bruk: meldeklient-cli birth-certificate set-password|check (passordet blir lese frå standard inndata)</translation>
    </message>
    <message>
        <source>The birth notification has errors; correct them and submit again.</source>
        <translation>Fødselsmeldinga har feil; rett dei og send inn på nytt.</translation>
    </message>
    <message>
        <source>The birth notification has warnings. Read them; if it is right, submit again with --accept-warnings.</source>
        <translation>Fødselsmeldinga har åtvaringar. Les dei; er meldinga rett, send inn på nytt med --accept-warnings.</translation>
    </message>
    <message>
        <source>Check death notifications and queue them in the outbox for sending; send birth notifications to Folkeregisteret</source>
        <translation>Kontroller dødsmeldingar og legg dei i kø i utboksen for sending; send fødselsmeldingar til Folkeregisteret</translation>
    </message>
    <message>
        <source>Births: send at once and wait up to N seconds for Folkeregisteret&apos;s decisions (0: do not wait).</source>
        <translation>Fødslar: send med ein gong og vent opptil N sekund på vedtaka frå Folkeregisteret (0: ikkje vent).</translation>
    </message>
    <message>
        <source>Births: only queue them; `outbox flush` sends them later.</source>
        <translation>Fødslar: berre legg dei i kø; `outbox flush` sender dei seinare.</translation>
    </message>
    <message>
        <source>--wait-seconds takes 0 to 3600.</source>
        <translation>--wait-seconds tek 0 til 3600.</translation>
    </message>
    <message>
        <source>Births: the file corrects children of an earlier birth (its birthId from `outbox list`); without :CHILD,... the refused ones.</source>
        <translation>Fødslar: fila korrigerer barn i ein tidlegare fødsel (birthId frå `outbox list`); utan :BARN,... dei avviste.</translation>
    </message>
    <message>
        <source>--corrects takes BIRTH-ID or BIRTH-ID:CHILD,... (children 1, 2 …) and one birth FILE.</source>
        <translation>--corrects tek BIRTH-ID eller BIRTH-ID:BARN,... (barn 1, 2 …) og éi FIL med fødselsmelding.</translation>
    </message>
    <message>
        <source>--corrects is for a birth notification only.</source>
        <translation>--corrects gjeld berre fødselsmeldingar.</translation>
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
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagar</translation>
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
        <translation>Kan ikkje lese %1: %2</translation>
    </message>
    <message>
        <source>No code list %1 is imported.</source>
        <translation>Inga kodeliste %1 er importert.</translation>
    </message>
    <message>
        <source>Code lists are fetched over https only (plain http only from this computer): %1</source>
        <translation>Kodelister blir henta berre over https (vanleg http berre frå denne datamaskina): %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB and was not downloaded.</source>
        <translation>Fila er større enn %1 MB og vart ikkje lasta ned.</translation>
    </message>
    <message>
        <source>The download timed out.</source>
        <translation>Nedlastinga tok for lang tid og vart avbroten.</translation>
    </message>
    <message>
        <source>The server answered %1; the current list is kept.</source>
        <translation>Tenaren svarte %1; den gjeldande lista blir behalden.</translation>
    </message>
    <message>
        <source>The code list could not be downloaded: %1</source>
        <translation>Kodelista kunne ikkje lastast ned: %1</translation>
    </message>
    <message>
        <source>%1 is shipped with Meldeklient and can only be replaced by a newer version of the same code system (%2).</source>
        <translation>%1 følgjer med Meldeklient og kan berre erstattast av ein nyare versjon av det same kodeverket (%2).</translation>
    </message>
    <message>
        <source>The code system URL is not valid (a Volven number, a URN such as urn:oid:2.16.578.1.12.4.1.1.7110, or an http(s) URL, at most %1 characters).</source>
        <translation>URL-en til kodeverket er ikkje gyldig (eit Volven-nummer, ein URN som urn:oid:2.16.578.1.12.4.1.1.7110 eller ein http(s)-URL, høgst %1 teikn).</translation>
    </message>
    <message>
        <source>The version is not valid: use at most %1 letters, digits and . _ + : - (for example 2026 or 1.0.1).</source>
        <translation>Versjonen er ikkje gyldig: bruk høgst %1 bokstavar, siffer og . _ + : - (til dømes 2026 eller 1.0.1).</translation>
    </message>
    <message>
        <source>a value set cannot replace a code system</source>
        <translation>eit verdisett kan ikkje erstatte eit kodeverk</translation>
    </message>
    <message>
        <source>version %1 is not newer than the shipped %2</source>
        <translation>versjon %1 er ikkje nyare enn den medfølgjande %2</translation>
    </message>
    <message>
        <source>The new list has %1 codes, fewer than half of the %2 in the list it would replace (version %3); it looks truncated or filtered and was refused. The current list is kept.</source>
        <translation>Den nye lista har %1 kodar, færre enn halvparten av dei %2 i lista ho skulle erstatte (versjon %3); ho ser avkorta eller filtrert ut og vart avvist. Den gjeldande lista blir behalden.</translation>
    </message>
    <message>
        <source>a shipped list cannot be removed</source>
        <translation>ei medfølgjande liste kan ikkje fjernast</translation>
    </message>
    <message>
        <source>The code list %1 could not be removed.</source>
        <translation>Kodelista %1 kunne ikkje fjernast.</translation>
    </message>
    <message>
        <source>The country list %1 cannot be read (install iso-codes): %2</source>
        <translation>Landlista %1 kan ikkje lesast (installer iso-codes): %2</translation>
    </message>
    <message>
        <source>The country list %1 is not iso-codes&apos; ISO 3166-1 JSON.</source>
        <translation>Landlista %1 er ikkje ISO 3166-1-JSON frå iso-codes.</translation>
    </message>
    <message>
        <source>The country list %1 has no countries.</source>
        <translation>Landlista %1 inneheld ingen land.</translation>
    </message>
    <message>
        <source>The code service&apos;s answer is not complete JSON (line %1: %2).</source>
        <translation>Svaret frå kodetenesta er ikkje fullstendig JSON (linje %1: %2).</translation>
    </message>
    <message>
        <source>The code service&apos;s answer is neither a FHIR ValueSet expansion nor a plain list of codes.</source>
        <translation>Svaret frå kodetenesta er verken ein FHIR ValueSet-ekspansjon eller ei enkel liste over kodar.</translation>
    </message>
    <message>
        <source>Entry %1 of the code service&apos;s answer has no code.</source>
        <translation>Oppføring %1 i svaret frå kodetenesta manglar kode.</translation>
    </message>
    <message>
        <source>Entry %1: code %2 appears more than once.</source>
        <translation>Oppføring %1: koden %2 finst fleire gonger.</translation>
    </message>
    <message>
        <source>The code service&apos;s answer has no codes; the current list is kept.</source>
        <translation>Svaret frå kodetenesta inneheld ingen kodar; den gjeldande lista blir behalden.</translation>
    </message>
    <message>
        <source>The file is not Helsedirektoratet&apos;s ICD-10 list in the expected shape (%1); the current list is kept.</source>
        <translation>Fila er ikkje ICD-10-lista til Helsedirektoratet i forventa form (%1); den gjeldande lista blir behalden.</translation>
    </message>
    <message>
        <source>Row %1: code %2 appears more than once.</source>
        <translation>Rad %1: koden %2 finst fleire gonger.</translation>
    </message>
    <message>
        <source>The ICD-10 file has no codes; the current list is kept.</source>
        <translation>ICD-10-fila inneheld ingen kodar; den gjeldande lista blir behalden.</translation>
    </message>
    <message>
        <source>The ICD-10 file is not complete JSON (line %1: %2); the current list is kept.</source>
        <translation>ICD-10-fila er ikkje fullstendig JSON (linje %1: %2); den gjeldande lista blir behalden.</translation>
    </message>
    <message>
        <source>the top level is not an array</source>
        <translation>øvste nivå er ikkje ei liste</translation>
    </message>
    <message>
        <source>row %1 is not an object</source>
        <translation>rad %1 er ikkje eit objekt</translation>
    </message>
    <message>
        <source>row %1 has no Kode</source>
        <translation>rad %1 manglar Kode</translation>
    </message>
    <message>
        <source>row %1 has no text</source>
        <translation>rad %1 manglar tekst</translation>
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
        <translation>Fila er ikkje kommuneklassifikasjonen til SSB i forventa form (%1); den gjeldande lista blir behalden.</translation>
    </message>
    <message>
        <source>The file is not complete JSON (line %1: %2); the current list is kept.</source>
        <translation>Fila er ikkje fullstendig JSON (linje %1: %2); den gjeldande lista blir behalden.</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>øvste nivå er ikkje eit objekt</translation>
    </message>
    <message>
        <source>%1 has no four-digit code</source>
        <translation>%1 manglar firesifra kode</translation>
    </message>
    <message>
        <source>%1 has no valid dates</source>
        <translation>%1 manglar gyldige datoar</translation>
    </message>
    <message>
        <source>no &quot;codes&quot; array</source>
        <translation>inga liste «codes»</translation>
    </message>
    <message>
        <source>The municipality list has no codes; the current list is kept.</source>
        <translation>Kommunelista inneheld ingen kodar; den gjeldande lista blir behalden.</translation>
    </message>
    <message>
        <source>no &quot;codeChanges&quot; array</source>
        <translation>inga liste «codeChanges»</translation>
    </message>
    <message>
        <source>a change without codes or date</source>
        <translation>ei endring utan kodar eller dato</translation>
    </message>
    <message>
        <source>no header line</source>
        <translation>inga overskriftslinje</translation>
    </message>
    <message>
        <source>The municipality CSV lacks the columns code, name and validFrom.</source>
        <translation>CSV-fila med kommunar manglar kolonnane code, name og validFrom.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linje %1</translation>
    </message>
    <message>
        <source>The new municipality list has %1 codes, fewer than half of the %2 it would replace; it was refused and the current list is kept.</source>
        <translation>Den nye kommunelista har %1 kodar, færre enn halvparten av dei %2 ho skulle erstatte; ho vart avvist, og den gjeldande lista blir behalden.</translation>
    </message>
    <message>
        <source>The municipality list could not be saved in %1.</source>
        <translation>Kommunelista kunne ikkje lagrast i %1.</translation>
    </message>
    <message>
        <source>No municipality list is imported; run codes fetch municipalities.</source>
        <translation>Inga kommuneliste er importert; køyr codes fetch municipalities.</translation>
    </message>
    <message>
        <source>The file is not a readable Excel workbook (%1).</source>
        <translation>Fila er ikkje ei lesbar Excel-arbeidsbok (%1).</translation>
    </message>
    <message>
        <source>--url cannot be used: %1 is locked by your organisation&apos;s policy (%2), so code lists are fetched only from the addresses it names. Ask your IT department.</source>
        <translation>--url kan ikkje brukast: %1 er låst av verksemda sin policy (%2), så kodeverk blir henta berre frå adressene han gir. Kontakt IT-avdelinga.</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>The system could not provide secure random numbers.</source>
        <translation>Systemet kunne ikkje levere sikre tilfeldige tal.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>The policy in %1 sets %2 to a value Meldeklient refuses: %3 Ask your IT department to correct it.</source>
        <translation>Policyen i %1 set %2 til ein verdi Meldeklient avviser: %3 Be IT-avdelinga retta han.</translation>
    </message>
    <message>
        <source>%1 (set in %2) is refused: %3</source>
        <translation>%1 (sett i %2) vert avvist: %3</translation>
    </message>
    <message>
        <source>The policy file %1 may be changed by other users than its owner. Ask your IT department to make it writable by root only (chmod 644).</source>
        <translation>Policyfila %1 kan endrast av andre brukarar enn eigaren. Be IT-avdelinga gjera ho skrivbar berre for root (chmod 644).</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>Innstillingsfila %1 kan ikkje lesast.</translation>
    </message>
    <message>
        <source>The policy in %1 sets %2, which Meldeklient does not know. Known keys: %3.</source>
        <translation>Policyen i %1 set %2, som Meldeklient ikkje kjenner. Kjende nøklar: %3.</translation>
    </message>
    <message>
        <source>HelseIdIssuer from %1 is ignored in production; signing in with %2.</source>
        <translation>HelseIdIssuer frå %1 vert ignorert i produksjon; innlogging skjer med %2.</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy (%1).</source>
        <translation>Bestemt av verksemda sin policy (%1).</translation>
    </message>
    <message>
        <source>%1 is locked by your organisation&apos;s policy (%2) and cannot be changed here. Ask your IT department.</source>
        <translation>%1 er låst av verksemda sin policy (%2) og kan ikkje endrast her. Kontakt IT-avdelinga.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Innstillingsfila %1 kunne ikkje skrivast.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3.</source>
        <translation>«%1» er ikkje eit heiltal frå %2 til %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>«%1» er ikkje ein av: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address.</source>
        <translation>«%1» er ikkje ei http(s)-adresse.</translation>
    </message>
    <message>
        <source>%1 must use https in production.</source>
        <translation>%1 må bruka https i produksjon.</translation>
    </message>
    <message>
        <source>%1 must use https (plain http only on this computer).</source>
        <translation>%1 må bruka https (vanleg http berre på denne datamaskina).</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>Verdien er tom.</translation>
    </message>
    <message>
        <source>A client id is 1 to 200 visible ASCII characters.</source>
        <translation>Ein klient-ID består av 1 til 200 synlege ASCII-teikn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;system&quot;, &quot;none&quot; or http://host:port or socks5://host:port.</source>
        <translation>«%1» er ikkje «system», «none», http://vert:port eller socks5://vert:port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute file path.</source>
        <translation>«%1» er ikkje ein absolutt filsti.</translation>
    </message>
    <message>
        <source>A PKCS#11 URI here must not carry the PIN: store it with meldeklient-cli birth-certificate set-password.</source>
        <translation>Ein PKCS#11-URI her kan ikkje innehalde PIN-koden: lagre han med meldeklient-cli birth-certificate set-password.</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>The data folder %1 does not exist or is not a folder.</source>
        <translation>Datamappa %1 finst ikkje eller er ikkje ei mappe.</translation>
    </message>
    <message>
        <source>The data folder %1 belongs to another user, so Meldeklient will not keep notifications there. Use a folder of your own (MELDEKLIENT_DATA_DIR).</source>
        <translation>Datamappa %1 høyrer til ein annan brukar, så Meldeklient lagrar ikkje meldingar der. Bruk ei mappe som er di (MELDEKLIENT_DATA_DIR).</translation>
    </message>
    <message>
        <source>Other users can write to the data folder %1, so they could replace your notifications. Make it yours alone (chmod 700) or use another folder (MELDEKLIENT_DATA_DIR).</source>
        <translation>Andre brukarar kan skrive i datamappa %1 og kunne dermed byte ut meldingane dine. Gjer henne til di åleine (chmod 700) eller bruk ei anna mappe (MELDEKLIENT_DATA_DIR).</translation>
    </message>
    <message>
        <source>%1 is a symbolic link. Meldeklient does not follow links for its data files; remove the link.</source>
        <translation>%1 er ei symbolsk lenkje. Meldeklient følgjer ikkje lenkjer for datafilene sine; fjern lenkja.</translation>
    </message>
</context>
<context>
    <name>FreeText</name>
    <message>
        <source>“%1” contains an invisible control or text-direction character (for example NUL, escape, tab or a right-to-left mark), often from copying text. Type the text again without it.</source>
        <translation>«%1» inneheld eit usynleg kontrollteikn eller tekstretningsteikn (til dømes NUL, escape, tabulator eller eit høgre-til-venstre-merke), ofte frå kopiert tekst. Skriv teksten på nytt utan det.</translation>
    </message>
    <message>
        <source>“%1” must be a single line: remove the line break.</source>
        <translation>«%1» må stå på éi linje: fjern linjeskiftet.</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters. Shorten it.</source>
        <translation>«%1» er lengre enn %2 teikn. Gjer teksten kortare.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>No web browser could be opened for the HelseID sign-in.</source>
        <translation>Kunne ikkje opne ein nettlesar for HelseID-innlogginga.</translation>
    </message>
    <message>
        <source>Death, cause-of-death and birth notifications for Norwegian health personnel</source>
        <translation>Melding om dødsfall, dødsårsak og fødsel for helsepersonell</translation>
    </message>
    <message>
        <source>Meldeklient cannot start</source>
        <translation>Meldeklient kan ikkje starta</translation>
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
        <translation>Folkeregisteret blir oppdatert med ein gong. BankID, bank- og NAV-tenester for personen blir stansa kort etter. Send berre når du er sikker på at dette er rett person.</translation>
    </message>
    <message>
        <source>&amp;Send to Folkeregisteret</source>
        <translation>&amp;Send til Folkeregisteret</translation>
    </message>
    <message>
        <source>Your login was at a security level below 3. Log in again with BankID, Buypass or Commfides (not MinID).</source>
        <translation>Innlogginga di var på eit tryggleiksnivå under 3. Logg inn på nytt med BankID, Buypass eller Commfides (ikkje MinID).</translation>
    </message>
    <message>
        <source>HelseID found no HPR number for you. Only authorised health personnel can report a death. If you are authorised, check your registration in Helsepersonellregisteret.</source>
        <translation>HelseID fann ikkje noko HPR-nummer for deg. Berre autorisert helsepersonell kan melde dødsfall. Er du autorisert, sjekk registreringa di i Helsepersonellregisteret.</translation>
    </message>
    <message>
        <source>The login was cancelled. Nothing has been sent.</source>
        <translation>Innlogginga vart avbroten. Ingenting er sendt.</translation>
    </message>
    <message>
        <source>HelseID could not be reached. Check the network connection and try again in a moment.</source>
        <translation>Fekk ikkje kontakt med HelseID. Sjekk nettverkssambandet og prøv igjen om litt.</translation>
    </message>
    <message>
        <source>Your saved login has expired. Log in again.</source>
        <translation>Den lagra innlogginga di har gått ut. Logg inn på nytt.</translation>
    </message>
    <message>
        <source>The login failed: %1</source>
        <translation>Innlogginga mislukkast: %1</translation>
    </message>
    <message>
        <source>Unknown environment in MELDEKLIENT_ENVIRONMENT. Use one of: %1.</source>
        <translation>Ukjent miljø i MELDEKLIENT_ENVIRONMENT. Bruk eitt av: %1.</translation>
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
    <name>InputFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 finst ikkje.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a device or a pipe). Give the path of a file.</source>
        <translation>%1 er ikkje ei vanleg fil (det er ei mappe, ei eining eller eit røyr). Oppgi stien til ei fil.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB, the limit for this kind of file.</source>
        <translation>%1 er større enn %2 KB, grensa for denne typen fil.</translation>
    </message>
    <message>
        <source>reading it failed</source>
        <translation>lesinga mislukkast</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikkje lesast: %2</translation>
    </message>
    <message>
        <source>you do not have permission to read it</source>
        <translation>du har ikkje tilgang til å lese henne</translation>
    </message>
    <message>
        <source>the system could not open it (error %1)</source>
        <translation>systemet kunne ikkje opne henne (feil %1)</translation>
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
        <translation>Bygd med Qt %1, køyrer på Qt %2; %3.</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Programvare frå tredjepartar</translation>
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
        <translation>Skriv fødselsnummeret eller D-nummeret til mor. Folkeregisteret viser kven som har nummeret; kontroller at det er kvinna som har fødd, før du går vidare.</translation>
    </message>
    <message>
        <source>Mother&apos;s &amp;fødselsnummer or D-nummer:</source>
        <translation>&amp;Fødselsnummer eller D-nummer til mor:</translation>
    </message>
    <message>
        <source>Mother&apos;s fødselsnummer or D-nummer</source>
        <translation>Fødselsnummer eller D-nummer til mor</translation>
    </message>
    <message>
        <source>The mother has &amp;no Norwegian fødselsnummer or D-nummer</source>
        <translation>Mor har &amp;ikkje norsk fødselsnummer eller D-nummer</translation>
    </message>
    <message>
        <source>Folkeregisteret has no person with this number. Check the number; if the mother has no Norwegian number, choose that below.</source>
        <translation>Folkeregisteret har ingen person med dette nummeret. Kontroller nummeret; har mor ikkje norsk nummer, vel det nedanfor.</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>fødd %1</translation>
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
        <translation>Dette er eit hjelpenummer (%1). Folkeregisteret tek berre imot fødselsnummer eller D-nummer for mor: bruk hennar, eller vel «ikkje norsk nummer».</translation>
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
        <translation>Enkeltfødsel: tal på barn og rekkjefølgje blir ikkje sende.</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Melding om fødsel&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Melding om fødsel&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>One notification per birth: twins and triplets are children of the same birth, each on its own tab. Folkeregisteret gets one message per child and gives each live-born child a fødselsnummer.</source>
        <translation>Éi melding per fødsel: tvillingar og trillingar er barn i same fødsel, kvart på si fane. Folkeregisteret får éi melding per barn og gir kvart levandefødde barn eit fødselsnummer.</translation>
    </message>
    <message>
        <source>Melding om fødsel: check before sending</source>
        <translation>Melding om fødsel: kontroller før sending</translation>
    </message>
    <message>
        <source>The mother has no Norwegian number: give her name and birth date under «Mor» below.</source>
        <translation>Mor har ikkje norsk nummer: fyll inn namn og fødselsdato under «Mor» nedanfor.</translation>
    </message>
    <message>
        <source>&amp;Next: check</source>
        <translation>&amp;Neste: kontroller</translation>
    </message>
    <message>
        <source>First find the mother and tick «This is the right person», or choose that she has no Norwegian number.</source>
        <translation>Finn først mor og kryss av for «Dette er rett person», eller vel at ho ikkje har norsk nummer.</translation>
    </message>
    <message>
        <source>%1 (no Norwegian number)</source>
        <translation>%1 (utan norsk nummer)</translation>
    </message>
    <message>
        <source>%1 (confirmed in Folkeregisteret)</source>
        <translation>%1 (stadfesta i Folkeregisteret)</translation>
    </message>
    <message>
        <source>%1, HPR %2</source>
        <translation>%1, HPR %2</translation>
    </message>
    <message>
        <source>To Folkeregisteret (clinical data are not sent)</source>
        <translation>Til Folkeregisteret (kliniske opplysningar blir ikkje sende)</translation>
    </message>
    <message>
        <source>Mother: %1</source>
        <translation>Mor: %1</translation>
    </message>
    <message>
        <source>Save a copy of the birth notification</source>
        <translation>Lagre ein kopi av fødselsmeldinga</translation>
    </message>
    <message>
        <source>fodselsmelding.pdf</source>
        <translation>fodselsmelding.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Melding om fødsel</source>
        <translation>Melding om fødsel</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <source>&amp;Check for decisions now</source>
        <translation>&amp;Sjå etter svar no</translation>
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
        <translation>Rett først det som må rettast («Endre» går dit).</translation>
    </message>
    <message>
        <source>Confirm each warning you have considered.</source>
        <translation>Stadfest kvar åtvaring du har vurdert.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ikkje send</translation>
    </message>
    <message>
        <source>The birth notification could not be put in the outbox: %1</source>
        <translation>Fødselsmeldinga kunne ikkje leggjast i utboksen: %1</translation>
    </message>
    <message>
        <source>Folkeregisteret has decided</source>
        <translation>Folkeregisteret har avgjort</translation>
    </message>
    <message>
        <source>Sent: waiting for Folkeregisteret&apos;s decision</source>
        <translation>Sendt: ventar på svar frå Folkeregisteret</translation>
    </message>
    <message>
        <source>Choose at least one child to correct.</source>
        <translation>Vel minst eitt barn som skal korrigerast.</translation>
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
        <translation>Korrigering av fødselsmelding sendt %1 — vel barna som skal korrigerast</translation>
    </message>
    <message>
        <source>Correction of the birth notification sent %1 — child %2</source>
        <translation>Korrigering av fødselsmelding sendt %1 — barn %2</translation>
    </message>
    <message>
        <source>Children to correct</source>
        <translation>Barn som skal korrigerast</translation>
    </message>
    <message>
        <source>The form holds what was sent. Change what was wrong; the children ticked here are sent again as corrections of their earlier messages.</source>
        <translation>Skjemaet viser det som vart sendt. Endra det som var feil; barna som er kryssa av her, vert sende på nytt som korrigering av dei tidlegare meldingane sine.</translation>
    </message>
    <message>
        <source>Multiple birth of %1 children: this is child %2 of %1, sent to Folkeregisteret as birth order number %3 (computed from the tabs, not typed).</source>
        <translation>Fleirfødsel med %1 barn: dette er barn %2 av %1, sendt til Folkeregisteret som rekkjefølgjenummer %3 (blir rekna ut frå fanene, blir ikkje skrive inn).</translation>
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
        <translation>%1: ventar på å bli sendt til Folkeregisteret.</translation>
    </message>
    <message>
        <source>%1: not sent yet, tried again automatically.</source>
        <translation>%1: ikkje sendt enno, blir prøvd igjen automatisk.</translation>
    </message>
    <message>
        <source>%1: received by Folkeregisteret for processing (reference %2). The decision comes later.</source>
        <translation>%1: motteke av Folkeregisteret til behandling (referanse %2). Svaret kjem seinare.</translation>
    </message>
    <message>
        <source>%1: registered as stillborn. A stillborn child is given no fødselsnummer.</source>
        <translation>%1: registrert som dødfødd. Dødfødde barn får ikkje fødselsnummer.</translation>
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
        <translation>%1: trekt tilbake, ikkje sendt.</translation>
    </message>
    <message>
        <source>A stillborn child is given no fødselsnummer.</source>
        <translation>Dødfødde barn får ikkje fødselsnummer.</translation>
    </message>
    <message>
        <source>Fødselsnummer of child %1</source>
        <translation>Fødselsnummeret til barn %1</translation>
    </message>
    <message>
        <source>This is a correction of message %1.</source>
        <translation>Dette er ei korrigering av melding %1.</translation>
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
        <translation>Korrigere eit registrert barn?</translation>
    </message>
    <message>
        <source>Child %1 is registered in Folkeregisteret. A correction changes the child&apos;s registered data there (for example sex or birth date) once Folkeregisteret approves it. Correct only what is wrong.</source>
        <translation>Barn %1 er registrert i Folkeregisteret. Ei korrigering endrar dei registrerte opplysningane om barnet der (til dømes kjønn eller fødselsdato) når Folkeregisteret godkjenner ho. Korriger berre det som er feil.</translation>
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
        <translation>Del I: hendingsforløpet, frå den umiddelbare dødsårsaka (A) ned til den underliggjande årsaka</translation>
    </message>
    <message>
        <source>↑ due to (som følge av)</source>
        <translation>↑ som følgje av</translation>
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
        <translation>Del II: andre vesentlege tilstandar som bidrog til dødsfallet</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::CodeListUpdateStatus</name>
    <message>
        <source>Checking the ICD-10 list…</source>
        <translation>Sjekkar ICD-10-lista …</translation>
    </message>
    <message>
        <source>Checking the ICD-10 list… %1 %</source>
        <translation>Sjekkar ICD-10-lista … %1 %</translation>
    </message>
    <message>
        <source>The ICD-10 list is the newest (%1).</source>
        <translation>ICD-10-lista er den nyaste (%1).</translation>
    </message>
    <message>
        <source>The ICD-10 list could not be updated; the current list is kept.</source>
        <translation>ICD-10-lista kunne ikkje oppdaterast; den gjeldande lista blir behalden.</translation>
    </message>
    <message>
        <source>ICD-10 list updated (%1) and in use.</source>
        <translation>ICD-10-lista er oppdatert (%1) og i bruk.</translation>
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
        <translation>utan HPR-nummer</translation>
    </message>
    <message>
        <source>HPR %1</source>
        <translation>HPR %1</translation>
    </message>
    <message>
        <source>Signed in: &lt;b&gt;%1&lt;/b&gt; · %2 · security level %3</source>
        <translation>Innlogga: &lt;b&gt;%1&lt;/b&gt; · %2 · tryggleiksnivå %3</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Ikkje logga inn</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::DraftsPage</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Hald fram</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Forkast …</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Drafts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kladdar&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>(no person chosen yet)</source>
        <translation>(ingen person vald enno)</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Forkaste kladden?</translation>
    </message>
    <message>
        <source>The draft &quot;%1&quot; is deleted. This cannot be undone.</source>
        <translation>Kladden «%1» blir sletta. Dette kan ikkje angrast.</translation>
    </message>
    <message>
        <source>No drafts. Everything you type in a new death or birth notification is saved here by itself until it is sent.</source>
        <translation>Ingen kladdar. Alt du skriv i ei ny dødsmelding eller fødselsmelding blir lagra her automatisk til ho er send.</translation>
    </message>
    <message>
        <source>Notifications not sent &amp;yet:</source>
        <translation>Meldingar som &amp;ikkje er sende enno:</translation>
    </message>
    <message>
        <source>Notifications not sent yet</source>
        <translation>Meldingar som ikkje er sende enno</translation>
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
        <translation>(inga mor vald enno)</translation>
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
        <translation>%1: %2 – endra %3</translation>
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
        <translation>SANDKASSE – meldingar går ikkje til Folkeregisteret</translation>
    </message>
    <message>
        <source>TEST – notifications do not go to Folkeregisteret</source>
        <translation>TEST – meldingar går ikkje til Folkeregisteret</translation>
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
        <translation>Kode eller ord, t.d. I21 eller infarkt</translation>
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
    <message>
        <source>Number check</source>
        <translation>Kontroll av nummeret</translation>
    </message>
    <message>
        <source>This is an auxiliary number (%1). It cannot be used in a death notification: use the person&apos;s fødselsnummer or D-nummer, or choose &quot;no Norwegian number&quot;.</source>
        <translation>Dette er eit hjelpenummer (%1). Det kan ikkje brukast i ei dødsmelding: bruk fødselsnummeret eller D-nummeret til personen, eller vel «ikkje norsk nummer».</translation>
    </message>
    <message>
        <source>This is a synthetic test number. It can only be used in the test and sandbox environments.</source>
        <translation>Dette er eit syntetisk testnummer. Det kan berre brukast i test- og sandkassemiljøa.</translation>
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
        <translation>Dette er &amp;rett person</translation>
    </message>
    <message>
        <source>&amp;Continue to Del 1</source>
        <translation>&amp;Gå vidare til Del 1</translation>
    </message>
    <message>
        <source>The deceased has &amp;no Norwegian fødselsnummer or D-nummer</source>
        <translation>Avdøde har &amp;ikkje norsk fødselsnummer eller D-nummer</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Who has died?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kven er død?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Type the deceased&apos;s fødselsnummer or D-nummer. Folkeregisteret shows who has the number; check that it is the person in front of you before you go on.</source>
        <translation>Skriv fødselsnummeret eller D-nummeret til den avdøde. Folkeregisteret viser kven som har nummeret; kontroller at det er personen du har framfor deg før du går vidare.</translation>
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
        <translation>Folkeregisteret har ingen person med dette nummeret. Kontroller nummeret; har avdøde ikkje norsk nummer, vel det nedanfor.</translation>
    </message>
    <message>
        <source>The lookup failed: %1</source>
        <translation>Oppslaget mislukkast: %1</translation>
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
        <translation>Åtvaring: %1</translation>
    </message>
    <message>
        <source>Error – «%1»: %2</source>
        <translation>Feil – «%1»: %2</translation>
    </message>
    <message>
        <source>Warning – «%1»: %2</source>
        <translation>Åtvaring – «%1»: %2</translation>
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
        <translation>Frå</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Settings in &amp;use</source>
        <translation>Innstillingar i &amp;bruk</translation>
    </message>
    <message>
        <source>Settings in use</source>
        <translation>Innstillingar i bruk</translation>
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
        <translation>Kladdar</translation>
    </message>
    <message>
        <source>Outbox and sent</source>
        <translation>Utboks og sende</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>Your computer&apos;s keychain could not store the login. You stay logged in until you close Meldeklient, and must log in again next time.</source>
        <translation>Nøkkelringen på datamaskina kunne ikkje lagre innlogginga. Du er logga inn til du lukkar Meldeklient, og må logge inn på nytt neste gong.</translation>
    </message>
    <message>
        <source>Your outbox could not be opened: %1</source>
        <translation>Utboksen din kunne ikkje opnast: %1</translation>
    </message>
    <message>
        <source>(offline)</source>
        <translation>(fråkopla)</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Ikkje logga inn</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Loggar inn …</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Tilkopla</translation>
    </message>
    <message>
        <source>Login expired</source>
        <translation>Innlogginga har gått ut</translation>
    </message>
    <message>
        <source>Your HelseID login has expired. What you write is kept; log in again to send.</source>
        <translation>HelseID-innlogginga di har gått ut. Det du skriv, blir teke vare på; logg inn på nytt for å sende.</translation>
    </message>
    <message>
        <source>Offline: notifications wait in the outbox and are sent when the network is back</source>
        <translation>Fråkopla: meldingar ventar i utboksen og blir sende når nettet er tilbake</translation>
    </message>
    <message>
        <source>No connection to HelseID. You can write and save; notifications are sent when you are connected again.</source>
        <translation>Inkje samband med HelseID. Du kan skrive og lagre; meldingar blir sende når du er tilkopla igjen.</translation>
    </message>
    <message numerus="yes">
        <source>%n notification part(s) waiting to be sent</source>
        <translation>
            <numerusform>%n meldingsdel ventar på å bli send</numerusform>
            <numerusform>%n meldingsdelar ventar på å bli sende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) correction</source>
        <translation>
            <numerusform>%n må rettast</numerusform>
            <numerusform>%n må rettast</numerusform>
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
        <translation>fødd %1</translation>
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
        <translation>1 Kven er død</translation>
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
        <translation>Utboksen din har alt ei dødsmelding for denne personen (send eller ventande). Send ei ny berre dersom den første var feil, til dømes for å endre dødstidspunktet.</translation>
    </message>
    <message>
        <source>Send &amp;another</source>
        <translation>Send &amp;ei ny</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ikkje send</translation>
    </message>
    <message>
        <source>The notification could not be put in the outbox: %1</source>
        <translation>Meldinga kunne ikkje leggjast i utboksen: %1</translation>
    </message>
    <message>
        <source>no connection to the registry</source>
        <translation>inkje samband med registeret</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::OutboxPage</name>
    <message>
        <source>Nothing has been sent from this computer yet.</source>
        <translation>Ingenting er sendt frå denne datamaskina enno.</translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation>Kvittering: %1</translation>
    </message>
    <message>
        <source>The registry&apos;s message: %1</source>
        <translation>Meldinga frå registeret: %1</translation>
    </message>
    <message>
        <source>&amp;Outbox and sent notifications</source>
        <translation>&amp;Utboks og sende meldingar</translation>
    </message>
    <message>
        <source>Outbox and sent notifications</source>
        <translation>Utboks og sende meldingar</translation>
    </message>
    <message>
        <source>&amp;Correct this birth notification…</source>
        <translation>&amp;Korriger denne fødselsmeldinga…</translation>
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
        <translation>fødd %1</translation>
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
        <translation>fødselsdato ukjend</translation>
    </message>
    <message>
        <source>Folkeregisteret already has this person as dead (%1).</source>
        <translation>Folkeregisteret har alt registrert personen som død (%1).</translation>
    </message>
    <message>
        <source>Folkeregisteret already has this person as dead.</source>
        <translation>Folkeregisteret har alt registrert personen som død.</translation>
    </message>
    <message>
        <source>Check that this is the right person. A new Del 1 changes the registered time of death.</source>
        <translation>Kontroller at dette er rett person. Ein ny Del 1 endrar det registrerte dødstidspunktet.</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::QuestionnaireForm</name>
    <message>
        <source>Write a whole number.</source>
        <translation>Skriv eit heiltal.</translation>
    </message>
    <message>
        <source>Write a number.</source>
        <translation>Skriv eit tal.</translation>
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
        <translation>Påkravd</translation>
    </message>
    <message>
        <source>Not a code in the ICD-10 list: take a hit from the list, or write the cause as free text.</source>
        <translation>Ikkje ein kode i ICD-10-lista: vel eit treff i lista, eller skriv årsaka som fritekst.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Feil: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Åtvaring: %1</translation>
    </message>
    <message>
        <source>This is not a date: write it as dd.mm.yyyy, for example 24.12.2024.</source>
        <translation>Dette er ikkje ein dato: skriv han som dd.mm.åååå, til dømes 24.12.2024.</translation>
    </message>
    <message>
        <source>This is not a time of day: write it as hh:mm, for example 14:30.</source>
        <translation>Dette er ikkje eit klokkeslett: skriv det som tt:mm, til dømes 14:30.</translation>
    </message>
    <message>
        <source>This is not a date and time: write it as dd.mm.yyyy hh:mm, for example 24.12.2024 14:30.</source>
        <translation>Dette er ikkje ein dato med klokkeslett: skriv det som dd.mm.åååå tt:mm, til dømes 24.12.2024 14:30.</translation>
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
        <translation>Fjerne %1 og det som er skrive der?</translation>
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
            <numerusform>%1 (%n åtvaring)</numerusform>
            <numerusform>%1 (%n åtvaringar)</numerusform>
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
        <translation>Meldinga ligg i utboksen og blir send. Du kan lukke denne sida; ingenting går tapt.</translation>
    </message>
    <message>
        <source>The notification is saved in the outbox and is sent by itself when the connection is back.</source>
        <translation>Meldinga er lagra i utboksen og blir send automatisk når sambandet er tilbake.</translation>
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
        <translation>Ventar på å sende</translation>
    </message>
    <message>
        <source>Log in again to send</source>
        <translation>Logg inn på nytt for å sende</translation>
    </message>
    <message>
        <source>Your HelseID login has expired. The notification is saved in the outbox and is sent when you have logged in again.</source>
        <translation>HelseID-innlogginga di har gått ut. Meldinga er lagra i utboksen og blir send når du har logga inn på nytt.</translation>
    </message>
    <message>
        <source>dødsfallId: %1
Received by the registry: %2</source>
        <translation>dødsfallId: %1
Motteken av registeret: %2</translation>
    </message>
    <message>
        <source>Del 2 (causes of death) has been received by the Cause of Death Registry.</source>
        <translation>Del 2 (dødsårsaker) er motteken av Dødsårsaksregisteret.</translation>
    </message>
    <message>
        <source>Del 2 (causes of death) is being sent.</source>
        <translation>Del 2 (dødsårsaker) blir send.</translation>
    </message>
    <message>
        <source>The death has been reported</source>
        <translation>Dødsfallet er meldt</translation>
    </message>
    <message>
        <source>The registry did not accept the notification</source>
        <translation>Registeret godtok ikkje meldinga</translation>
    </message>
    <message>
        <source>The registry&apos;s message: %1</source>
        <translation>Meldinga frå registeret: %1</translation>
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
        <translation>Må rettast før sending</translation>
    </message>
    <message>
        <source>Warnings: confirm each one you have considered</source>
        <translation>Åtvaringar: stadfest kvar einskild du har vurdert</translation>
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
        <translation>(ikkje svart på)</translation>
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
            <numerusform>%n problem må rettast før sending</numerusform>
            <numerusform>%n problem må rettast før sending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): confirm each one you have considered</source>
        <translation>
            <numerusform>%n åtvaring: stadfest at du har vurdert ho</numerusform>
            <numerusform>%n åtvaringar: stadfest kvar einskild du har vurdert</numerusform>
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
        <translation>&lt;h2&gt;Innstillingar&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The new language is used from the next time you start Meldeklient.</source>
        <translation>Det nye språket blir brukt frå neste gong du startar Meldeklient.</translation>
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
        <translation>Logg inn med HelseID (BankID, Buypass eller Commfides, tryggleiksnivå 3 eller høgare). Nettlesaren blir opna for innlogginga, og du kjem tilbake hit etterpå.</translation>
    </message>
    <message>
        <source>Waiting for the login in your web browser…</source>
        <translation>Ventar på innlogginga i nettlesaren …</translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::ValidationSummary</name>
    <message>
        <source>Problems in the form</source>
        <translation>Problem i skjemaet</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed</source>
        <translation>
            <numerusform>%n problem må rettast</numerusform>
            <numerusform>%n problem må rettast</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s) to check</source>
        <translation>
            <numerusform>, %n åtvaring å kontrollere</numerusform>
            <numerusform>, %n åtvaringar å kontrollere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to check</source>
        <translation>
            <numerusform>%n åtvaring å kontrollere</numerusform>
            <numerusform>%n åtvaringar å kontrollere</numerusform>
        </translation>
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
        <source>Line %1 has no time between onset and death. Add it if it is known, or choose &quot;Ukjent&quot;.</source>
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
        <source>%1 is an injury or poisoning code. Answer &quot;Ja&quot; to injury or poisoning and describe when, where and how it happened.</source>
        <translation>%1 er ein skade- eller forgiftingskode. Svar «Ja» på skade eller forgifting, og skildre når, kvar og korleis det skjedde.</translation>
    </message>
    <message>
        <source>Accident, suicide and homicide are deaths from injury or poisoning. Answer &quot;Ja&quot; to injury or poisoning and describe it.</source>
        <translation>Ulukke, sjølvmord og drap er dødsfall etter skade eller forgifting. Svar «Ja» på skade eller forgifting, og skildre han.</translation>
    </message>
    <message>
        <source>A death from injury, poisoning, accident, suicide or homicide is an unnatural death. Answer &quot;Ja&quot; to whether the death can be considered unnatural.</source>
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
        <source>The number is an auxiliary number (%1), which cannot be used in a death notification. Use the person&apos;s fødselsnummer or D-nummer, or report the person as having no Norwegian number.</source>
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
        <source>The sex given does not match the sex in the fødselsnummer. Check the person&apos;s identity.</source>
        <translation>Oppgitt kjønn stemmer ikkje med kjønnet i fødselsnummeret. Kontroller identiteten til personen.</translation>
    </message>
    <message>
        <source>The birth date given does not match the birth date in the fødselsnummer. Check the person&apos;s identity.</source>
        <translation>Oppgitt fødselsdato stemmer ikkje med fødselsdatoen i fødselsnummeret. Kontroller identiteten til personen.</translation>
    </message>
    <message>
        <source>Choose the kind of identification document (for example passport or DUF number).</source>
        <translation>Vel type identifikasjon (til dømes pass eller DUF-nummer).</translation>
    </message>
    <message>
        <source>A fødselsnummer or D-nummer must be given as the person&apos;s Norwegian number, not as a foreign identification.</source>
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
        <source>Enter the deceased&apos;s fødselsnummer or D-nummer.</source>
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
        <source>The Bundle must be of type &quot;collection&quot;.</source>
        <translation>Bundle-ressursen må vere av typen &quot;collection&quot;.</translation>
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
    <message>
        <source>The Bundle may hold at most one PractitionerRole (found %1).</source>
        <translation>Bundle kan innehalde høgst éin PractitionerRole (fann %1).</translation>
    </message>
    <message>
        <source>Your contact details as the reporting physician are missing: give your workplace and a phone number or e-mail address, so the registry can reach you.</source>
        <translation>Kontaktopplysningane dine som meldande lege manglar: oppgje verksemda di og eit telefonnummer eller ei e-postadresse, slik at registeret kan nå deg.</translation>
    </message>
    <message>
        <source>Give the workplace (virksomhet) you report from.</source>
        <translation>Oppgje verksemda du melder frå.</translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail address where the registry can reach you.</source>
        <translation>Oppgje eit telefonnummer eller ei e-postadresse der registeret kan nå deg.</translation>
    </message>
    <message>
        <source>The e-mail address does not look right: it needs one @ and a domain such as sykehus.no, no spaces, and at most %1 characters.</source>
        <translation>E-postadressa ser ikkje rett ut: ho må ha éin @ og eit domene som sykehus.no, ingen mellomrom og høgst %1 teikn.</translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces, +, - and brackets only, at most %1 characters.</source>
        <translation>Telefonnummeret kan berre innehalde siffer, mellomrom, +, - og parentesar, høgst %1 teikn.</translation>
    </message>
    <message>
        <source>Identification number</source>
        <translation>Identifikasjonsnummer</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <source>Workplace (virksomhet)</source>
        <translation>Verksemd</translation>
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
        <translation>%1 finst ikkje i FHI si liste over kodar for dødsårsaker (Volven 7110). Kontroller koden, eller vel ein meir passande kode.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The system keychain cannot be used, so the outbox cannot be stored safely. Nothing was saved: unlock or set up the keychain and try again, or print the notification.</source>
        <translation>Nøkkelringen i systemet kan ikkje brukast, så utboksen kan ikkje lagrast trygt. Ingenting vart lagra: lås opp eller set opp nøkkelringen og prøv igjen, eller skriv ut meldinga.</translation>
    </message>
    <message>
        <source>The outbox key in the system keychain is damaged.</source>
        <translation>Utboksnøkkelen i nøkkelringen i systemet er skadd.</translation>
    </message>
    <message>
        <source>The outbox key is missing from the system keychain, so the saved notifications cannot be opened.</source>
        <translation>Utboksnøkkelen manglar i nøkkelringen i systemet, så dei lagra meldingane kan ikkje opnast.</translation>
    </message>
    <message>
        <source>The outbox database could not be upgraded to this version.</source>
        <translation>Utboksdatabasen kunne ikkje oppgraderast til denne versjonen.</translation>
    </message>
    <message>
        <source>The outbox was written by a newer version of Meldeklient. Update Meldeklient to open it.</source>
        <translation>Utboksen er laga av ein nyare versjon av Meldeklient. Oppdater Meldeklient for å opne han.</translation>
    </message>
    <message>
        <source>The file is a database, but not a Meldeklient outbox.</source>
        <translation>Fila er ein database, men ikkje ein utboks frå Meldeklient.</translation>
    </message>
    <message>
        <source>The outbox could not read or write its database.</source>
        <translation>Utboksen kunne ikkje lese frå eller skrive til databasen sin.</translation>
    </message>
    <message>
        <source>Outbox item %1 does not exist.</source>
        <translation>Oppføringa %1 i utboksen finst ikkje.</translation>
    </message>
    <message>
        <source>The outbox is already open in another Meldeklient window or program. Close it and try again.</source>
        <translation>Utboksen er allereie open i eit anna Meldeklient-vindauge eller program. Lukk det og prøv igjen.</translation>
    </message>
    <message>
        <source>The outbox needs a signed-in user and a keychain.</source>
        <translation>Utboksen krev ein innlogga brukar og ein nøkkelring.</translation>
    </message>
    <message>
        <source>The outbox database could not be opened.</source>
        <translation>Utboksdatabasen kunne ikkje opnast.</translation>
    </message>
    <message>
        <source>The outbox belongs to another key than the one in the system keychain, so it cannot be opened.</source>
        <translation>Utboksen høyrer til ein annan nøkkel enn den i nøkkelringen i systemet, så han kan ikkje opnast.</translation>
    </message>
    <message>
        <source>Outbox item %1 has no such content.</source>
        <translation>Oppføringa %1 i utboksen har ikkje dette innhaldet.</translation>
    </message>
    <message>
        <source>Outbox item %1 cannot go from “%2” to “%3”.</source>
        <translation>Oppføringa %1 i utboksen kan ikkje gå frå «%2» til «%3».</translation>
    </message>
    <message>
        <source>The notification this one depends on was cancelled.</source>
        <translation>Meldinga som denne er avhengig av, vart avbroten.</translation>
    </message>
    <message>
        <source>Outbox item %1 can no longer be edited.</source>
        <translation>Oppføringa %1 i utboksen kan ikkje lenger redigerast.</translation>
    </message>
    <message>
        <source>Outbox item %1 waits until the notification it depends on has been accepted.</source>
        <translation>Oppføringa %1 i utboksen ventar til meldinga ho er avhengig av, er godteken.</translation>
    </message>
    <message>
        <source>Sending was interrupted; it will be sent again with the same key, so it cannot arrive twice.</source>
        <translation>Sendinga vart avbroten; ho blir send på nytt med same nøkkel, så ho kan ikkje kome fram to gonger.</translation>
    </message>
    <message>
        <source>The notification could not be encrypted for safe storage.</source>
        <translation>Meldinga kunne ikkje krypterast for trygg lagring.</translation>
    </message>
    <message>
        <source>Stored outbox data could not be decrypted: it was changed outside Meldeklient or belongs to another key.</source>
        <translation>Lagra data i utboksen kunne ikkje dekrypterast: dei er endra utanfor Meldeklient eller høyrer til ein annan nøkkel.</translation>
    </message>
    <message>
        <source>Stored outbox data is not in a format this version can read.</source>
        <translation>Lagra data i utboksen har eit format som denne versjonen ikkje kan lese.</translation>
    </message>
    <message>
        <source>Outbox item %1 is “%2”: there is nothing to send again.</source>
        <translation>Oppføringa %1 i utboksen er «%2»: det er ingenting å sende på nytt.</translation>
    </message>
    <message>
        <source>There is no outbox file at %1.</source>
        <translation>Det finst inga utboksfil i %1.</translation>
    </message>
    <message>
        <source>%1 is not a Meldeklient outbox.</source>
        <translation>%1 er ikkje ein utboks frå Meldeklient.</translation>
    </message>
    <message>
        <source>%1 is not a Meldeklient outbox, so it was left untouched. Give the path of an outbox file.</source>
        <translation>%1 er ikkje ein utboks frå Meldeklient, så han vart ikkje rørt. Oppgi stien til ei utboksfil.</translation>
    </message>
    <message>
        <source>Outbox item %1 cannot be read: its stored content is damaged or was changed outside Meldeklient, so it cannot be sent. Cancel it and create the notification again.</source>
        <translation>Utboks-element %1 kan ikkje lesast: det lagra innhaldet er skadd eller endra utanfor Meldeklient, så det kan ikkje sendast. Avbryt det og lag meldinga på nytt.</translation>
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
        <translation>Vert sendt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Motteke</translation>
    </message>
    <message>
        <source>Needs correction</source>
        <translation>Må rettast</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Ventar på nytt forsøk</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrote</translation>
    </message>
    <message>
        <source>The registry could not be reached; it will be tried again.</source>
        <translation>Fekk ikkje kontakt med registeret; det vert prøvd på nytt.</translation>
    </message>
    <message>
        <source>The registry is busy or unavailable; it will be tried again.</source>
        <translation>Registeret er oppteke eller utilgjengeleg; det vert prøvd på nytt.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer; it will be tried again.</source>
        <translation>Registeret gav eit uventa svar; det vert prøvd på nytt.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer could not be read; it will be asked again.</source>
        <translation>Svaret frå registeret kunne ikkje lesast; registeret vert spurt på nytt.</translation>
    </message>
    <message>
        <source>The registry refused the notification. See its message.</source>
        <translation>Registeret avviste meldinga. Sjå tilbakemeldinga frå registeret.</translation>
    </message>
    <message>
        <source>The stored notification cannot be sent as it is.</source>
        <translation>Den lagra meldinga kan ikkje sendast slik ho er.</translation>
    </message>
    <message>
        <source>The notification could not be turned into a request.</source>
        <translation>Meldinga kunne ikkje gjerast om til ein førespurnad.</translation>
    </message>
    <message>
        <source>Sign in again; it will be sent after that.</source>
        <translation>Logg inn på nytt; ho vert send etterpå.</translation>
    </message>
    <message>
        <source>The registry does not allow you to send this.</source>
        <translation>Registeret tillèt ikkje at du sender dette.</translation>
    </message>
    <message>
        <source>The registry refused the proof of the sign-in; it will be tried again.</source>
        <translation>Registeret avviste provet for innlogginga; det vert prøvd på nytt.</translation>
    </message>
    <message>
        <source>It could not be sent (%1).</source>
        <translation>Ho kunne ikkje sendast (%1).</translation>
    </message>
    <message>
        <source>There is no such outbox.</source>
        <translation>Det finst ingen slik utboks.</translation>
    </message>
    <message>
        <source>Outbox item %1 is not a draft.</source>
        <translation>Oppføringa %1 i utboksen er ikkje eit utkast.</translation>
    </message>
    <message>
        <source>The stored notification is damaged and cannot be read or sent. Write it again.</source>
        <translation>Den lagra meldinga er skadd og kan ikkje lesast eller sendast. Skriv ho på nytt.</translation>
    </message>
    <message>
        <source>The registry refused the notification as too large.</source>
        <translation>Registeret avviste meldinga fordi ho er for stor.</translation>
    </message>
    <message>
        <source>Received, awaiting decision</source>
        <translation>Motteken, ventar på vedtak</translation>
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
        <translation>Verksemdssertifikatet for Folkeregisteret er ikkje installert; meldinga blir send når IT har installert det.</translation>
    </message>
    <message>
        <source>The organisation certificate for Folkeregisteret cannot be read; it will be sent once IT fixes it.</source>
        <translation>Verksemdssertifikatet for Folkeregisteret kan ikkje lesast; meldinga blir send når IT har retta det.</translation>
    </message>
    <message>
        <source>The password of the organisation certificate is missing or wrong; it will be sent once IT sets it.</source>
        <translation>Passordet til verksemdssertifikatet manglar eller er feil; meldinga blir send når IT har sett det.</translation>
    </message>
    <message>
        <source>Folkeregisteret refused the birth. See its reason.</source>
        <translation>Folkeregisteret avslo fødselen. Sjå grunngivinga.</translation>
    </message>
    <message>
        <source>Folkeregisteret handles the birth manually; the decision follows later.</source>
        <translation>Folkeregisteret handsamar fødselen manuelt; vedtaket kjem seinare.</translation>
    </message>
    <message>
        <source>Folkeregisteret refused the organisation certificate; it will be sent once IT has it registered.</source>
        <translation>Folkeregisteret avviste verksemdssertifikatet; meldinga blir send når IT har fått det registrert.</translation>
    </message>
    <message>
        <source>The CA file set for Folkeregisteret cannot be read; it will be sent once IT corrects it.</source>
        <translation>CA-fila som er sett for Folkeregisteret, kan ikkje lesast; meldinga blir send når IT har retta ho.</translation>
    </message>
    <message>
        <source>Folkeregisteret&apos;s address is not set up; it will be sent once IT sets it.</source>
        <translation>Adressa til Folkeregisteret er ikkje sett opp; meldinga blir send når IT har sett ho.</translation>
    </message>
    <message>
        <source>A sent birth notification cannot be changed. Send the correction as a new notification and cancel this one.</source>
        <translation>Ei send fødselsmelding kan ikkje endrast. Send rettinga som ei ny melding og avbryt denne.</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>The value is not a date, date and time, or time.</source>
        <translation>Verdien er ikkje ein dato, dato med klokkeslett eller klokkeslett.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid FHIR %2.</source>
        <translation>«%1» er ikkje gyldig som FHIR %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calendar date.</source>
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
        <source>%1 has an invalid member &quot;%2&quot;.</source>
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
    <message>
        <source>The number is an auxiliary number (%1), which cannot be used here. Use the person&apos;s fødselsnummer or D-nummer.</source>
        <translation>Nummeret er eit hjelpenummer (%1), som ikkje kan brukast her. Bruk fødselsnummeret eller D-nummeret til personen.</translation>
    </message>
    <message>
        <source>The fødselsnummer or D-nummer is not valid: %1</source>
        <translation>Fødselsnummeret eller D-nummeret er ikkje gyldig: %1</translation>
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
<context>
    <name>Session</name>
    <message>
        <source>Sign in first: drafts are kept in your own encrypted outbox.</source>
        <translation>Logg inn først: utkast vert lagra i din eigen krypterte utboks.</translation>
    </message>
    <message>
        <source>There is no draft %1.</source>
        <translation>Det finst ikkje noko utkast %1.</translation>
    </message>
    <message>
        <source>Sign in first: the outbox belongs to the signed-in physician.</source>
        <translation>Logg inn først: utboksen høyrer til den innlogga legen.</translation>
    </message>
    <message>
        <source>Sign in first: the registry can only be asked by a signed-in physician.</source>
        <translation>Logg inn først: berre ein innlogga lege kan spørje registeret.</translation>
    </message>
    <message>
        <source>The notification has errors; correct them and submit again.</source>
        <translation>Meldinga har feil; rett dei og send inn på nytt.</translation>
    </message>
    <message>
        <source>The notification has warnings. Read them; confirm each one if the notification is right.</source>
        <translation>Meldinga har åtvaringar. Les dei, og stadfest kvar einskild om meldinga er rett.</translation>
    </message>
    <message>
        <source>This outbox already has a death notification for this person (outbox item %1). Send another only if that one is wrong and you mean to replace it.</source>
        <translation>Utboksen har alt ei dødsmelding for denne personen (oppføring %1). Send ei til berre om den er feil og du vil byte ho ut.</translation>
    </message>
    <message>
        <source>Sending is already running.</source>
        <translation>Sending går alt føre seg.</translation>
    </message>
    <message>
        <source>Say why the death is withdrawn.</source>
        <translation>Oppgje kvifor dødsfallet vert annullert.</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 are allowed.</source>
        <translation>Grunngjevinga er %1 teikn lang; høgst %2 er tillate.</translation>
    </message>
    <message>
        <source>Outbox item %1 is not a death (Del 1); only a death can be withdrawn.</source>
        <translation>Oppføringa %1 i utboksen er ikkje eit dødsfall (Del 1); berre eit dødsfall kan annullerast.</translation>
    </message>
    <message>
        <source>The death is being sent right now. Wait for the answer, then withdraw it.</source>
        <translation>Dødsfallet blir sendt akkurat no. Vent på svaret, og annuller det etterpå.</translation>
    </message>
    <message>
        <source>The death was cancelled here after an attempt to send it that may have reached the registry. Look the person up; if the registry shows them as dead, phone NHN (+47 73 56 59 99).</source>
        <translation>Dødsfallet vart avbrote her etter eit sendeforsøk som kan ha nådd registeret. Slå opp personen; viser registeret personen som død, ring NHN (+47 73 56 59 99).</translation>
    </message>
    <message>
        <source>The death was cancelled and never sent.</source>
        <translation>Dødsfallet vart avbrote og aldri sendt.</translation>
    </message>
    <message>
        <source>Sending is already running; try again when it ends.</source>
        <translation>Sending går alt føre seg; prøv igjen når ho er ferdig.</translation>
    </message>
    <message>
        <source>The registry could not be asked whether it has the death, so nothing was withdrawn or cancelled. Try again when the registry can be reached.</source>
        <translation>Registeret kunne ikkje spørjast om det har dødsfallet, så ingenting vart annullert eller avbrote. Prøv igjen når registeret kan nåast.</translation>
    </message>
    <message>
        <source>The QuestionnaireResponse does not say which form it answers (questionnaire is missing).</source>
        <translation>QuestionnaireResponse seier ikkje kva skjema han svarar på (questionnaire manglar).</translation>
    </message>
    <message>
        <source>The QuestionnaireResponse answers another form (%1), not %2.</source>
        <translation>QuestionnaireResponse svarar på eit anna skjema (%1), ikkje %2.</translation>
    </message>
    <message>
        <source>Waits for Del 1</source>
        <translation>Ventar på del 1</translation>
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
        <translation>Oppretta</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Endra</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>This is not a valid fødselsnummer or D-nummer.</source>
        <translation>Dette er ikkje eit gyldig fødselsnummer eller D-nummer.</translation>
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
        <translation>Kunne ikkje registrere klientnøkkelen i sandkassa på %1 (%2).</translation>
    </message>
    <message>
        <source>Sign in first: the outbox belongs to the signed-in person.</source>
        <translation>Logg inn først: utboksen høyrer til den innlogga personen.</translation>
    </message>
    <message>
        <source>Sign in first: Folkeregisteret is only asked for a signed-in person.</source>
        <translation>Logg inn først: Folkeregisteret blir berre spurt for ein innlogga person.</translation>
    </message>
    <message>
        <source>The birth notification form cannot be read: %1</source>
        <translation>Skjemaet for fødselsmelding kan ikkje lesast: %1</translation>
    </message>
    <message>
        <source>The birth notification has errors; correct them and send it again.</source>
        <translation>Fødselsmeldinga har feil; rett dei og send ho på nytt.</translation>
    </message>
    <message>
        <source>Confirm the warning “%1” before sending.</source>
        <translation>Stadfest åtvaringa «%1» før sending.</translation>
    </message>
    <message>
        <source>Folkeregisteret refused the birth (%1): %2</source>
        <translation>Folkeregisteret avslo fødselen (%1): %2</translation>
    </message>
    <message>
        <source>Folkeregisteret handles the birth manually (deadline %1): %2</source>
        <translation>Folkeregisteret handsamar fødselen manuelt (frist %1): %2</translation>
    </message>
    <message>
        <source>Child %1 cannot be corrected yet: Folkeregisteret has not decided on it. Wait for the decision.</source>
        <translation>Barn %1 kan ikkje korrigerast enno: Folkeregisteret har ikkje gjort vedtak. Vent på vedtaket.</translation>
    </message>
    <message>
        <source>Child %1 has already been corrected: follow that correction, and correct it if it is refused.</source>
        <translation>Barn %1 er alt korrigert: følg den korrigeringa, og korriger ho om ho vert avvist.</translation>
    </message>
    <message>
        <source>Child %1 cannot be corrected: Folkeregisteret never received its message. Fix it in the outbox or send a new birth notification.</source>
        <translation>Barn %1 kan ikkje korrigerast: Folkeregisteret tok aldri imot meldinga. Rett ho i utboksen eller send ei ny fødselsmelding.</translation>
    </message>
    <message>
        <source>Child %1 cannot be corrected: its message was withdrawn, never sent.</source>
        <translation>Barn %1 kan ikkje korrigerast: meldinga vart trekt tilbake og aldri send.</translation>
    </message>
    <message>
        <source>This outbox has no birth notification with that id.</source>
        <translation>Utboksen har inga fødselsmelding med den ID-en.</translation>
    </message>
    <message>
        <source>This birth was sent before Meldeklient kept a copy of what was sent, so the correction starts from an empty form: fill in the whole birth again as it should have been.</source>
        <translation>Denne fødselen vart send før Meldeklient tok vare på ein kopi av det som vart sendt, så korrigeringa startar med eit tomt skjema: fyll ut heile fødselen på nytt slik han skulle ha vore.</translation>
    </message>
    <message>
        <source>Choose at least one child to correct.</source>
        <translation>Vel minst eitt barn som skal korrigerast.</translation>
    </message>
    <message>
        <source>The birth notification has no child %1.</source>
        <translation>Fødselsmeldinga har ikkje noko barn %1.</translation>
    </message>
    <message>
        <source>Child %1 is not in the corrected notification: it has %2 children.</source>
        <translation>Barn %1 finst ikkje i den korrigerte meldinga: ho har %2 barn.</translation>
    </message>
    <message>
        <source>Draft %1 is a birth notification, not a death notification.</source>
        <translation>Kladd %1 er ei fødselsmelding, ikkje ei dødsmelding.</translation>
    </message>
    <message>
        <source>Draft %1 is a death notification, not a birth notification.</source>
        <translation>Kladd %1 er ei dødsmelding, ikkje ei fødselsmelding.</translation>
    </message>
</context>
</TS>

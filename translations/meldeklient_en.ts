<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Api</name>
    <message>
        <source>No address is configured for the national API in this environment (set MELDEKLIENT_API_BASE_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national API address is not a valid base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fødselsnummer or D-nummer has 11 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored submission does not match its outbox item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The causes of death need the registry&apos;s id of the death.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of submission cannot be sent with the %1 API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This submission has no step &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PractitionerRole step has not given an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry did not answer with a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s %1 has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person lookup answer is not a FHIR Bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person in the lookup answer has no identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer type %1 cannot be sent to the REST API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s answer has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person lookup answer has no list of persons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is already being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s answer could not be read (%1); it will be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in again to send notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed-in person may not send this notification. A physician who may must sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry is busy or unavailable (%1); it will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused the notification (%1). See its message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting physician&apos;s contact details (PractitionerRole) are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deceased person&apos;s identifier is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of death (Patient.deceasedDateTime) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cause-of-death answers are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version of the cause-of-death form is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason for withdrawing the death notification is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored submission is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored data is not a Meldeklient submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored submission has version %1, which this version of Meldeklient cannot send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored submission has members of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown API transport &quot;%1&quot;; known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification is too large for the registry. Shorten the longest free-text fields and submit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused the request&apos;s security proof, although a fresh one was made. This usually means that this computer&apos;s date and time are wrong: set them to be updated automatically. The notification stays in the outbox and is sent again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry did not accept your HelseID sign-in, even after it was renewed. Sign in again (meldeklient-cli login, or Sign in in the app); nothing is lost. If it happens again, this Meldeklient installation may lack access to the registry: contact your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content Too Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unprocessable Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too Early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folkeregisteret&apos;s decision feed is not readable (event %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folkeregisteret&apos;s decision feed is not a JSON list of events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address is configured for Folkeregisteret in this environment (set FolkeregisteretUrl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Folkeregisteret address is not a valid base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folkeregisteret refused the organisation certificate. IT must check that the certificate is valid and registered with Skatteetaten for this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folkeregisteret&apos;s decision feed could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored birth notification is not a foedselsmelding with a message id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a meldingMottatt receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt is not well-formed XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt has no folkeregisterReferanse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt is for another message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation certificate %1 (BirthCertificateFile) does not exist. IT must install it there or correct the setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation certificate %1 cannot be read as a PKCS#12 file with a certificate and its private key. IT must check the file and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the organisation certificate %1 is missing from the keychain or does not open it. IT must store it with: meldeklient-cli birth-certificate set-password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 (BirthCaFile) holds no PEM certificate. IT must correct or remove the setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folkeregisteret is not set up in this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation certificate is set up for Folkeregisteret. IT must install the organisation&apos;s certificate (PKCS#12 file or token) and set BirthCertificateFile to its path or pkcs11: URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BirthCertificateFile is not a usable PKCS#11 URI. IT must name the token and the object, e.g. pkcs11:token=…;object=…, without a PIN (the PIN belongs in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL&apos;s PKCS#11 engine is not installed, so the organisation certificate on the token cannot be used. IT must install the package libengine-pkcs11-openssl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 cannot be loaded. IT must install it (p11-kit-modules for p11-kit&apos;s proxy, or the card vendor&apos;s module) and register the token&apos;s module with p11-kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token matching %1 is present. IT must insert the smart card or connect the HSM, and register its PKCS#11 module with p11-kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token holds no certificate at %1. IT must correct BirthCertificateFile or put the organisation certificate on the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token holds no private key at %1. IT must correct BirthCertificateFile or put the organisation certificate&apos;s key on the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN of the token %1 is missing from the keychain or wrong. IT must store it with: meldeklient-cli birth-certificate set-password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token %1 has locked its PIN after too many wrong attempts. IT must unlock it with the card&apos;s PUK or the vendor&apos;s tool, then store the PIN again with: meldeklient-cli birth-certificate set-password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>The audit trail is not intact at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only HPR numbers, item ids and codes may be written to the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is in use by another Meldeklient process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>The test identity provider cannot be used with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client authentication is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key must be a private EC P-256 key for ES256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key in the keychain cannot be used. Import the key again or create a new one and register it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service&apos;s configuration could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service&apos;s configuration lacks a required endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service&apos;s configuration has an invalid endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service&apos;s configuration has an endpoint without TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service identified itself with an unexpected issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service does not support PKCE with S256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPoP key is not an ES256 private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DPoP proof cannot be made for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in pages redirected too many times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in page redirected without a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page answered HTTP %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HelseID client id is configured for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key cannot sign DPoP proofs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser is available for the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelseID did not send an ID token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your HelseID sign-in has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed out or in again while the sign-in was being renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token has expired; it must be refreshed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to contact %1: sign-in endpoints must use https (plain http is allowed only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network connection is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be confirmed: the identity token is not valid for Meldeklient. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewed sign-in belongs to another person. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in has expired. If this keeps happening, check that the computer&apos;s clock is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was issued in the future. Check that the computer&apos;s clock is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has security level %1. Meldeklient requires level %2 or higher (BankID, Buypass or Commfides).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in does not state a security level. Meldeklient requires level %1 or higher (BankID, Buypass or Commfides).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not include your national identity number. Sign in again and allow Meldeklient to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not include an HPR number. Only authorised health personnel can submit reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in in the browser was not completed in time. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot receive the sign-in response on local port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in response came from an unexpected issuer (iss does not match %1). It was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelseID did not complete the sign-in (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in response carried no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelseID answered HTTP %1 when asked for its configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelseID answered HTTP %1 when asked for its signing keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelseID refused the sign-in request (HTTP %1, %2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelseID&apos;s answer to the sign-in request has no request_uri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelseID kept asking for a new DPoP nonce; the sign-in was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your HelseID sign-in has expired or was revoked. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelseID refused to issue a token (HTTP %1, %2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelseID sent a token response Meldeklient cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelseID issued a %1 token instead of a DPoP-bound one; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is signed with an algorithm that is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s signature is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not a valid JSON Web Key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key type is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key lacks a required member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key material is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key is shorter than 2048 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new signing key could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key has no private part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set has no usable signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not fit the token&apos;s signature algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is signed with a key that is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token does not say which key signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known key fits the token&apos;s signature algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key cannot sign: it has no private part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token requires an extension that is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection (TLS) could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy server did not let the connection through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Birth</name>
    <message>
        <source>The file is not a JSON object (at character %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bundle must be of type &quot;collection&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must hold exactly one QuestionnaireResponse for the birth notification form (found %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is an auxiliary number (%1). Folkeregisteret accepts only a fødselsnummer or D-nummer here; without one, give the name and date of birth instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fødselsnummer or D-nummer is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a synthetic test number. It can only be used in the test and sandbox environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains the character %1, which Folkeregisteret does not accept in names. Write the name with letters the register accepts (for example Đ as Ð or D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains the character %1, which Folkeregisteret does not accept in addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country code is not an ISO 3166 alpha-3 code (three capital letters, e.g. NOR, SWE) or one of Folkeregisteret&apos;s codes XUK (unknown), XXX (stateless) and XXK (Kosovo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of country codes is not available, so only the code&apos;s form was checked; install the package iso-codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A municipality number has four digits, with a leading zero where needed (e.g. 0301 Oslo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality number was not valid on the date of birth. Use the number that was valid then (municipalities were renumbered on 1 January 2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address in Norway needs whether it differs from Folkeregisteret&apos;s, the street name, postcode and postal town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcodes have four digits, house numbers up to four digits and a house letter is one letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A house letter needs a house number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address abroad needs its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the parent&apos;s fødselsnummer or D-nummer, or else first name, last name and date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship is marked as unknown but a citizenship is given; keep only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both first name and last name of this person, or leave the section empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days beyond whole weeks of gestation are 0 to 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gestational age is outside 22+0 to 43+6 weeks; check the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth weight is given in grams (e.g. 3450), not kilograms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth weight is below 500 g or above 5500 g; check the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length is outside 35 to 60 cm; check the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head circumference is outside 28 to 42 cm; check the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Apgar score is 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth was more than a week ago; the notification is due within a week. Send it as soon as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the child&apos;s sex as female or male; Folkeregisteret has no other value, so the notification cannot be sent without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the gestational age for a stillborn child: the notification duty applies from 28 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child was stillborn before 28+0 weeks. The duty to notify Folkeregisteret starts at 28 weeks; check whether this birth should be notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folkeregisteret takes at most 7 children from one birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mother and the father or co-mother have the same number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A birth abroad needs the city or place of birth besides the country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of country codes (%1) cannot be read; install the package iso-codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of country codes (%1) has no ISO 3166-1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BirthNotificationDocument</name>
    <message>
        <source>Melding om fødsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy made %1 by Meldeklient. It holds personal data: keep it as you keep the patient record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to the chosen file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Check Norwegian identifiers (fødselsnummer, D-nummer, orgnr, HPR ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force the kind of number: person, duf, orgnr or hpr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers to check; &quot;-&quot; reads one number per line from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --type &quot;%1&quot;: use person, duf, orgnr or hpr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-id needs at least one number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: meldeklient-cli [--lang nb|nn|en] COMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: nb (default), nn or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 validation failed, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported language &quot;%1&quot;: use nb, nn or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run meldeklient-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import code lists (ICD-10 ...), search ICD-10, show what is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code system URL or Volven number for a plain code;text CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version to record for a plain CSV file or the Iris tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes import needs at least one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of results (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code list to search (default ICD-10, 7110).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes search needs a query and a positive --limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code list %1 is imported; run codes import first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot validate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a death notification (FHIR Bundle) with all rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment whose rules apply: sandbox (default) or test accept synthetic test numbers, production does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR R4 Bundle (type collection) with a Patient and a QuestionnaireResponse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;: use sandbox, test or production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth key: show the client&apos;s public key (JWK) and thumbprint for HelseID registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the private key (JWK file) IT provided, replacing the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only sub-command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: meldeklient-cli auth key [--import FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: sandbox (default), test or production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in ended without a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with HelseID (test and sandbox environments only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test IdP: the synthetic person to sign in as (test_pid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test IdP: the security level to report (test_security_level).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider: helseid (default), idporten or test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the sign-in (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login works only in test and sandbox environments; sign in to %1 in the Meldeklient app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --idp &quot;%1&quot;: use helseid, idporten or test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of HelseID and forget the stored sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox file (default: the user&apos;s outbox in the data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who is signed in (resumes the stored HelseID sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the exact requests a death notification would be sent as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nhn-fhir or nhn-rest (default: the environment&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dødsfallId Del 1 was given, to show Del 2 exactly as it will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR R4 Bundle (type collection), as for submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look a person up in the registry before reporting the death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fødselsnummer or D-nummer (11 digits; spaces allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup needs exactly one NUMBER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid fødselsnummer or D-nummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, show, send, retry or cancel notifications in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each answer from the registry (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show ID, flush (send everything due), retry ID (send it again now) or cancel ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: outbox list | outbox show ID | outbox flush | outbox retry ID | outbox cancel ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain service holding the outbox key (default: the environment&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue notifications that have warnings too (you have read the warnings and the notification is right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR R4 Bundle (type collection) with the Patient, the QuestionnaireResponse and your PractitionerRole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit needs at least one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification has warnings. Read them; if the notification is right, submit again with --accept-warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw a death reported for the wrong person (annuller dødsfall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox item of the death (Del 1) to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annuller needs the outbox ID of the death (Del 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annuller needs --reason: say why the death is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The death had not been sent and is cancelled, with its cause of death.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal is queued; send it with outbox flush. Then phone NHN&apos;s operations centre (+47 73 56 59 99), as NHN requires after every withdrawn death.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-id -: standard input is empty; give one number per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is open in another Meldeklient program (for example a flush that is running); this list is read-only and may change in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list shows ids, states and dates only: the contents of the notifications cannot be read without the outbox key in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opaque id of the user whose outbox to open (default: the signed-in user). Another user&apos;s outbox opens read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This outbox is not the signed-in physician&apos;s (--user-key-id): it can be listed and shown, but nothing in it can be sent, retried, cancelled or withdrawn. Sign in as its owner to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this outbox is not the signed-in physician&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a notification even though this outbox already has one for the same person (you mean to send a second one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This outbox already has a death notification for this person (outbox item %1). If you mean to send another, submit again with --allow-duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the death is withdrawn (required, at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry had refused the death, so nothing is registered; it is cancelled, with its cause of death.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withdrawal of this death is already queued or sent (outbox item %1); nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes needs a sub-command: import, fetch, search, info or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format: kote-json or kote-xlsx (Norwegian ICD-10), klass-json (municipalities), fhir-json, iris, csv (default: recognised by content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes remove needs the URL of one imported list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No municipality list is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes import --format klass-json needs the codes file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to fetch from instead of the national default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes fetch needs one of icd10-no, fhi-7110, municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the birth notification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 time, e.g. 2026-03-01T10:15:00+01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folkeregisteret-xml: prefix of each child&apos;s message id (default: a new UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folkeregisteret-xml: the sending time, ISO 8601 (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang is ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change settings (locked ones are set by your IT department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: meldeklient-cli config show | set KEY VALUE | unset KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. Settings: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge: only show what would be purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This draft has not been changed for more than %n day(s). Finish or cancel it; it is never deleted automatically.</source>
        <translation>
            <numerusform>This draft has not been changed for more than %n day. Finish or cancel it; it is never deleted automatically.</numerusform>
            <numerusform>This draft has not been changed for more than %n days. Finish or cancel it; it is never deleted automatically.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify or export the local audit trail (who sent, withdrew, purged what)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: meldeklient-cli audit verify | export [FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth-certificate set-password|check: the organisation certificate for sending births to Folkeregisteret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: meldeklient-cli birth-certificate set-password|check (the password is read from standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth notification has errors; correct them and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth notification has warnings. Read them; if it is right, submit again with --accept-warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check death notifications and queue them in the outbox for sending; send birth notifications to Folkeregisteret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Births: send at once and wait up to N seconds for Folkeregisteret&apos;s decisions (0: do not wait).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Births: only queue them; `outbox flush` sends them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait-seconds takes 0 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Births: the file corrects children of an earlier birth (its birthId from `outbox list`); without :CHILD,... the refused ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--corrects takes BIRTH-ID or BIRTH-ID:CHILD,... (children 1, 2 …) and one birth FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--corrects is for a birth notification only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>A cached code list is damaged (%1) and was ignored; import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cached code list was written by another version of Meldeklient and was ignored; import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code list could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds only ICD-10 restrictions; import %2 from the same folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, field %2: misplaced or unterminated double quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: code %2 appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resourceType must be CodeSystem or ValueSet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 includes a whole system or a filter; only listed concepts can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 lists no codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a code in the ICD-10 list (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an asterisk code for a manifestation and cannot be a cause of death; use the code of the underlying disease.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid for deaths in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applies to women only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applies to men only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is expected only at ages from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is expected only at ages from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a rare disease; confirm the diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should not be the underlying cause of death; on the line below, state the disease or external cause that led to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an ill-defined condition; if known, state the disease or injury that caused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header has no column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: column %3 has an unexpected value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2 has %3 fields; the header has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2 has no code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: code %3 appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code system URL is needed to import a plain CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; expected code;text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has no code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: code %2 appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lists no codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code list %1 is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code lists are fetched over https only (plain http only from this computer): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB and was not downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1; the current list is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code list could not be downloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shipped with Meldeklient and can only be replaced by a newer version of the same code system (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code system URL is not valid (a Volven number, a URN such as urn:oid:2.16.578.1.12.4.1.1.7110, or an http(s) URL, at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version is not valid: use at most %1 letters, digits and . _ + : - (for example 2026 or 1.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value set cannot replace a code system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not newer than the shipped %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new list has %1 codes, fewer than half of the %2 in the list it would replace (version %3); it looks truncated or filtered and was refused. The current list is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shipped list cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code list %1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country list %1 cannot be read (install iso-codes): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country list %1 is not iso-codes&apos; ISO 3166-1 JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country list %1 has no countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code service&apos;s answer is not complete JSON (line %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code service&apos;s answer is neither a FHIR ValueSet expansion nor a plain list of codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the code service&apos;s answer has no code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: code %2 appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code service&apos;s answer has no codes; the current list is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not Helsedirektoratet&apos;s ICD-10 list in the expected shape (%1); the current list is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: code %2 appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICD-10 file has no codes; the current list is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICD-10 file is not complete JSON (line %1: %2); the current list is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has no Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first sheet is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Kode or text column in the first row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not SSB&apos;s municipality classification in the expected shape (%1); the current list is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not complete JSON (line %1: %2); the current list is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no four-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;codes&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality list has no codes; the current list is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;codeChanges&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change without codes or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality CSV lacks the columns code, name and validFrom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new municipality list has %1 codes, fewer than half of the %2 it would replace; it was refused and the current list is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality list could not be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No municipality list is imported; run codes fetch municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a readable Excel workbook (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url cannot be used: %1 is locked by your organisation&apos;s policy (%2), so code lists are fetched only from the addresses it names. Ask your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>The system could not provide secure random numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>The policy in %1 sets %2 to a value Meldeklient refuses: %3 Ask your IT department to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (set in %2) is refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy file %1 may be changed by other users than its owner. Ask your IT department to make it writable by root only (chmod 644).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy in %1 sets %2, which Meldeklient does not know. Known keys: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelseIdIssuer from %1 is ignored in production; signing in with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by your organisation&apos;s policy (%2) and cannot be changed here. Ask your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must use https in production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must use https (plain http only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client id is 1 to 200 visible ASCII characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;system&quot;, &quot;none&quot; or http://host:port or socks5://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PKCS#11 URI here must not carry the PIN: store it with meldeklient-cli birth-certificate set-password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>The data folder %1 does not exist or is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 belongs to another user, so Meldeklient will not keep notifications there. Use a folder of your own (MELDEKLIENT_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other users can write to the data folder %1, so they could replace your notifications. Make it yours alone (chmod 700) or use another folder (MELDEKLIENT_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link. Meldeklient does not follow links for its data files; remove the link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreeText</name>
    <message>
        <source>“%1” contains an invisible control or text-direction character (for example NUL, escape, tab or a right-to-left mark), often from copying text. Type the text again without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a single line: remove the line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>No web browser could be opened for the HelseID sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death, cause-of-death and birth notifications for Norwegian health personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldeklient cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the death to Folkeregisteret?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be registered as dead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folkeregisteret is updated at once. BankID, bank and NAV services for this person stop soon after. Send only when you are sure that this is the right person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to Folkeregisteret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login was at a security level below 3. Log in again with BankID, Buypass or Commfides (not MinID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelseID found no HPR number for you. Only authorised health personnel can report a death. If you are authorised, check your registration in Helsepersonellregisteret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was cancelled. Nothing has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelseID could not be reached. Check the network connection and try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved login has expired. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown environment in MELDEKLIENT_ENVIRONMENT. Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Birth date and sex were read from the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number follows the 2032 rules: birth date and sex cannot be read from it. Use Folkeregisteret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of number carries no birth date or sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The century of birth cannot be read from this number. Use Folkeregisteret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number has the wrong number of digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number may only contain digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one separator is allowed, between the date and the individual number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first six digits are not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first check digit is wrong. Check for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second check digit is wrong. Check for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit is wrong. Check for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number cannot consist of zeros only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national identity number (fødselsnummer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>common auxiliary number (FH number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic test number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic test D number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUF number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown identifier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a device or a pipe). Give the path of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB, the limit for this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you do not have permission to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system could not open it (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::AboutDialog</name>
    <message>
        <source>About Meldeklient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death, cause-of-death and birth notifications for Norwegian health personnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::BirthNotificationPage</name>
    <message>
        <source>&lt;h2&gt;The mother&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the mother&apos;s fødselsnummer or D-nummer. Folkeregisteret shows who has the number; check that it is the woman who gave birth before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother&apos;s &amp;fødselsnummer or D-nummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother&apos;s fødselsnummer or D-nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mother has &amp;no Norwegian fødselsnummer or D-nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folkeregisteret has no person with this number. Check the number; if the mother has no Norwegian number, choose that below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an auxiliary number (%1). Folkeregisteret takes only a fødselsnummer or D-nummer for the mother: use hers, or choose &quot;no Norwegian number&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move this child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single birth: plurality and birth order are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Melding om fødsel&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One notification per birth: twins and triplets are children of the same birth, each on its own tab. Folkeregisteret gets one message per child and gives each live-born child a fødselsnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding om fødsel: check before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mother has no Norwegian number: give her name and birth date under «Mor» below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next: check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First find the mother and tick «This is the right person», or choose that she has no Norwegian number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no Norwegian number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (confirmed in Folkeregisteret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, HPR %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To Folkeregisteret (clinical data are not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the birth notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fodselsmelding.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding om fødsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check for decisions now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;birth notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to Folkeregisteret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix what must be fixed first (Endre goes there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm each warning you have considered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth notification could not be put in the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folkeregisteret has decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: waiting for Folkeregisteret&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one child to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send correction to Folkeregisteret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct child %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of the birth notification sent %1 — choose the children to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of the birth notification sent %1 — child %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form holds what was sent. Change what was wrong; the children ticked here are sent again as corrections of their earlier messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple birth of %1 children: this is child %2 of %1, sent to Folkeregisteret as birth order number %3 (computed from the tabs, not typed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::BirthStatusView</name>
    <message>
        <source>Child %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting to be sent to Folkeregisteret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not sent yet, tried again automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: received by Folkeregisteret for processing (reference %2). The decision comes later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: registered as stillborn. A stillborn child is given no fødselsnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: registered by Folkeregisteret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: registered with fødselsnummer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused by Folkeregisteret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: withdrawn, not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stillborn child is given no fødselsnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fødselsnummer of child %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a correction of message %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected by message %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct child %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a registered child?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1 is registered in Folkeregisteret. A correction changes the child&apos;s registered data there (for example sex or birth date) once Folkeregisteret approves it. Correct only what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::CauseChainEditor</name>
    <message>
        <source>Part I: the chain of events, from the immediate cause (A) down to the underlying cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ due to (som følge av)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part II: other significant conditions contributing to the death</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::CodeListUpdateStatus</name>
    <message>
        <source>Checking the ICD-10 list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the ICD-10 list… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICD-10 list is the newest (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICD-10 list could not be updated; the current list is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10 list updated (%1) and in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::DoctorHeader</name>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: &lt;b&gt;%1&lt;/b&gt; · %2 · security level %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::DraftsPage</name>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Drafts&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no person chosen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft &quot;%1&quot; is deleted. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts. Everything you type in a new death or birth notification is saved here by itself until it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications not sent &amp;yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no mother chosen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mother %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n child(ren))</source>
        <translation>
            <numerusform>(%n child)</numerusform>
            <numerusform>(%n children)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 – changed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of a birth notification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::EnvironmentBanner</name>
    <message>
        <source>SANDBOX – notifications do not go to Folkeregisteret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST – notifications do not go to Folkeregisteret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – TEST</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::Icd10CodeEdit</name>
    <message>
        <source>Code or words, e.g. I21 or infarction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::IdentifierField</name>
    <message>
        <source>11 digits, e.g. 240472 30752</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an auxiliary number (%1). It cannot be used in a death notification: use the person&apos;s fødselsnummer or D-nummer, or choose &quot;no Norwegian number&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a synthetic test number. It can only be used in the test and sandbox environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fødselsnummer or D-nummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fødselsnummer or D-nummer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::IdentifyPage</name>
    <message>
        <source>Look &amp;up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the &amp;right person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue to Del 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deceased has &amp;no Norwegian fødselsnummer or D-nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Who has died?&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the deceased&apos;s fødselsnummer or D-nummer. Folkeregisteret shows who has the number; check that it is the person in front of you before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fødselsnummer or D-nummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fødselsnummer or D-nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking the number up in Folkeregisteret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folkeregisteret has no person with this number. Check the number; if the deceased has no Norwegian number, choose that below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::IssueListProxyModel</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error – «%1»: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning – «%1»: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::LockedSettingsView</name>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings in &amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings in use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::MainWindow</name>
    <message>
        <source>Meldeklient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New death notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox and sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer&apos;s keychain could not store the login. You stay logged in until you close Meldeklient, and must log in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your outbox could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your HelseID login has expired. What you write is kept; log in again to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: notifications wait in the outbox and are sent when the network is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to HelseID. You can write and save; notifications are sent when you are connected again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notification part(s) waiting to be sent</source>
        <translation>
            <numerusform>%n notification part waiting to be sent</numerusform>
            <numerusform>%n notification parts waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) correction</source>
        <translation>
            <numerusform>%n needs correction</numerusform>
            <numerusform>%n need correction</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New birth notification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::NotificationFlow</name>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Who has died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Del 1: the death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Del 2: causes of death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Check and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del 1 – the death (to Folkeregisteret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del 2 – causes of death (to the Cause of Death Registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report this death again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your outbox already has a death notification for this person (sent or waiting). Send another one only if the first was wrong, for example to change the time of death.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification could not be put in the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection to the registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::OutboxPage</name>
    <message>
        <source>Nothing has been sent from this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox and sent notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox and sent notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct this birth notification…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::PageStack</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::PersonCard</name>
    <message>
        <source>woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
    <message>
        <source>birth date not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folkeregisteret already has this person as dead (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folkeregisteret already has this person as dead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this is the right person. A new Del 1 changes the registered time of death.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::QuestionnaireForm</name>
    <message>
        <source>Write a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.mm.yyyy hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a code in the ICD-10 list: take a hit from the list, or write the cause as free text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a date: write it as dd.mm.yyyy, for example 24.12.2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a time of day: write it as hh:mm, for example 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a date and time: write it as dd.mm.yyyy hh:mm, for example 24.12.2024 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 and what is written there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n error(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n warning(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::ReceiptPage</name>
    <message>
        <source>&amp;New death notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification is in the outbox and is being sent. You may close this page; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification is saved in the outbox and is sent by itself when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your HelseID login has expired. The notification is saved in the outbox and is sent when you have logged in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dødsfallId: %1
Received by the registry: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del 2 (causes of death) has been received by the Cause of Death Registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del 2 (causes of death) is being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The death has been reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry did not accept the notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::ReviewPage</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be fixed before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings: confirm each one you have considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legeerklæring om dødsfall: check before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1»: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed before sending</source>
        <translation>
            <numerusform>%n problem must be fixed before sending</numerusform>
            <numerusform>%n problems must be fixed before sending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): confirm each one you have considered</source>
        <translation>
            <numerusform>%n warning: confirm that you have considered it</numerusform>
            <numerusform>%n warnings: confirm each one you have considered</numerusform>
        </translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::SettingsPage</name>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next time you start Meldeklient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Meldeklient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::SignInPage</name>
    <message>
        <source>&amp;Log in with HelseID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Melding om dødsfall og dødsårsak&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with HelseID (BankID, Buypass or Commfides, security level 3 or higher). Your web browser opens for the login and you come back here afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the login in your web browser…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldeklient::Gui::ValidationSummary</name>
    <message>
        <source>Problems in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed</source>
        <translation>
            <numerusform>%n problem must be fixed</numerusform>
            <numerusform>%n problems must be fixed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s) to check</source>
        <translation>
            <numerusform>, %n warning to check</numerusform>
            <numerusform>, %n warnings to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to check</source>
        <translation>
            <numerusform>%n warning to check</numerusform>
            <numerusform>%n warnings to check</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Line %1 has both an ICD-10 code and free text. Keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line A (the immediate cause of death) must be filled in, as an ICD-10 code or as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line A needs the approximate time between onset and death.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has no time between onset and death. Add it if it is known, or choose &quot;Ukjent&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has a time interval but no cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is filled in below an empty line. Fill the lines from A downwards without gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line A names a mode of dying (such as cardiac arrest or cardiorespiratory failure) and nothing below it. Give the disease or injury that led to it on the lines below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has a shorter time since onset than line %2 above it, although line %2 is a consequence of it. Check the order of the lines or the intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of death is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of death is before the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The injury date is after the date of death.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The injury date is before the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation date is after the date of death.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation date is before the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an injury or poisoning code. Answer &quot;Ja&quot; to injury or poisoning and describe when, where and how it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accident, suicide and homicide are deaths from injury or poisoning. Answer &quot;Ja&quot; to injury or poisoning and describe it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A death from injury, poisoning, accident, suicide or homicide is an unnatural death. Answer &quot;Ja&quot; to whether the death can be considered unnatural.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the police as soon as possible (tel. 02800), cf. helsepersonelloven § 36 third paragraph, and send the signed legeerklæring to the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource is not a FHIR Patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient.identifier must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient.identifier.value must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient.birthDate is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient.gender must be female, male, other or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient.deceasedDateTime is not a valid FHIR date or dateTime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is an auxiliary number (%1), which cannot be used in a death notification. Use the person&apos;s fødselsnummer or D-nummer, or report the person as having no Norwegian number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fødselsnummer or D-nummer is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a synthetic test number. It can only be used in the test and sandbox environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is a %1, but it is marked as another kind of number. It will be sent as a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex given does not match the sex in the fødselsnummer. Check the person&apos;s identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date given does not match the birth date in the fødselsnummer. Check the person&apos;s identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of identification document (for example passport or DUF number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fødselsnummer or D-nummer must be given as the person&apos;s Norwegian number, not as a foreign identification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of the identification document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person without a Norwegian number needs a family name and at least one given name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person without a Norwegian number needs a birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person without a Norwegian number needs a sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the country where the person lived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country must be a two-letter ISO 3166 code, for example SE, DK or DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the deceased&apos;s fødselsnummer or D-nummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of death.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a FHIR Bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bundle must be of type &quot;collection&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bundle has no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bundle must hold exactly one Patient (found %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bundle must hold exactly one QuestionnaireResponse (found %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bundle may hold at most one PractitionerRole (found %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your contact details as the reporting physician are missing: give your workplace and a phone number or e-mail address, so the registry can reach you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the workplace (virksomhet) you report from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail address where the registry can reach you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address does not look right: it needs one @ and a domain such as sykehus.no, no spaces, and at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces, +, - and brackets only, at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace (virksomhet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department (avdeling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in FHI&apos;s list of codes for causes of death (Volven 7110). Check the code, or choose a more suitable one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The system keychain cannot be used, so the outbox cannot be stored safely. Nothing was saved: unlock or set up the keychain and try again, or print the notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox key in the system keychain is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox key is missing from the system keychain, so the saved notifications cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox database could not be upgraded to this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox was written by a newer version of Meldeklient. Update Meldeklient to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a database, but not a Meldeklient outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox could not read or write its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox item %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is already open in another Meldeklient window or program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox needs a signed-in user and a keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox belongs to another key than the one in the system keychain, so it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox item %1 has no such content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox item %1 cannot go from “%2” to “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification this one depends on was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox item %1 can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox item %1 waits until the notification it depends on has been accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was interrupted; it will be sent again with the same key, so it cannot arrive twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification could not be encrypted for safe storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored outbox data could not be decrypted: it was changed outside Meldeklient or belongs to another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored outbox data is not in a format this version can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox item %1 is “%2”: there is nothing to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no outbox file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Meldeklient outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Meldeklient outbox, so it was left untouched. Give the path of an outbox file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox item %1 cannot be read: its stored content is damaged or was changed outside Meldeklient, so it cannot be sent. Cancel it and create the notification again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death (Del 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes of death (Del 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal of a death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry could not be reached; it will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry is busy or unavailable; it will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer; it will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s answer could not be read; it will be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused the notification. See its message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored notification cannot be sent as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification could not be turned into a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again; it will be sent after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry does not allow you to send this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused the proof of the sign-in; it will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be sent (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox item %1 is not a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored notification is damaged and cannot be read or sent. Write it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused the notification as too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received, awaiting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation certificate for Folkeregisteret is not installed; it will be sent once IT installs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation certificate for Folkeregisteret cannot be read; it will be sent once IT fixes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the organisation certificate is missing or wrong; it will be sent once IT sets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folkeregisteret refused the birth. See its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folkeregisteret handles the birth manually; the decision follows later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folkeregisteret refused the organisation certificate; it will be sent once IT has it registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file set for Folkeregisteret cannot be read; it will be sent once IT corrects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folkeregisteret&apos;s address is not set up; it will be sent once IT sets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sent birth notification cannot be changed. Send the correction as a new notification and cancel this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>The value is not a date, date and time, or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid FHIR %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calendar date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both %1 and %2 are given; only one is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1[x] value is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a supported value type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid member &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a valid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported FHIRPath: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIRPath syntax error at position %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Questionnaire at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form is not a JSON object (offset %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource is not a Questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid QuestionnaireResponse at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is not a JSON object (offset %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource is not a QuestionnaireResponse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule of the form is not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one answer is allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has the wrong kind of value for this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer does not have the expected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is not in the code list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code could not be found in the code list; check that the list is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is an auxiliary number (%1), which cannot be used here. Use the person&apos;s fødselsnummer or D-nummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fødselsnummer or D-nummer is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The system keychain cannot be used, so the sign-in and keys will not be remembered after you close Meldeklient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved secret was found in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not complete the operation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Sign in first: drafts are kept in your own encrypted outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no draft %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: the outbox belongs to the signed-in physician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: the registry can only be asked by a signed-in physician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification has errors; correct them and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification has warnings. Read them; confirm each one if the notification is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This outbox already has a death notification for this person (outbox item %1). Send another only if that one is wrong and you mean to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the death is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox item %1 is not a death (Del 1); only a death can be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The death is being sent right now. Wait for the answer, then withdraw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The death was cancelled here after an attempt to send it that may have reached the registry. Look the person up; if the registry shows them as dead, phone NHN (+47 73 56 59 99).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The death was cancelled and never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is already running; try again when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry could not be asked whether it has the death, so nothing was withdrawn or cancelled. Try again when the registry can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QuestionnaireResponse does not say which form it answers (questionnaire is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QuestionnaireResponse answers another form (%1), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for Del 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid fødselsnummer or D-nummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to look the person up in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry has no person with this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not register the client key with the sandbox at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: the outbox belongs to the signed-in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: Folkeregisteret is only asked for a signed-in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth notification form cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth notification has errors; correct them and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the warning “%1” before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folkeregisteret refused the birth (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folkeregisteret handles the birth manually (deadline %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1 cannot be corrected yet: Folkeregisteret has not decided on it. Wait for the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1 has already been corrected: follow that correction, and correct it if it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1 cannot be corrected: Folkeregisteret never received its message. Fix it in the outbox or send a new birth notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1 cannot be corrected: its message was withdrawn, never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This outbox has no birth notification with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This birth was sent before Meldeklient kept a copy of what was sent, so the correction starts from an empty form: fill in the whole birth again as it should have been.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one child to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth notification has no child %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1 is not in the corrected notification: it has %2 children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 is a birth notification, not a death notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 is a death notification, not a birth notification.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

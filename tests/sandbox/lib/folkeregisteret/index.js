// Folkeregisteret's producer API for births (README.md, "Folkeregisteret"): POST foedsel_v1 over mutual TLS with
// the test CA, each message checked against Foedselsmelding_v1.1.xsd with xmllint, idempotent on the sender's
// message id, answered 202 with a folkeregisterReferanse; decisions on the feed tilbakemelding/api/v2/hendelser.
import { createHash, randomUUID } from 'node:crypto';
import https from 'node:https';
import { ApiFaults } from '../api/faults.js';
import { readBody } from '../api/index.js';
import { XsdValidator } from '../api/xsd.js';
import { CLIENT_ORGANISATION_NUMBER, createTestPki } from './certificates.js';
import { NewbornNumbers } from './numbers.js';

export const MOTTAK_PATH = '/folkeregisteret/mottak/api/foedsel_v1';
export const FEED_PATH = '/folkeregisteret/tilbakemelding/api/v2/hendelser';
export const FREG_FAULTS = ['status', 'throttle', 'delay', 'drop-before-commit', 'drop-after-commit', 'manual',
  'refused', 'rejected'];
const DECISION_FAULTS = ['manual', 'refused', 'rejected'];
const HOST = '127.0.0.1';

function escapeXml(text) {
  return String(text).replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]);
}

// The sandbox reads the few fields it needs with a pattern; xmllint has already checked the document's shape.
function field(xml, name) {
  const match = new RegExp(`<(?:\\w+:)?${name}>([^<]*)</(?:\\w+:)?${name}>`).exec(xml);
  return match ? match[1].trim() : undefined;
}

function errorXml(status, code, message) {
  return '<?xml version="1.0" encoding="UTF-8"?><folkeregisterFeilmelding>'
    + `<httpStatus>${status}</httpStatus><alvorlighetsgrad>FEIL</alvorlighetsgrad>`
    + `<feilkode>${escapeXml(code)}</feilkode><feilmelding>${escapeXml(message)}</feilmelding></folkeregisterFeilmelding>`;
}

function receiptXml(reference, messageId) {
  return '<?xml version="1.0" encoding="UTF-8"?><meldingMottatt>'
    + `<folkeregisterReferanse>${reference}</folkeregisterReferanse>`
    + `<avsendersMeldingsidentifikator>${escapeXml(messageId)}</avsendersMeldingsidentifikator></meldingMottatt>`;
}

function parseFault(body) {
  if (!FREG_FAULTS.includes(body.fault)) {
    throw new Error(`fault must be one of ${FREG_FAULTS.join(', ')}`);
  }
  const count = body.count ?? 1;
  if (!Number.isInteger(count) || (count < 1 && count !== -1)) {
    throw new Error('count must be a positive integer or -1 (until cleared)');
  }
  const unknown = Object.keys(body).filter((key) => !['fault', 'count', 'delayMs', 'retryAfter', 'status', 'child',
    'reason'].includes(key));
  if (unknown.length) {
    throw new Error(`unknown field: ${unknown.join(', ')}`);
  }
  if (body.reason !== undefined && (typeof body.reason !== 'string' || body.reason.length > 500
    || !DECISION_FAULTS.includes(body.fault))) {
    throw new Error('reason (the begrunnelse, at most 500 characters) applies only to decision faults');
  }
  if (body.child !== undefined) {
    // A decision for one child only: its original message gets the fault, its correction is decided as usual.
    if (!DECISION_FAULTS.includes(body.fault)) {
      throw new Error(`child applies only to ${DECISION_FAULTS.join(', ')}`);
    }
    if (!Number.isInteger(body.child) || body.child < 1 || body.child > 7) {
      throw new Error('child must be an integer 1..7 (birth order)');
    }
  }
  return { fault: body.fault, count, path: MOTTAK_PATH, delayMs: body.delayMs ?? 5000, retryAfter: body.retryAfter ?? 1,
    status: body.status ?? 503, child: body.child, reason: body.reason };
}

export async function startFolkeregisteret({ referenceDir, log = () => {} }) {
  const pki = createTestPki();
  const xsd = new XsdValidator({ referenceDir, log, schemas: { birth: 'Foedselsmelding_v1.1.xsd' } });
  const faults = new ApiFaults();
  let childFaults = []; // decision faults for one child's original message (`child`), first added first
  // The fault for the original (never a correction) message of child `childNumber`, consumed once per count.
  function takeChildFault(childNumber) {
    const index = childFaults.findIndex((fault) => fault.child === childNumber);
    if (index < 0) {
      return undefined;
    }
    const fault = childFaults[index];
    if (fault.count > 0 && --fault.count === 0) {
      childFaults.splice(index, 1);
    }
    return fault;
  }
  const numbers = new NewbornNumbers();
  let messages = new Map(); // avsendersMeldingsidentifikator → { hash, reference, receipt, ... }
  let events = [];
  let busy = Promise.resolve(); // messages are processed one after the other, as one register would

  function decide(message, fault, reason) {
    const base = {
      sakstype: 'foedsel',
      saksnummer: randomUUID(),
      opprettet: new Date().toISOString(),
      meldingsreferanse: { avsendersMeldingsidentifikator: message.messageId, folkeregisterReferanse: message.reference },
    };
    if (fault === 'manual') {
      const due = new Date(Date.now() + 14 * 24 * 3600 * 1000).toISOString().slice(0, 10);
      return { ...base, sakTilManuellBehandling: { saksfrist: due,
        begrunnelse: [reason ?? 'Opplysningene må kontrolleres manuelt'] } };
    }
    if (fault === 'refused' || fault === 'rejected') {
      return { ...base, saksbeslutning: { beslutning: fault === 'refused' ? 'avslaatt' : 'avvist',
        resultatkode: fault === 'refused' ? 'AVSLAG' : 'AVVIST',
        resultatbeskrivelse: fault === 'refused' ? 'Fødselen kan ikke registreres' : 'Meldingen er avvist',
        begrunnelse: [reason ?? 'Sandkasse: feil utløst av testen'] } };
    }
    const decision = { beslutning: 'godkjent', resultatkode: 'OK', resultatbeskrivelse: 'Fødselen er registrert', begrunnelse: [] };
    // A stillborn child is linked to the parents but gets no fødselsnummer (birth.md §2, §3).
    if (message.liveBorn) {
      message.childNumber = numbers.next(message.birthDate, message.sex);
      decision.opprettetFolkeregisterperson = { foedselsEllerDNummer: message.childNumber,
        identifikatortype: 'foedselsnummer', tildeltIdentifikatorAvvikerFraFoedselsdato: false };
    }
    return { ...base, saksbeslutning: decision };
  }

  function publish(message, fault, reason) {
    const hendelse = decide(message, fault, reason);
    message.decision = hendelse.sakTilManuellBehandling ? 'sakTilManuellBehandling' : hendelse.saksbeslutning.beslutning;
    events.push({ sekvensnummer: events.length + 1, hendelseISakOmFolkeregistrering: hendelse });
  }

  async function receive(req, res) {
    const send = (status, xml, headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'application/xml; charset=utf-8', ...headers });
      res.end(xml);
    };
    let body;
    try {
      body = await readBody(req);
    } catch (error) {
      send(error.status ?? 400, errorXml(error.status ?? 400, error.code ?? 'ugyldig-melding', error.message));
      return;
    }
    const fault = faults.take(MOTTAK_PATH);
    if (fault?.fault === 'status') {
      send(fault.status, errorXml(fault.status, 'midlertidig-feil', 'Tjenesten er midlertidig utilgjengelig'));
      return;
    }
    if (fault?.fault === 'throttle') {
      send(429, errorXml(429, 'for-mange-kall', 'For mange kall'), { 'Retry-After': String(fault.retryAfter) });
      return;
    }
    if (fault?.fault === 'drop-before-commit') {
      res.socket.destroy();
      return;
    }
    if (fault?.fault === 'delay') {
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    }
    const xml = body.toString('utf8');
    if (!/^application\/xml|^text\/xml/.test(req.headers['content-type'] ?? '')) {
      send(415, errorXml(415, 'feil-innholdstype', 'Innholdet må være application/xml'));
      return;
    }
    const invalid = await xsd.validate('birth', xml);
    if (invalid !== undefined) {
      send(400, errorXml(400, 'ugyldig-melding', `Meldingen følger ikke Foedselsmelding_v1.1.xsd: ${invalid}`));
      return;
    }
    const messageId = field(xml, 'avsendersMeldingsidentifikator');
    if (!messageId || !/<(?:\w+:)?foedselsmelding[\s>]/.test(xml)) {
      send(400, errorXml(400, 'ugyldig-melding', 'Meldingen er ikke en foedselsmelding med avsendersMeldingsidentifikator'));
      return;
    }
    const hash = createHash('sha256').update(body).digest('hex');
    const earlier = messages.get(messageId);
    if (earlier) {
      if (earlier.hash !== hash) {
        send(409, errorXml(409, 'meldingsidentifikator-gjenbrukt',
          'avsendersMeldingsidentifikator er brukt før for en annen melding'));
      } else {
        send(202, earlier.receipt, { 'Idempotent-Replayed': 'true' });
      }
      return;
    }
    const message = {
      messageId,
      reference: randomUUID(),
      hash,
      receivedAt: new Date().toISOString(),
      organisationNumber: req.socket.getPeerCertificate()?.subject?.serialNumber,
      liveBorn: field(xml, 'erLevendefoedt') === 'true',
      birthDate: field(xml, 'foedselsdato'),
      sex: field(xml, 'kjoenn'),
      correction: field(xml, 'erKorrigertForespoersel') === 'true',
      originalMessage: field(xml, 'identifikatorForOpprinneligMelding'),
      body: xml,
    };
    message.receipt = receiptXml(message.reference, messageId);
    messages.set(messageId, message);
    const order = field(xml, 'rekkefoelgenummerVedFlerfoedsel');
    message.birthOrder = order ? Number(order.slice(1)) : 1;
    const childFault = message.correction ? undefined : takeChildFault(message.birthOrder);
    const decision = childFault ?? (DECISION_FAULTS.includes(fault?.fault) ? fault : undefined);
    publish(message, decision?.fault, decision?.reason);
    if (fault?.fault === 'drop-after-commit') {
      res.socket.destroy();
      return;
    }
    send(202, message.receipt);
  }

  function feed(req, res, url) {
    const seq = Number(url.searchParams.get('seq') ?? '1');
    if (!Number.isInteger(seq) || seq < 1) {
      res.writeHead(400, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ feilkode: 'ugyldig-sekvensnummer', feilmelding: 'seq må være et heltall fra 1' }));
      return;
    }
    const etag = `"${events.length}-${seq}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag });
      res.end();
      return;
    }
    const text = JSON.stringify(events.filter((event) => event.sekvensnummer >= seq));
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', ETag: etag, 'Cache-Control': 'no-cache' });
    res.end(text);
  }

  const server = https.createServer({ key: pki.serverKey, cert: pki.serverCert, ca: pki.ca, requestCert: true,
    rejectUnauthorized: false, minVersion: 'TLSv1.2' });
  server.on('request', (req, res) => {
    const url = new URL(req.url, `https://${HOST}`);
    // The handshake asked for a certificate; without one signed by the test CA the producer API answers 403.
    if (!req.socket.authorized) {
      res.writeHead(403, { 'Content-Type': 'application/xml; charset=utf-8' });
      res.end(errorXml(403, 'klientsertifikat-mangler',
        `Et gyldig virksomhetssertifikat kreves (${req.socket.authorizationError ?? 'ingen sertifikat'})`));
      return;
    }
    const handle = async () => {
      if (req.method === 'POST' && url.pathname === MOTTAK_PATH) {
        busy = busy.then(() => receive(req, res)).catch((error) => {
          log(`folkeregisteret: ${error.message}`);
          if (!res.headersSent) {
            res.writeHead(500);
            res.end();
          }
        });
        await busy;
      } else if (req.method === 'GET' && url.pathname === FEED_PATH) {
        feed(req, res, url);
      } else {
        res.writeHead(404, { 'Content-Type': 'application/xml; charset=utf-8' });
        res.end(errorXml(404, 'ukjent-ressurs', `Ukjent ressurs ${req.method} ${url.pathname}`));
      }
    };
    handle();
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const url = `https://${HOST}:${server.address().port}`;
  log(`folkeregisteret: listening on ${url} (mutual TLS, test CA)`);

  function describeMessage(message) {
    const { hash, receipt, body, ...rest } = message;
    return rest;
  }

  return {
    url,
    files: pki.files,
    describe: () => ({ url, ...pki.files, clientOrganisationNumber: CLIENT_ORGANISATION_NUMBER,
      xsdAvailable: xsd.available, xsdUnavailableReason: xsd.unavailableReason }),
    adminRoutes(AdminError) {
      return {
        'GET folkeregisteret/status': async () => ({ url, ...pki.files, xsdAvailable: xsd.available }),
        'GET folkeregisteret/records': async () => ({ messages: [...messages.values()].map(describeMessage),
          events: events.length }),
        'POST folkeregisteret/faults': async (body) => {
          let fault;
          try {
            fault = parseFault(body);
          } catch (error) {
            throw new AdminError(400, error.message);
          }
          if (fault.child === undefined) {
            faults.add(fault);
          } else {
            childFaults.push(fault);
          }
          return { faults: faults.describe(), childFaults };
        },
        'DELETE folkeregisteret/faults': async () => {
          faults.clear();
          childFaults = [];
          return { faults: [] };
        },
        'POST folkeregisteret/reset': async () => {
          faults.clear();
          childFaults = [];
          messages = new Map();
          events = [];
          numbers.clear();
          return { messages: 0 };
        },
      };
    },
    close: () => new Promise((resolve) => {
      server.close(() => {
        pki.remove();
        resolve();
      });
      server.closeAllConnections();
    }),
  };
}

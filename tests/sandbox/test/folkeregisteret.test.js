// Folkeregisteret's birth API in the sandbox: mutual TLS with the test CA, XSD validation, idempotency on the
// sender's message id, decisions on the feed (a number for each live-born child, none for a stillborn one), ETag,
// and the fault switches.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { admin, startServer } from './client.js';

const MOTTAK = '/folkeregisteret/mottak/api/foedsel_v1';
const FEED = '/folkeregisteret/tilbakemelding/api/v2/hendelser';

let server;
let freg; // ready-file description: url, caFile, clientCertFile, clientKeyFile, ...
let tls; // { ca, cert, key }

before(async () => {
  server = await startServer();
  freg = server.folkeregisteret;
  tls = { ca: readFileSync(freg.caFile), cert: readFileSync(freg.clientCertFile), key: readFileSync(freg.clientKeyFile) };
});
afterEach(async () => {
  await fetch(`${server.issuer}/_sandbox/folkeregisteret/faults`, { method: 'DELETE' });
});
after(async () => { await server.stop(); });

function request(method, path, { body, headers = {}, identity = tls } = {}) {
  return new Promise((resolve, reject) => {
    const req = https.request(`${freg.url}${path}`, { method, ...identity, agent: false,
      headers: body === undefined ? headers : { 'Content-Type': 'application/xml', ...headers } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const field = (xml, name) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];

function birthXml({ messageId, liveBorn = true, order, count, sex = 'kvinne', date = '2026-03-01', corrects }) {
  const plural = count ? `<antallBarnVedFlerfoedsel>${count}</antallBarnVedFlerfoedsel>` : '';
  const rank = count ? `<rekkefoelgenummerVedFlerfoedsel>${count}${order}</rekkefoelgenummerVedFlerfoedsel>` : '';
  return '<?xml version="1.0" encoding="UTF-8"?>'
    + '<foedselsmelding xmlns="folkeregisteret:melding:nyfolkeregisterperson:foedselsmelding:v1">'
    + `<innsending><avsendersMeldingsidentifikator>${messageId}</avsendersMeldingsidentifikator>`
    + '<avsendersInnsendingstidspunkt>2026-03-02T10:15:00+01:00</avsendersInnsendingstidspunkt></innsending>'
    + '<forespoersel><foedsel><foreldreBorSammen>true</foreldreBorSammen><foreldreErGift>true</foreldreErGift>'
    + `${plural}<barn><foedselsdato>${date}</foedselsdato><erLevendefoedt>${liveBorn}</erLevendefoedt>${rank}`
    + `<kjoenn>${sex}</kjoenn></barn><mor><foedselsEllerDNummer>52839145667</foedselsEllerDNummer></mor>`
    + '<foedested><foedselsinstitusjonsnavn>UNN</foedselsinstitusjonsnavn><foedekommunenummer>5501</foedekommunenummer>'
    + '<foedekommunenavn>Tromsø</foedekommunenavn></foedested></foedsel><registreringsdato>2026-03-02</registreringsdato>'
    + (corrects ? '<erKorrigertForespoersel>true</erKorrigertForespoersel>'
      + `<identifikatorForOpprinneligMelding>${corrects}</identifikatorForOpprinneligMelding>`
      : '<erKorrigertForespoersel>false</erKorrigertForespoersel>')
    + '</forespoersel></foedselsmelding>';
}

async function feedFrom(seq) {
  const response = await request('GET', `${FEED}?seq=${seq}`);
  assert.equal(response.status, 200);
  return { events: JSON.parse(response.text), etag: response.headers.etag };
}

async function decisionFor(messageId) {
  const { events } = await feedFrom(1);
  return events.map((event) => event.hendelseISakOmFolkeregistrering)
    .find((event) => event.meldingsreferanse.avsendersMeldingsidentifikator === messageId);
}

async function fault(spec) {
  const result = await admin(server.issuer, 'folkeregisteret/faults', spec);
  assert.equal(result.status, 200, JSON.stringify(result.body));
}

describe('mutual TLS', () => {
  test('a request without a client certificate gets 403', async () => {
    const response = await request('GET', `${FEED}?seq=1`, { identity: { ca: tls.ca } });
    assert.equal(response.status, 403);
    assert.equal(field(response.text, 'feilkode'), 'klientsertifikat-mangler');
  });

  test('a client certificate from another CA gets 403', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'other-ca-'));
    try {
      const result = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256',
        '-nodes', '-keyout', 'key.pem', '-out', 'cert.pem', '-days', '1', '-subj', '/CN=intruder'], { cwd: dir });
      assert.equal(result.status, 0);
      const response = await request('GET', `${FEED}?seq=1`, { identity: { ca: tls.ca,
        cert: readFileSync(join(dir, 'cert.pem')), key: readFileSync(join(dir, 'key.pem')) } });
      assert.equal(response.status, 403);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the server certificate is for 127.0.0.1 and signed by the test CA', async () => {
    await assert.rejects(request('GET', `${FEED}?seq=1`, { identity: { cert: tls.cert, key: tls.key } }));
  });
});

describe('foedsel_v1', () => {
  test('a live-born child is accepted with a reference and gets a synthetic fødselsnummer on the feed', async () => {
    const messageId = randomUUID();
    const response = await request('POST', MOTTAK, { body: birthXml({ messageId, sex: 'mann', date: '2026-03-01' }) });
    assert.equal(response.status, 202, response.text);
    assert.equal(field(response.text, 'avsendersMeldingsidentifikator'), messageId);
    const reference = field(response.text, 'folkeregisterReferanse');
    assert.match(reference, /^[0-9a-f-]{36}$/);
    const decision = await decisionFor(messageId);
    assert.equal(decision.meldingsreferanse.folkeregisterReferanse, reference);
    assert.equal(decision.saksbeslutning.beslutning, 'godkjent');
    const number = decision.saksbeslutning.opprettetFolkeregisterperson.foedselsEllerDNummer;
    assert.match(number, /^0183\d{7}$/); // 01, month 03 + 80, year 26
    assert.equal(number.slice(4, 6), '26');
    assert.equal(Number(number[8]) % 2, 1); // boys odd
  });

  test('twins with one stillborn child: one number, none for the stillborn', async () => {
    const prefix = randomUUID();
    for (const [order, liveBorn] of [[1, true], [2, false]]) {
      const response = await request('POST', MOTTAK,
        { body: birthXml({ messageId: `${prefix}-${order}`, liveBorn, order, count: 2 }) });
      assert.equal(response.status, 202, response.text);
    }
    assert.ok((await decisionFor(`${prefix}-1`)).saksbeslutning.opprettetFolkeregisterperson);
    const stillborn = await decisionFor(`${prefix}-2`);
    assert.equal(stillborn.saksbeslutning.beslutning, 'godkjent');
    assert.equal(stillborn.saksbeslutning.opprettetFolkeregisterperson, undefined);
  });

  test('the same message again replays the receipt; another body with the same id gets 409', async () => {
    const messageId = randomUUID();
    const body = birthXml({ messageId });
    const first = await request('POST', MOTTAK, { body });
    const second = await request('POST', MOTTAK, { body });
    assert.equal(second.status, 202);
    assert.equal(second.headers['idempotent-replayed'], 'true');
    assert.equal(second.text, first.text);
    const other = await request('POST', MOTTAK, { body: birthXml({ messageId, sex: 'mann' }) });
    assert.equal(other.status, 409);
    const records = (await admin(server.issuer, 'folkeregisteret/records')).body.messages;
    assert.equal(records.filter((record) => record.messageId === messageId).length, 1);
    const events = (await feedFrom(1)).events.filter((event) =>
      event.hendelseISakOmFolkeregistrering.meldingsreferanse.avsendersMeldingsidentifikator === messageId);
    assert.equal(events.length, 1);
  });

  test('a message that breaks the XSD gets 400 with xmllint\'s reason', async (t) => {
    if (!freg.xsdAvailable) {
      t.skip('Foedselsmelding_v1.1.xsd or xmllint is missing: the sandbox does not validate');
      return;
    }
    const response = await request('POST', MOTTAK,
      { body: birthXml({ messageId: randomUUID() }).replace('<kjoenn>kvinne</kjoenn>', '<kjoenn>ukjent</kjoenn>') });
    assert.equal(response.status, 400);
    assert.equal(field(response.text, 'feilkode'), 'ugyldig-melding');
    assert.match(field(response.text, 'feilmelding'), /kjoenn/);
  });

  test('not XML content type gets 415', async () => {
    const response = await request('POST', MOTTAK, { body: birthXml({ messageId: randomUUID() }),
      headers: { 'Content-Type': 'application/json' } });
    assert.equal(response.status, 415);
  });
});

describe('feed', () => {
  test('seq filters, the ETag answers 304 until a new event arrives', async () => {
    const before = await feedFrom(1);
    const next = before.events.length + 1;
    const unchanged = await request('GET', `${FEED}?seq=${next}`);
    assert.equal(JSON.parse(unchanged.text).length, 0);
    const again = await request('GET', `${FEED}?seq=${next}`, { headers: { 'If-None-Match': unchanged.headers.etag } });
    assert.equal(again.status, 304);
    await request('POST', MOTTAK, { body: birthXml({ messageId: randomUUID() }) });
    const changed = await request('GET', `${FEED}?seq=${next}`, { headers: { 'If-None-Match': unchanged.headers.etag } });
    assert.equal(changed.status, 200);
    const events = JSON.parse(changed.text);
    assert.equal(events.length, 1);
    assert.equal(events[0].sekvensnummer, next);
  });

  test('seq must be a positive integer', async () => {
    assert.equal((await request('GET', `${FEED}?seq=0`)).status, 400);
  });
});

describe('faults', () => {
  for (const [name, expected] of [['manual', 'sakTilManuellBehandling'], ['refused', 'avslaatt'], ['rejected', 'avvist']]) {
    test(`${name} gives ${expected} on the feed, no number`, async () => {
      await fault({ fault: name });
      const messageId = randomUUID();
      assert.equal((await request('POST', MOTTAK, { body: birthXml({ messageId }) })).status, 202);
      const decision = await decisionFor(messageId);
      if (expected === 'sakTilManuellBehandling') {
        assert.match(decision.sakTilManuellBehandling.saksfrist, /^\d{4}-\d{2}-\d{2}$/);
        assert.equal(decision.saksbeslutning, undefined);
      } else {
        assert.equal(decision.saksbeslutning.beslutning, expected);
        assert.equal(decision.saksbeslutning.opprettetFolkeregisterperson, undefined);
        assert.ok(decision.saksbeslutning.begrunnelse.length > 0);
      }
    });
  }

  test('throttle and status answer without committing', async () => {
    await fault({ fault: 'throttle', retryAfter: 7 });
    await fault({ fault: 'status', status: 503 });
    const messageId = randomUUID();
    const body = birthXml({ messageId });
    const throttled = await request('POST', MOTTAK, { body });
    assert.equal(throttled.status, 429);
    assert.equal(throttled.headers['retry-after'], '7');
    assert.equal((await request('POST', MOTTAK, { body })).status, 503);
    assert.equal(await decisionFor(messageId), undefined);
    assert.equal((await request('POST', MOTTAK, { body })).status, 202);
  });

  test('drop-before-commit closes the connection and registers nothing; delay still commits', async () => {
    await fault({ fault: 'drop-before-commit' });
    const messageId = randomUUID();
    const body = birthXml({ messageId });
    await assert.rejects(request('POST', MOTTAK, { body }));
    assert.equal(await decisionFor(messageId), undefined);
    await fault({ fault: 'delay', delayMs: 200 });
    const started = Date.now();
    const delayed = await request('POST', MOTTAK, { body });
    assert.equal(delayed.status, 202);
    assert.equal(delayed.headers['idempotent-replayed'], undefined);
    assert.ok(Date.now() - started >= 200);
    assert.ok(await decisionFor(messageId));
  });

  test('drop-after-commit: the retry gets the original receipt and the child is registered once', async () => {
    await fault({ fault: 'drop-after-commit' });
    const messageId = randomUUID();
    const body = birthXml({ messageId });
    await assert.rejects(request('POST', MOTTAK, { body }));
    const retry = await request('POST', MOTTAK, { body });
    assert.equal(retry.status, 202);
    assert.equal(retry.headers['idempotent-replayed'], 'true');
    const events = (await feedFrom(1)).events.filter((event) =>
      event.hendelseISakOmFolkeregistrering.meldingsreferanse.avsendersMeldingsidentifikator === messageId);
    assert.equal(events.length, 1);
  });

  test('a child fault refuses that child\'s original only; its correction (XSD-valid) is registered', async () => {
    await fault({ fault: 'rejected', child: 2, reason: 'Kjønn stemmer ikke' });
    const first = randomUUID();
    const second = randomUUID();
    assert.equal((await request('POST', MOTTAK, { body: birthXml({ messageId: first, count: 2, order: 1 }) })).status, 202);
    assert.equal((await request('POST', MOTTAK, { body: birthXml({ messageId: second, count: 2, order: 2 }) })).status,
      202);
    assert.equal((await decisionFor(first)).saksbeslutning.beslutning, 'godkjent');
    assert.equal((await decisionFor(second)).saksbeslutning.beslutning, 'avvist');
    assert.deepEqual((await decisionFor(second)).saksbeslutning.begrunnelse, ['Kjønn stemmer ikke']);
    // The correction is a new message id with the same child: idempotency is per message id, not per child.
    const correction = randomUUID();
    const body = birthXml({ messageId: correction, count: 2, order: 2, corrects: second });
    const accepted = await request('POST', MOTTAK, { body });
    assert.equal(accepted.status, 202, accepted.text);
    assert.equal(accepted.headers['idempotent-replayed'], undefined);
    assert.equal((await decisionFor(correction)).saksbeslutning.beslutning, 'godkjent');
    assert.equal((await request('POST', MOTTAK, { body })).headers['idempotent-replayed'], 'true');
    const records = (await (await fetch(`${server.issuer}/_sandbox/folkeregisteret/records`)).json()).messages;
    const recorded = records.find((message) => message.messageId === correction);
    assert.equal(recorded.correction, true);
    assert.equal(recorded.originalMessage, second);
    assert.equal(recorded.birthOrder, 2);
    // The fault was used up by child 2's original: another birth's child 2 is registered.
    const later = randomUUID();
    await request('POST', MOTTAK, { body: birthXml({ messageId: later, count: 2, order: 2 }) });
    assert.equal((await decisionFor(later)).saksbeslutning.beslutning, 'godkjent');
  });

  test('child applies only to decision faults, 1..7', async () => {
    assert.equal((await admin(server.issuer, 'folkeregisteret/faults', { fault: 'throttle', child: 1 })).status, 400);
    assert.equal((await admin(server.issuer, 'folkeregisteret/faults', { fault: 'rejected', child: 8 })).status, 400);
  });

  test('an unknown fault is refused', async () => {
    const result = await admin(server.issuer, 'folkeregisteret/faults', { fault: 'nonsense' });
    assert.equal(result.status, 400);
  });
});

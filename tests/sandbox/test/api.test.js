// The national API sandbox (contract: README.md, "National API"): both transports, DPoP authorization, idempotency, faults,
// validation, Folkeregisteret's XSD through xmllint, persons and the admin API.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before, describe, test } from 'node:test';
import { exportJWK, generateKeyPair } from 'jose';
import { BUILT_IN_PERSONS } from '../lib/api/persons.js';
import { TestClient, admin, startServer } from './client.js';

const FNR_SYSTEM = 'urn:oid:2.16.578.1.12.4.1.4.1';
const DNR_SYSTEM = 'urn:oid:2.16.578.1.12.4.1.4.2';
const FHIR = '/dodsmelding/fhir';
const REST = '/dodsmelding/api';
const VOLVEN = (number) => `urn:oid:2.16.578.1.12.4.1.1.${number}`;
const formsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'forms');

let server;
let client;
let token; // access token of Vilde Testlege Sandkasse (HPR 565505933), level 4
let settings;

before(async () => {
  server = await startServer();
  client = await TestClient.create(server.issuer);
  assert.equal((await client.register()).status, 201);
  token = (await client.login()).token.body.access_token;
  settings = (await admin(server.issuer, 'api/settings')).body;
});
afterEach(async () => {
  await adminRequest('DELETE', 'api/faults');
  await admin(server.issuer, 'api/settings', { xsdValidation: true, clockOffsetSeconds: 0 });
});
after(async () => { await server.stop(); });

async function adminRequest(method, path) {
  const response = await fetch(`${server.issuer}/_sandbox/${path}`, { method });
  return { status: response.status, body: await response.json() };
}

async function fault(spec) {
  const result = await admin(server.issuer, 'api/faults', spec);
  assert.equal(result.status, 200, JSON.stringify(result.body));
}

async function records() {
  return (await admin(server.issuer, 'api/records')).body;
}

// Valid synthetic (month + 80) fødselsnummer, a different one on each call.
let serial = 100;
function syntheticNumber({ dNumber = false } = {}) {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    serial += 1;
    const day = String((serial % 28) + 1 + (dNumber ? 40 : 0)).padStart(2, '0');
    const base = `${day}8${serial % 9 + 1}70${String(serial % 500).padStart(3, '0')}`;
    const digits = [...base].map(Number);
    const k1 = (11 - (digits.reduce((sum, digit, i) => sum + digit * w1[i], 0) % 11)) % 11;
    if (k1 === 10) {
      continue;
    }
    digits.push(k1);
    const k2 = (11 - (digits.reduce((sum, digit, i) => sum + digit * w2[i], 0) % 11)) % 11;
    if (k2 !== 10) {
      return `${base}${k1}${k2}`;
    }
  }
}

const yesterday = () => new Date(Date.now() - 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
const REPORTER = { virksomhet: 'Sandkasse sykehus', avdeling: 'Medisinsk avdeling', epost: 'lege@sandkasse.invalid',
  telefon: '+4712345678' };

// [linkId, value] pairs of a complete, valid Del 2 (value: string/boolean or [system number, code]).
const CAUSE_ANSWERS = [
  ['timeOfDeath', '10:00:00'],
  ['placeOfDeath', ['99003', '5']],
  ['municipality', ['3402', '0301']],
  ['causeOfDeath_question_A_code', ['7110', 'I219']],
  ['causeOfDeath_question_A_time', ['99004', '2']],
  ['additionalInfoAboutDamage_q1', ['1102', '2']],
  ['operation_impact_on_death', ['1102', '2']],
  ['classification_death', ['99000', '1']],
  ['classification_autopsy', ['1102', '2']],
  ['classification_reevaluate', ['1102', '2']],
  ['report_unnatural', ['1102', '2']],
];

function restSvar(answers = CAUSE_ANSWERS) {
  return answers.map(([linkId, value]) => ({ linkId,
    verdi: Array.isArray(value) ? { system: VOLVEN(value[0]), kode: value[1] } : value }));
}

const GROUPS = {
  timeOfDeath: '1_timeOfDeath_group', placeOfDeath: '2_placeOfDeath_group', municipality: '2_placeOfDeath_group',
  additionalInfoAboutDamage_q1: '4_additionalInfoAboutDamage_group', operation_impact_on_death: '5_operation_group',
  classification_death: '6_classification_group', classification_autopsy: '6_classification_group',
  classification_reevaluate: '6_classification_group', report_unnatural: '7_obligation_to_notify',
};

function fhirItems(answers = CAUSE_ANSWERS) {
  const groups = new Map();
  for (const [linkId, value] of answers) {
    const group = GROUPS[linkId] ?? '3_causeOfDeath_group';
    if (!groups.has(group)) {
      groups.set(group, []);
    }
    let answer;
    if (Array.isArray(value)) {
      answer = { valueCoding: { system: VOLVEN(value[0]), code: value[1] } };
    } else if (linkId === 'timeOfDeath') {
      answer = { valueTime: value };
    } else {
      answer = typeof value === 'boolean' ? { valueBoolean: value } : { valueString: value };
    }
    groups.get(group).push({ linkId, answer: [answer] });
  }
  return [...groups].map(([linkId, item]) => ({ linkId, item }));
}

function restDeath(identifier = syntheticNumber(), extra = {}) {
  return { identifikator: { type: identifier[0] >= '4' ? 'DNR' : 'FNR', verdi: identifier },
    doedstidspunkt: yesterday(), meldendeLege: REPORTER, ...extra };
}

async function rest(path, body, options = {}) {
  return client.callApi('POST', `${REST}${path}`, { accessToken: token, body, idempotencyKey: randomUUID(), ...options });
}

async function fhirPost(type, body, options = {}) {
  return client.callApi('POST', `${FHIR}/${type}`, { accessToken: token, body, idempotencyKey: randomUUID(), ...options });
}

const ROLE = { resourceType: 'PractitionerRole', organization: { display: 'Sandkasse sykehus' },
  location: [{ display: 'Medisinsk avdeling' }],
  telecom: [{ system: 'email', value: 'lege@sandkasse.invalid' }, { system: 'phone', value: '+4712345678' }] };

async function roleId() {
  const role = await fhirPost('PractitionerRole', ROLE);
  assert.equal(role.status, 201, role.text);
  return role.body.id;
}

function fhirPatient(identifier, role, extra = {}) {
  return { resourceType: 'Patient', identifier: [{ use: 'usual', system: identifier[0] >= '4' ? DNR_SYSTEM : FNR_SYSTEM,
    value: identifier }], deceasedDateTime: yesterday(), generalPractitioner: [{ reference: `PractitionerRole/${role}` }],
  ...extra };
}

async function restDeathId() {
  const death = await rest('/dodsfall', restDeath());
  assert.equal(death.status, 201, death.text);
  return death.body.dodsfallId;
}

function assertProblem(response, status, pattern) {
  assert.equal(response.status, status, response.text);
  assert.match(response.headers.get('content-type'), /^application\/problem\+json/);
  assert.equal(response.body.status, status);
  assert.match(JSON.stringify(response.body), pattern);
}

function assertOutcome(response, status, code, pattern) {
  assert.equal(response.status, status, response.text);
  assert.match(response.headers.get('content-type'), /^application\/fhir\+json/);
  assert.equal(response.body.resourceType, 'OperationOutcome');
  assert.ok(response.body.issue.some((entry) => entry.code === code), response.text);
  assert.match(JSON.stringify(response.body), pattern);
}

describe('persons', () => {
  test('REST lookup gives name, birth date, sex and death; unknown numbers give an empty list', async () => {
    const found = await rest('/personoppslag', { identifikator: '02914542122' }, { idempotencyKey: undefined });
    assert.equal(found.status, 200, found.text);
    assert.deepEqual(found.body.personer, [{ identifikator: '02914542122', fornavn: 'Bjørn', mellomnavn: 'Testesen',
      etternavn: 'Eksempelvik', foedselsdato: '1945-11-02', kjoenn: 'mann', doed: false }]);
    const dNumber = await rest('/personoppslag', { identifikator: '44879042132' });
    assert.equal(dNumber.body.personer[0].fornavn, 'Lukas');
    const dead = await rest('/personoppslag', { identifikator: '20813042054' });
    assert.equal(dead.body.personer[0].doed, true);
    assert.equal(dead.body.personer[0].doedsdato, '2026-10-01');
    const unknown = await rest('/personoppslag', { identifikator: syntheticNumber() });
    assert.deepEqual(unknown.body, { personer: [] });
    assertProblem(await rest('/personoppslag', { identifikator: '17853842045' }), 400, /kontrollsiffer/);
  });

  test('FHIR Patient search gives a searchset Bundle; D-nummer uses its own system', async () => {
    const found = await client.callApi('GET', `${FHIR}/Patient?identifier=${FNR_SYSTEM}|17853842044`, { accessToken: token });
    assert.equal(found.status, 200, found.text);
    assert.equal(found.body.resourceType, 'Bundle');
    assert.equal(found.body.type, 'searchset');
    assert.equal(found.body.total, 1);
    const patient = found.body.entry[0].resource;
    assert.deepEqual(patient.name, [{ use: 'official', family: 'Prøveland', given: ['Astrid'] }]);
    assert.equal(patient.gender, 'female');
    assert.equal(patient.birthDate, '1938-05-17');
    assert.equal(patient.deceasedBoolean, false);
    const dNumber = await client.callApi('GET', `${FHIR}/Patient?identifier=${DNR_SYSTEM}|44879042132`, { accessToken: token });
    assert.equal(dNumber.body.entry[0].resource.identifier[0].system, DNR_SYSTEM);
    const dead = await client.callApi('GET', `${FHIR}/Patient?identifier=${FNR_SYSTEM}|20813042054`, { accessToken: token });
    assert.equal(dead.body.entry[0].resource.deceasedDateTime, '2026-10-01');
    const unknown = await client.callApi('GET', `${FHIR}/Patient?identifier=${FNR_SYSTEM}|${syntheticNumber()}`, { accessToken: token });
    assert.equal(unknown.body.total, 0);
    assert.deepEqual(unknown.body.entry, []);
    assertOutcome(await client.callApi('GET', `${FHIR}/Patient?identifier=12345`, { accessToken: token }), 400, 'invalid', /identifier/);
  });

  test('Tenor test persons from the reference folder', async (t) => {
    if (settings.persons <= BUILT_IN_PERSONS.length) {
      t.skip('reference folder (MELDEKLIENT_REFERENCE_DIR with folkeregisteret/tenor-testdata-*.csv) absent');
      return;
    }
    const found = await rest('/personoppslag', { identifikator: '01914796756' });
    assert.deepEqual(found.body.personer[0], { identifikator: '01914796756', fornavn: 'Lav', etternavn: 'Globus',
      foedselsdato: '1947-11-01', kjoenn: 'mann', doed: false });
  });
});

describe('nhn-rest happy path', () => {
  test('Del 1, Del 2 linked by dodsfallId, void; records keep what was received', async () => {
    const death = await rest('/dodsfall', restDeath('09836242030'));
    assert.equal(death.status, 201, death.text);
    assert.match(death.headers.get('content-type'), /^application\/json/);
    assert.deepEqual(Object.keys(death.body).sort(), ['dodsfallId', 'mottatt']);
    assert.ok(!Number.isNaN(Date.parse(death.body.mottatt)));
    const key = randomUUID();
    const cause = await rest('/dodsarsaker', { dodsfallId: death.body.dodsfallId,
      skjema: { navn: 'dodsaarsak_1', versjon: '1.0.0' }, meldendeLege: REPORTER, svar: restSvar() }, { idempotencyKey: key });
    assert.equal(cause.status, 201, cause.text);
    assert.ok(cause.body.dodsarsakId);
    assert.equal(cause.body.legeerklaering, `${server.issuer}${REST}/legeerklaering/${cause.body.dodsarsakId}`);
    const pdf = await client.callApi('GET', new URL(cause.body.legeerklaering).pathname, { accessToken: token });
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.match(pdf.text, /^%PDF-1\.4\n[\s\S]*%%EOF\n$/);
    assert.ok(pdf.text.includes(cause.body.dodsarsakId));
    const otherPhysician = await client.login({ extra: { test_pid: '21925544083' } });
    assertProblem(await client.callApi('GET', new URL(cause.body.legeerklaering).pathname,
      { accessToken: otherPhysician.token.body.access_token }), 404, /legeerklæring/);

    const voided = await rest('/dodsfall/annullering', { dodsfallId: death.body.dodsfallId,
      identifikator: { type: 'FNR', verdi: '09836242030' }, meldendeLege: REPORTER, begrunnelse: 'Feil person' });
    assert.equal(voided.status, 201, voided.text);
    assert.equal(voided.body.dodsfallId, death.body.dodsfallId);
    assert.ok(voided.body.annulleringId);

    const stored = await records();
    const cause1 = stored.causes.find((entry) => entry.id === cause.body.dodsarsakId);
    assert.equal(cause1.idempotencyKey, key);
    assert.equal(cause1.transport, 'nhn-rest');
    assert.equal(cause1.dodsfallId, death.body.dodsfallId);
    assert.equal(cause1.body.svar.length, CAUSE_ANSWERS.length);
    assert.ok(stored.deaths.some((entry) => entry.id === death.body.dodsfallId && entry.body.identifikator.verdi === '09836242030'));
    assert.ok(stored.voids.some((entry) => entry.id === voided.body.annulleringId));
    assert.equal(stored.counts.deaths, stored.deaths.length);

    const again = await rest('/dodsfall/annullering', { identifikator: { type: 'FNR', verdi: '09836242030' },
      meldendeLege: REPORTER, begrunnelse: 'Feil person' });
    assertProblem(again, 422, /Fant ikke noe registrert dødsfall/);
  });

  test('D-nummer and a person without Norwegian number (PUF) are accepted; a new Del 1 corrects the same death', async () => {
    const dNumber = await rest('/dodsfall', restDeath(syntheticNumber({ dNumber: true })));
    assert.equal(dNumber.status, 201, dNumber.text);
    const puf = await rest('/dodsfall', { identifikator: { type: 'DUF', verdi: '11111Asc' }, doedstidspunkt: '2026-10-02',
      personUtenFoedselsnummer: { fornavn: 'Erik', etternavn: 'Utlending', foedselsdato: '2001-10-01', kjoenn: 'mann',
        bostedsland: 'DK', oppholdsgrunn: '3' }, meldendeLege: REPORTER });
    assert.equal(puf.status, 201, puf.text);
    const number = syntheticNumber();
    const first = await rest('/dodsfall', restDeath(number));
    const correction = await rest('/dodsfall', restDeath(number, { doedstidspunkt: '2026-11-01' }));
    assert.equal(correction.status, 201);
    assert.equal(correction.body.dodsfallId, first.body.dodsfallId);
  });
});

describe('nhn-fhir happy path', () => {
  test('PractitionerRole, Patient (Del 1), QuestionnaireResponse (Del 2), void', async () => {
    const role = await fhirPost('PractitionerRole', ROLE);
    assert.equal(role.status, 201, role.text);
    assert.match(role.headers.get('content-type'), /^application\/fhir\+json/);
    assert.equal(role.body.resourceType, 'PractitionerRole');
    assert.deepEqual(role.body.telecom, ROLE.telecom);
    assert.equal((await fhirPost('PractitionerRole', ROLE)).body.id, role.body.id, 'same contact details, same id');
    const other = await fhirPost('PractitionerRole', { ...ROLE, organization: { display: 'Annet sykehus' } });
    assert.notEqual(other.body.id, role.body.id);

    const number = syntheticNumber();
    const patient = await fhirPost('Patient', fhirPatient(number, role.body.id));
    assert.equal(patient.status, 201, patient.text);
    assert.equal(patient.body.resourceType, 'Patient');
    assert.deepEqual(patient.body.identifier, [{ system: FNR_SYSTEM, value: number }]);
    assert.ok(patient.body.id);
    assert.equal(patient.headers.get('location'), `${server.issuer}${FHIR}/Patient/${patient.body.id}`);

    const response = await fhirPost('QuestionnaireResponse', { resourceType: 'QuestionnaireResponse',
      questionnaire: 'Questionnaire/1', status: 'completed', subject: { reference: `Patient/${patient.body.id}` },
      author: { reference: `PractitionerRole/${role.body.id}` }, item: fhirItems() });
    assert.equal(response.status, 201, response.text);
    const { body } = response;
    assert.equal(body.resourceType, 'QuestionnaireResponse');
    assert.ok(body.id);
    assert.ok(!Number.isNaN(Date.parse(body.authored)));
    assert.equal(body.extension[0].url, 'http://nhn.no/dodsmelding/fhir/StructureDefinition/DeathCertificate');
    assert.equal(body.extension[0].valueReference.reference, `${server.issuer}${FHIR}/DocumentReference/${body.id}`);
    assert.equal(body.subject.reference, `${server.issuer}${FHIR}/Patient/${patient.body.id}`);

    const voided = await fhirPost('Patient', { resourceType: 'Patient', identifier: [{ use: 'usual', system: FNR_SYSTEM,
      value: number }], deceasedBoolean: false, generalPractitioner: [{ reference: `PractitionerRole/${role.body.id}` }] });
    assert.equal(voided.status, 201, voided.text);
    assert.deepEqual(voided.body, { resourceType: 'Patient', id: patient.body.id,
      identifier: [{ system: FNR_SYSTEM, value: number }], deceasedBoolean: false });
    const stored = await records();
    assert.ok(stored.voids.some((entry) => entry.dodsfallId === patient.body.id && entry.transport === 'nhn-fhir'));
    const unknown = await fhirPost('Patient', { resourceType: 'Patient', identifier: [{ use: 'usual', system: FNR_SYSTEM,
      value: number }], deceasedBoolean: false, generalPractitioner: [{ reference: `PractitionerRole/${role.body.id}` }] });
    assertOutcome(unknown, 422, 'business-rule', /Fant ikke noe registrert dødsfall/);
  });

  test('PUF Patient in NHN\'s sample shape', async () => {
    const role = await roleId();
    const puf = await fhirPost('Patient', { resourceType: 'Patient', identifier: [{ use: 'usual', system: ' ',
      type: { coding: [{ system: 'https://api.helsepunkt.no/api/koder/8116', code: 'DUF' }] }, value: '11111Asc' }],
    deceasedDateTime: '2026-10-02', generalPractitioner: { reference: `PractitionerRole/${role}` }, birthDate: '2001-10-01',
    gender: 'male', name: [{ family: 'Etternavn', given: ['Fornavn', 'Mellomnavn'] }], address: [{ country: 'DK' }],
    extension: [{ url: 'http://nhn.no/dodsmelding/fhir/StructureDefinition/ReasonForStay',
      valueCodeableConcept: { coding: [{ system: 'https://api.helsepunkt.no/api/koder/99012', code: '3' }] } }] });
    assert.equal(puf.status, 201, puf.text);
    assert.equal(puf.body.identifier[0].type.coding[0].code, 'DUF');
  });

  test('Questionnaire/1 is forms/dodsaarsak.json', async () => {
    const form = await client.callApi('GET', `${FHIR}/Questionnaire/1`, { accessToken: token });
    assert.equal(form.status, 200);
    assert.deepEqual(form.body, JSON.parse(readFileSync(join(formsDir, 'dodsaarsak.json'), 'utf8')));
  });
});

describe('authorization', () => {
  const lookup = (options) => client.callApi('POST', `${REST}/personoppslag`,
    { accessToken: token, body: { identifikator: '17853842044' }, ...options });

  function assertRefused(response, error, pattern) {
    assert.equal(response.status, 401, response.text);
    const header = response.headers.get('www-authenticate');
    assert.match(header, new RegExp(`^DPoP error="${error}"`));
    assert.match(header, pattern);
    assert.equal(response.body.status, 401);
  }

  test('a valid request passes (control)', async () => {
    assert.equal((await lookup()).status, 200);
  });

  test('missing Authorization and the Bearer scheme', async () => {
    assertRefused(await lookup({ authorization: null }), 'invalid_token', /missing access token/);
    assertRefused(await lookup({ authorization: `Bearer ${token}` }), 'invalid_token', /DPoP-bound/);
  });

  test('token for another audience', async () => {
    const other = await client.login({ resource: 'nhn:fodselsmelding',
      scope: 'openid nhn:dodsmelding/api nhn:fodselsmelding/api' });
    assert.equal(other.token.status, 200, JSON.stringify(other.token.body));
    assertRefused(await lookup({ accessToken: other.token.body.access_token }), 'invalid_token', /aud/);
  });

  test('tampered token signature', async () => {
    const [h, p, s] = token.split('.');
    const forged = `${h}.${p}.${s.slice(0, -4)}AAAA`;
    assertRefused(await lookup({ accessToken: forged }), 'invalid_token', /signature/);
  });

  test('missing and invalid proofs', async () => {
    assertRefused(await lookup({ proof: null }), 'invalid_dpop_proof', /missing DPoP proof/);
    assertRefused(await lookup({ proof: 'not-a-jwt' }), 'invalid_dpop_proof', /not a JWS/);
    const good = await client.apiProof('POST', `${server.issuer}${REST}/personoppslag`, token);
    const [h, p] = good.split('.');
    assertRefused(await lookup({ proof: `${h}.${p}.AAAA` }), 'invalid_dpop_proof', /signature/);
    assertRefused(await lookup({ proofOptions: { header: { typ: 'JWT' } } }), 'invalid_dpop_proof', /typ/);
  });

  test('htm and htu mismatch', async () => {
    assertRefused(await lookup({ proofOptions: { claims: { htm: 'GET' } } }), 'invalid_dpop_proof', /htm/);
    assertRefused(await lookup({ proofOptions: { claims: { htu: `${server.issuer}${REST}/dodsfall` } } }),
      'invalid_dpop_proof', /htu/);
  });

  test('ath mismatch and missing ath', async () => {
    assertRefused(await lookup({ proofOptions: { claims: { ath: 'x'.repeat(43) } } }), 'invalid_dpop_proof', /ath/);
    assertRefused(await lookup({ proofOptions: { claims: { ath: undefined } } }), 'invalid_dpop_proof', /ath/);
  });

  test('proof key does not match cnf.jkt', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const response = await lookup({ proofOptions: { key: privateKey, jwk: await exportJWK(publicKey) } });
    assertRefused(response, 'invalid_token', /cnf\.jkt/);
  });

  test('replayed jti', async () => {
    const proof = await client.apiProof('POST', `${server.issuer}${REST}/personoppslag`, token);
    assert.equal((await lookup({ proof })).status, 200);
    assertRefused(await lookup({ proof }), 'invalid_dpop_proof', /jti/);
  });

  test('stale proof iat', async () => {
    const iat = Math.floor(Date.now() / 1000) - 120;
    assertRefused(await lookup({ proofOptions: { claims: { iat } } }), 'invalid_dpop_proof', /iat/);
  });

  test('expired access token (the API clock 11 minutes ahead)', async () => {
    await admin(server.issuer, 'api/settings', { clockOffsetSeconds: 660 });
    assertRefused(await lookup(), 'invalid_token', /token expired/);
  });

  test('security level 2 is refused; a user without HPR number gets 403', async () => {
    const low = await client.login({ extra: { test_security_level: '2' } });
    assertRefused(await lookup({ accessToken: low.token.body.access_token }), 'invalid_token', /security level/);
    const noHpr = await client.login({ extra: { test_pid: '07826694070' } });
    const refused = await lookup({ accessToken: noHpr.token.body.access_token });
    assertProblem(refused, 403, /HPR/);
  });

  test('FHIR refusals come as OperationOutcome', async () => {
    const response = await client.callApi('GET', `${FHIR}/Questionnaire/1`, { accessToken: token, authorization: `Bearer ${token}` });
    assertOutcome(response, 401, 'security', /DPoP/);
  });
});

describe('idempotency', () => {
  test('same key and body replays the original answer without a second record', async () => {
    const key = randomUUID();
    const body = restDeath();
    const first = await rest('/dodsfall', body, { idempotencyKey: key });
    assert.equal(first.status, 201);
    assert.equal(first.headers.get('idempotent-replayed'), null);
    const before = (await records()).counts.deaths;
    const replay = await rest('/dodsfall', body, { idempotencyKey: key });
    assert.equal(replay.status, 201);
    assert.equal(replay.text, first.text);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal((await records()).counts.deaths, before);
  });

  test('same key with another body is refused; keys are scoped per path', async () => {
    const key = randomUUID();
    assert.equal((await rest('/dodsfall', restDeath(), { idempotencyKey: key })).status, 201);
    assertProblem(await rest('/dodsfall', restDeath(), { idempotencyKey: key }), 422, /idempotency-key-reused/);
    const cause = await rest('/dodsarsaker', { dodsfallId: await restDeathId(), skjema: { navn: 'dodsaarsak_1', versjon: '1.0.0' },
      meldendeLege: REPORTER, svar: restSvar() }, { idempotencyKey: key });
    assert.equal(cause.status, 201, cause.text);
    assert.equal((await fhirPost('PractitionerRole', ROLE, { idempotencyKey: key })).status, 201);
  });

  test('POST without Idempotency-Key is refused', async () => {
    assertProblem(await rest('/dodsfall', restDeath(), { idempotencyKey: undefined }), 400, /idempotency-key-missing/);
    assertOutcome(await fhirPost('PractitionerRole', ROLE, { idempotencyKey: undefined }), 400, 'invalid', /idempotency-key-missing/);
  });

  test('concurrent attempts with one key commit once', async () => {
    const key = randomUUID();
    const body = restDeath();
    const before = (await records()).counts.deaths;
    const answers = await Promise.all([1, 2, 3].map(() => rest('/dodsfall', body, { idempotencyKey: key })));
    assert.deepEqual(answers.map((answer) => answer.status), [201, 201, 201]);
    assert.equal(new Set(answers.map((answer) => answer.text)).size, 1);
    assert.equal((await records()).counts.deaths, before + 1);
  });
});

describe('faults', () => {
  test('status: default 503, or the given status, with an error body and nothing committed', async () => {
    await fault({ fault: 'status' });
    const before = (await records()).counts.deaths;
    assertProblem(await rest('/dodsfall', restDeath()), 503, /sandbox-fault/);
    await fault({ fault: 'status', status: 500 });
    assertOutcome(await fhirPost('PractitionerRole', ROLE), 500, 'exception', /sandkassefeil/);
    assert.equal((await records()).counts.deaths, before);
    assert.equal((await rest('/dodsfall', restDeath())).status, 201, 'consumed after one request');
  });

  test('throttle: 429 with Retry-After', async () => {
    await fault({ fault: 'throttle', retryAfter: 7 });
    const response = await rest('/dodsfall', restDeath());
    assertProblem(response, 429, /throttled/);
    assert.equal(response.headers.get('retry-after'), '7');
  });

  test('delay: answers late and commits', async () => {
    await fault({ fault: 'delay', delayMs: 300 });
    const started = Date.now();
    const response = await rest('/dodsfall', restDeath());
    assert.equal(response.status, 201);
    assert.ok(Date.now() - started >= 290);
  });

  test('drop-before-commit: no answer, nothing committed; the retry commits', async () => {
    await fault({ fault: 'drop-before-commit' });
    const key = randomUUID();
    const body = restDeath();
    const before = (await records()).counts.deaths;
    await assert.rejects(rest('/dodsfall', body, { idempotencyKey: key }));
    assert.equal((await records()).counts.deaths, before);
    const retry = await rest('/dodsfall', body, { idempotencyKey: key });
    assert.equal(retry.status, 201);
    assert.equal(retry.headers.get('idempotent-replayed'), null);
    assert.equal((await records()).counts.deaths, before + 1);
  });

  test('drop-after-commit: committed without an answer; the retry gets the original answer', async () => {
    await fault({ fault: 'drop-after-commit', path: '/dodsfall' });
    const key = randomUUID();
    const body = restDeath();
    const before = await records();
    await assert.rejects(rest('/dodsfall', body, { idempotencyKey: key }));
    const afterDrop = await records();
    assert.equal(afterDrop.counts.deaths, before.counts.deaths + 1);
    const committed = afterDrop.deaths.at(-1);
    assert.equal(committed.idempotencyKey, key);
    const retry = await rest('/dodsfall', body, { idempotencyKey: key });
    assert.equal(retry.status, 201);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.equal(retry.body.dodsfallId, committed.id);
    assert.equal(retry.body.mottatt, committed.receivedAt);
    assert.equal((await records()).counts.deaths, before.counts.deaths + 1);
  });

  test('use_dpop_nonce: challenge with DPoP-Nonce, the nonce then stays required until cleared', async () => {
    await fault({ fault: 'use_dpop_nonce' });
    const url = `${server.issuer}${REST}/personoppslag`;
    const call = (nonce) => client.callApi('POST', `${REST}/personoppslag`, { accessToken: token,
      body: { identifikator: '17853842044' }, proofOptions: { claims: { nonce } } });
    const challenged = await call(undefined);
    assert.equal(challenged.status, 401);
    assert.match(challenged.headers.get('www-authenticate'), /^DPoP error="use_dpop_nonce"/);
    const nonce = challenged.headers.get('dpop-nonce');
    assert.ok(nonce);
    const passed = await call(nonce);
    assert.equal(passed.status, 200, passed.text);
    assert.equal(passed.headers.get('dpop-nonce'), nonce, 'every answer carries the nonce');
    assert.equal((await call(undefined)).status, 401, 'still required');
    assert.equal((await call('stale')).status, 401);
    assert.ok(url);
    await adminRequest('DELETE', 'api/faults');
    const cleared = await call(undefined);
    assert.equal(cleared.status, 200);
    assert.equal(cleared.headers.get('dpop-nonce'), null);
  });

  test('use_dpop_nonce with count 2: the nonce rotates on the second challenge', async () => {
    await fault({ fault: 'use_dpop_nonce', count: 2 });
    const call = (nonce) => client.callApi('POST', `${REST}/personoppslag`, { accessToken: token,
      body: { identifikator: '17853842044' }, proofOptions: { claims: { nonce } } });
    const first = await call(undefined);
    const second = await call(first.headers.get('dpop-nonce'));
    assert.equal(second.status, 401);
    assert.notEqual(second.headers.get('dpop-nonce'), first.headers.get('dpop-nonce'));
    assert.equal((await call(second.headers.get('dpop-nonce'))).status, 200);
  });

  test('expired-token: 401 invalid_token "token expired"', async () => {
    await fault({ fault: 'expired-token' });
    const response = await rest('/dodsfall', restDeath());
    assert.equal(response.status, 401);
    assert.match(response.headers.get('www-authenticate'), /error="invalid_token", error_description="token expired"/);
  });

  test('reject: 422 business rule', async () => {
    await fault({ fault: 'reject' });
    const response = await fhirPost('PractitionerRole', ROLE);
    assertOutcome(response, 422, 'business-rule', /avvist/);
    assert.equal(response.body.issue[0].details.coding[0].code, '0004');
  });

  test('path filter and count -1 until cleared', async () => {
    await fault({ fault: 'status', path: '/dodsarsaker', count: -1 });
    assert.equal((await rest('/dodsfall', restDeath())).status, 201);
    const cause = () => rest('/dodsarsaker', { dodsfallId: '1', skjema: { navn: 'dodsaarsak_1', versjon: '1' },
      meldendeLege: REPORTER, svar: restSvar() });
    assert.equal((await cause()).status, 503);
    assert.equal((await cause()).status, 503);
    await adminRequest('DELETE', 'api/faults');
    assert.equal((await cause()).status, 422);
  });

  test('admin refuses unknown faults', async () => {
    const result = await admin(server.issuer, 'api/faults', { fault: 'explode' });
    assert.equal(result.status, 400);
    assert.match(result.body.error, /fault must be one of/);
  });
});

describe('validation', () => {
  const rejected = async (body, pattern) => assertProblem(await rest('/dodsfall', body), 422, pattern);

  test('Del 1 identifiers: check digits, H-nummer, FH-nummer, D-nummer sent as FNR', async () => {
    await rejected(restDeath('17853842045'), /kontrollsiffer/);
    await rejected(restDeath('15458542152'), /H-nummer kan ikke brukes/);
    await rejected(restDeath('81234542133', { identifikator: { type: 'FNR', verdi: '81234542133' } }), /FH-nummer/);
    await rejected(restDeath('44879042132', { identifikator: { type: 'FNR', verdi: '44879042132' } }), /D-nummer/);
    await rejected(restDeath(syntheticNumber(), { identifikator: { type: 'HNR', verdi: '15458542152' } }), /H-nummer og FH-nummer/);
    await rejected(restDeath(syntheticNumber(), { identifikator: undefined }), /Identifikator for den døde mangler/);
  });

  test('Del 1 death time, physician contact, dead person, PUF fields', async () => {
    await rejected(restDeath(syntheticNumber(), { doedstidspunkt: '2999-01-01T10:00:00+01:00' }), /fremtiden/);
    await rejected(restDeath(syntheticNumber(), { doedstidspunkt: undefined }), /Dødstidspunkt mangler/);
    await rejected(restDeath(syntheticNumber(), { doedstidspunkt: '2026-02-30' }), /ikke en gyldig dato/);
    await rejected(restDeath(syntheticNumber(), { meldendeLege: { virksomhet: 'Sykehus' } }), /telefonnummer eller e-postadresse/);
    await rejected(restDeath(syntheticNumber(), { meldendeLege: { telefon: '12345678' } }), /Virksomheten/);
    await rejected(restDeath('20813042054'), /allerede registrert som død/);
    const puf = await rest('/dodsfall', { identifikator: { type: 'UID', verdi: 'X1' }, doedstidspunkt: '2026-10-02',
      personUtenFoedselsnummer: { etternavn: 'Utlending', foedselsdato: '2001-13-01', kjoenn: 'm', bostedsland: 'Danmark' },
      meldendeLege: REPORTER });
    assertProblem(puf, 422, /Fornavn mangler/);
    const felt = puf.body.feil.map((entry) => entry.felt);
    assert.deepEqual(felt, ['personUtenFoedselsnummer.fornavn', 'personUtenFoedselsnummer.foedselsdato',
      'personUtenFoedselsnummer.kjoenn', 'personUtenFoedselsnummer.bostedsland']);
    await rejected({ ...restDeath(), identifikator: { type: 'ABC', verdi: 'X1' }, personUtenFoedselsnummer: {
      fornavn: 'A', etternavn: 'B', foedselsdato: '2000-01-01', kjoenn: 'ukjent', bostedsland: 'SE' } }, /Ukjent identifikatortype/);
  });

  test('Del 2: unknown death, cause rule, codes, required items, unknown and disabled items', async () => {
    const deathId = await restDeathId();
    const cause = (svar, dodsfallId = deathId) => rest('/dodsarsaker', { dodsfallId,
      skjema: { navn: 'dodsaarsak_1', versjon: '1.0.0' }, meldendeLege: REPORTER, svar: restSvar(svar) });
    assertProblem(await cause(CAUSE_ANSWERS, '999999'), 422, /Fant ikke dødsfallet/);

    const noCause = await cause(CAUSE_ANSWERS.filter(([linkId]) => !linkId.startsWith('causeOfDeath')));
    assertProblem(noCause, 422, /Minst ett årsaksfelt skal være utfylt/);
    assert.ok(noCause.body.feil.some((entry) => entry.linkId === 'causeOfDeath_question_A_time' && entry.kode === 'required'));

    const badCode = await cause(CAUSE_ANSWERS.map(([linkId, value]) => [linkId, linkId === 'report_unnatural' ? ['1102', '7'] : value]));
    assertProblem(badCode, 422, /Ugyldig kode for/);
    assert.deepEqual(badCode.body.feil.map((entry) => entry.linkId), ['report_unnatural']);

    const missing = await cause(CAUSE_ANSWERS.filter(([linkId]) => linkId !== 'classification_death'));
    assertProblem(missing, 422, /må fylles ut/);
    assert.deepEqual(missing.body.feil.map((entry) => [entry.linkId, entry.kode]), [['classification_death', 'required']]);

    const injury = await cause(CAUSE_ANSWERS.map(([linkId, value]) => [linkId,
      linkId === 'additionalInfoAboutDamage_q1' ? ['1102', '1'] : value]));
    assert.deepEqual(injury.body.feil.map((entry) => entry.linkId), ['additionalInfoAboutDamage_timeOfDamage',
      'additionalInfoAboutDamage_description', 'additionalInfoAboutDamage_place', 'additionalInfoAboutDamage_activity']);

    assertProblem(await cause([...CAUSE_ANSWERS, ['made_up_item', 'x']]), 422, /Ukjent spørsmål «made_up_item»/);
    assertProblem(await cause([...CAUSE_ANSWERS, ['causeOfDeath_question_A_text', 'Hjerteinfarkt']]), 422,
      /skal ikke besvares/);
    assertProblem(await cause(CAUSE_ANSWERS.map(([linkId, value]) => [linkId, linkId === 'timeOfDeath' ? '25:00' : value])),
      422, /klokkeslett/);
    assertProblem(await cause(CAUSE_ANSWERS.map(([linkId, value]) => [linkId,
      linkId === 'causeOfDeath_question_A_code' ? ['7110', 'I21.9'] : value])), 422, /Ugyldig ICD-10-kode/);
    const wrongForm = await rest('/dodsarsaker', { dodsfallId: deathId, skjema: { navn: 'annet', versjon: '1' },
      meldendeLege: REPORTER, svar: restSvar() });
    assertProblem(wrongForm, 422, /dodsaarsak_1/);
  });

  test('FHIR rejections are OperationOutcomes with NHN\'s issue code and an expression', async () => {
    const role = await roleId();
    const unknownRole = await fhirPost('Patient', fhirPatient(syntheticNumber(), '424242'));
    assertOutcome(unknownRole, 422, 'business-rule', /Ukjent PractitionerRole/);
    const invalid = await fhirPost('Patient', fhirPatient('17853842045', role));
    assertOutcome(invalid, 422, 'value', /kontrollsiffer/);
    assert.deepEqual(invalid.body.issue[0].details.coding[0],
      { system: 'https://github.com/HL7Norway/ElektroniskDodsmelding', code: '0004' });
    assert.deepEqual(invalid.body.issue[0].expression, ['Patient.identifier']);
    const fh = await fhirPost('Patient', { ...fhirPatient(syntheticNumber(), role),
      identifier: [{ use: 'usual', system: 'urn:oid:2.16.578.1.12.4.1.4.3', value: '81234542133' }] });
    assertOutcome(fh, 422, 'business-rule', /FH-nummer/);
    const noTelecom = await fhirPost('PractitionerRole', { ...ROLE, telecom: [] });
    assertOutcome(noTelecom, 422, 'required', /telefonnummer eller e-postadresse/);
    const qr = await fhirPost('QuestionnaireResponse', { resourceType: 'QuestionnaireResponse', questionnaire: 'Questionnaire/1',
      status: 'completed', subject: { reference: 'Patient/999999' }, author: { reference: `PractitionerRole/${role}` },
      item: fhirItems(CAUSE_ANSWERS.map(([linkId, value]) => [linkId, linkId === 'placeOfDeath' ? ['99003', '77'] : value])) });
    assertOutcome(qr, 422, 'value', /Ugyldig kode for/);
    assert.ok(qr.body.issue.some((entry) => entry.expression?.[0] === 'placeOfDeath'));
    assert.ok(qr.body.issue.some((entry) => /Fant ikke dødsfallet/.test(entry.diagnostics)));
    assertOutcome(await fhirPost('Patient', { resourceType: 'Observation' }), 400, 'invalid', /Patient/);
    assertOutcome(await fhirPost('Patient', '{not json', {}), 400, 'invalid', /JSON/);
  });
});

describe('Folkeregisteret XSD (xmllint)', () => {
  test('Del 1 and void that fit the XSD are accepted; ones that break it get xmllint\'s message', async (t) => {
    if (!settings.xsdAvailable) {
      t.skip('reference folder (MELDEKLIENT_REFERENCE_DIR with folkeregisteret/*.xsd) or xmllint absent');
      return;
    }
    const number = syntheticNumber();
    assert.equal((await rest('/dodsfall', restDeath(number))).status, 201);
    const longPhone = { ...REPORTER, telefon: '+47 1234 5678 9012 3456 78' };
    const phone = await rest('/dodsfall', restDeath(syntheticNumber(), { meldendeLege: longPhone }));
    assertProblem(phone, 422, /MeldingOmDoedsfall_v1\.2\.xsd.*telefonnummer.*maxLength/);
    const longName = { ...REPORTER, virksomhet: 'S'.repeat(201) };
    const voided = await rest('/dodsfall/annullering', { identifikator: { type: 'FNR', verdi: number },
      meldendeLege: longName, begrunnelse: 'Feil' });
    assertProblem(voided, 422, /MeldingOmAnnulleringAvDoedsfall_v1\.2\.xsd.*virksomhet/);
    const role = await roleId();
    const fhirPhone = await fhirPost('PractitionerRole', { ...ROLE, telecom: [{ system: 'phone', value: longPhone.telefon }] });
    assert.equal(fhirPhone.status, 201, 'the contact details alone are not checked against the XSD');
    const fhirDeath = await fhirPost('Patient', fhirPatient(syntheticNumber(), fhirPhone.body.id));
    assertOutcome(fhirDeath, 422, 'business-rule', /telefonnummer/);
    assert.ok(role);

    await admin(server.issuer, 'api/settings', { xsdValidation: false });
    assert.equal((await rest('/dodsfall', restDeath(syntheticNumber(), { meldendeLege: longPhone }))).status, 201,
      'accepted with xsdValidation off');
  });
});

describe('admin', () => {
  test('settings and reset', async () => {
    const bad = await admin(server.issuer, 'api/settings', { xsdValidation: 'yes' });
    assert.equal(bad.status, 400);
    assert.ok((await records()).counts.deaths > 0);
    const reset = await admin(server.issuer, 'api/reset', {});
    assert.equal(reset.status, 200);
    assert.deepEqual((await records()).counts, { deaths: 0, causes: 0, voids: 0, practitionerRoles: 0 });
  });
});

describe('logging', () => {
  test('the verbose log names method, path and status, never numbers, names or tokens', async () => {
    const verbose = await startServer({ quiet: false });
    try {
      const other = await TestClient.create(verbose.issuer);
      assert.equal((await other.register()).status, 201);
      const accessToken = (await other.login()).token.body.access_token;
      const lookup = await other.callApi('GET', `${FHIR}/Patient?identifier=${FNR_SYSTEM}|17853842044`, { accessToken });
      assert.equal(lookup.status, 200);
      const death = await other.callApi('POST', `${REST}/dodsfall`, { accessToken, idempotencyKey: randomUUID(),
        body: restDeath('09836242030', { meldendeLege: { ...REPORTER, telefon: 'x'.repeat(30) } }) });
      assert.equal(death.status, settings.xsdAvailable ? 422 : 201);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const log = verbose.stderr();
      assert.match(log, /api: GET \/dodsmelding\/fhir\/Patient 200/);
      assert.match(log, /api: POST \/dodsmelding\/api\/dodsfall (422|201)/);
      for (const secret of ['17853842044', '09836242030', 'Prøveland', 'Sandkasse sykehus', accessToken.slice(-20)]) {
        assert.ok(!log.includes(secret), `the log must not contain ${secret}`);
      }
    } finally {
      await verbose.stop();
    }
  });
});

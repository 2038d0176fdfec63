// The code-list routes: Accept handling of Klass, both koder shapes, and every fault switch.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { admin, startServer } from './client.js';

let server;
before(async () => { server = await startServer(); });
afterEach(async () => { await admin(server.issuer, 'codes/faults', { kote: null, klass: null, koder: null, koderShape: 'fhir' }); });
after(async () => { await server.stop(); });

const get = (path, headers = {}) => fetch(`${server.issuer}${path}`, { headers });
const KOTE = '/kote/api/code-systems/ICD10/download/JSON';
const KLASS = '/klass/v1/classifications/131/';

describe('code lists', () => {
  test('KoTe JSON rows and the workbook', async () => {
    const rows = await (await get(KOTE)).json();
    assert.ok(rows.some((r) => r.Kode === 'I21.0a'));
    assert.ok(rows.every((r) => r.Tekst_uten_lengdebegrensning.endsWith('(fiktiv)')));
    const xlsx = Buffer.from(await (await get('/kote/ICD-10-kodeliste.xlsx')).arrayBuffer());
    assert.equal(xlsx.subarray(0, 2).toString(), 'PK');
  });

  test('Klass honours Accept', async () => {
    assert.equal((await get(`${KLASS}codes?from=1977-01-01`)).status, 406);
    const json = await (await get(`${KLASS}codes?from=1977-01-01`, { Accept: 'application/json' })).json();
    assert.equal(json.codes.length, 17);
    const latin1 = await get(`${KLASS}codes?from=1977-01-01`, { Accept: 'text/csv' });
    assert.match(latin1.headers.get('content-type'), /ISO-8859-1/);
    const bytes = Buffer.from(await latin1.arrayBuffer());
    assert.ok(bytes.includes(Buffer.from('\xc5lesund', 'latin1')));
    const utf8 = await get(`${KLASS}codes?from=1977-01-01`, { Accept: 'text/csv; charset=UTF-8' });
    assert.ok((await utf8.text()).includes('Ålesund'));
    const at2019 = await (await get(`${KLASS}codesAt?date=2019-06-01`, { Accept: 'application/json' })).json();
    assert.ok(at2019.codes.some((c) => c.code === '0101'));
    assert.ok(!at2019.codes.some((c) => c.code === '3101'));
    const changes = await (await get(`${KLASS}changes?from=2024-01-01`, { Accept: 'application/json' })).json();
    assert.equal(changes.codeChanges.length, 5);
  });

  test('koder in both shapes', async () => {
    const fhir = await (await get('/api/koder?oid=7110')).json();
    assert.equal(fhir.resourceType, 'ValueSet');
    await admin(server.issuer, 'codes/faults', { koderShape: 'list' });
    const list = await (await get('/api/koder?oid=7110')).json();
    assert.ok(Array.isArray(list));
  });

  test('faults', async () => {
    const full = await (await get(KOTE)).text();
    await admin(server.issuer, 'codes/faults', { kote: 'truncated' });
    const truncated = await (await get(KOTE)).text();
    assert.ok(truncated.length < full.length);
    assert.throws(() => JSON.parse(truncated));
    await admin(server.issuer, 'codes/faults', { kote: 'empty' });
    assert.deepEqual(await (await get(KOTE)).json(), []);
    await admin(server.issuer, 'codes/faults', { kote: '500' });
    assert.equal((await get(KOTE)).status, 500);
    await admin(server.issuer, 'codes/faults', { kote: 'changed' });
    const changed = await (await get(KOTE)).json();
    assert.ok(changed.some((r) => r.Kode === 'U99.9'));
    const refused = await admin(server.issuer, 'codes/faults', { kote: 'nonsense' });
    assert.equal(refused.status, 400);
  });
});

// Every fault switch of the admin API, and the admin API's own checks.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { TestClient, admin, startServer } from './client.js';

let server;
let client;
before(async () => {
  server = await startServer();
  client = await TestClient.create(server.issuer);
  assert.equal((await client.register()).status, 201);
});
afterEach(async () => { await admin(server.issuer, 'reset', {}); });
after(async () => { await server.stop(); });

async function setFaults(faults) {
  const result = await admin(server.issuer, 'faults', faults);
  assert.equal(result.status, 200, JSON.stringify(result.body));
  return result.body;
}

async function fetchJwks() {
  return (await fetch(client.discovery.jwks_uri)).json();
}

describe('callback faults', () => {
  test('wrong_iss', async () => {
    await setFaults({ callback: 'wrong_iss' });
    const request = client.newRequest();
    const { callback } = await client.authorize(request);
    assert.equal(callback.searchParams.get('iss'), 'http://127.0.0.1:1/not-the-issuer');
    assert.equal(callback.searchParams.get('state'), request.state);
  });

  test('missing_iss', async () => {
    await setFaults({ callback: 'missing_iss' });
    const { callback } = await client.authorize(client.newRequest());
    assert.equal(callback.searchParams.has('iss'), false);
    assert.ok(callback.searchParams.get('code'));
  });

  test('wrong_state', async () => {
    await setFaults({ callback: 'wrong_state' });
    const request = client.newRequest();
    const { callback } = await client.authorize(request);
    assert.equal(callback.searchParams.get('state'), 'not-the-state-you-sent');
    assert.equal(callback.searchParams.get('iss'), server.issuer);
  });

  test('reset restores a correct callback', async () => {
    await setFaults({ callback: 'wrong_state' });
    await admin(server.issuer, 'reset', {});
    const request = client.newRequest();
    const { callback } = await client.authorize(request);
    assert.equal(callback.searchParams.get('state'), request.state);
  });
});

describe('id_token faults', () => {
  const verify = async (idToken, keys) => jwtVerify(idToken, keys ?? createRemoteJWKSet(new URL(client.discovery.jwks_uri)),
    { issuer: server.issuer, audience: client.clientId, algorithms: ['RS256'] });

  test('without a fault the id_token verifies', async () => {
    const { token, request } = await client.login();
    const { payload } = await verify(token.body.id_token);
    assert.equal(payload.nonce, request.nonce);
  });

  test('wrong_aud is validly signed with another audience', async () => {
    await setFaults({ id_token: 'wrong_aud' });
    const { token } = await client.login();
    await assert.rejects(verify(token.body.id_token), { code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', claim: 'aud' });
    const { payload } = await jwtVerify(token.body.id_token, createRemoteJWKSet(new URL(client.discovery.jwks_uri)));
    assert.equal(payload.aud, 'some-other-client');
  });

  test('wrong_iss', async () => {
    await setFaults({ id_token: 'wrong_iss' });
    const { token } = await client.login();
    await assert.rejects(verify(token.body.id_token), { code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', claim: 'iss' });
  });

  test('wrong_nonce is validly signed with another nonce', async () => {
    await setFaults({ id_token: 'wrong_nonce' });
    const { token, request } = await client.login();
    const { payload } = await verify(token.body.id_token);
    assert.notEqual(payload.nonce, request.nonce);
  });

  test('expired', async () => {
    await setFaults({ id_token: 'expired' });
    const { token } = await client.login();
    await assert.rejects(verify(token.body.id_token), { code: 'ERR_JWT_EXPIRED' });
  });

  test('alg_none', async () => {
    await setFaults({ id_token: 'alg_none' });
    const { token } = await client.login();
    assert.equal(decodeProtectedHeader(token.body.id_token).alg, 'none');
    assert.ok(token.body.id_token.endsWith('.'));
    await assert.rejects(verify(token.body.id_token));
  });

  test('bad_signature', async () => {
    await setFaults({ id_token: 'bad_signature' });
    const { token } = await client.login();
    await assert.rejects(verify(token.body.id_token), { code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
  });

  test('unknown_kid is signed by a key that the JWKS never lists', async () => {
    await setFaults({ id_token: 'unknown_kid' });
    const { token } = await client.login();
    const { kid } = decodeProtectedHeader(token.body.id_token);
    const jwks = await fetchJwks();
    assert.equal(jwks.keys.some((key) => key.kid === kid), false);
    await assert.rejects(verify(token.body.id_token, createLocalJWKSet(jwks)), { code: 'ERR_JWKS_NO_MATCHING_KEY' });
  });

  test('rotated_key: a cached JWKS misses the kid, a refetched one has it', async () => {
    const cached = await fetchJwks();
    await setFaults({ id_token: 'rotated_key' });
    const { token } = await client.login();
    const { kid } = decodeProtectedHeader(token.body.id_token);
    await assert.rejects(verify(token.body.id_token, createLocalJWKSet(cached)), { code: 'ERR_JWKS_NO_MATCHING_KEY' });
    const refetched = await fetchJwks();
    assert.equal(refetched.keys.length, cached.keys.length + 1);
    assert.ok(refetched.keys.some((key) => key.kid === kid));
    await verify(token.body.id_token, createLocalJWKSet(refetched));
  });

  test('faults leave the access token alone', async () => {
    await setFaults({ id_token: 'bad_signature' });
    const { token } = await client.login();
    await jwtVerify(token.body.access_token, createRemoteJWKSet(new URL(client.discovery.jwks_uri)),
      { audience: 'nhn:dodsmelding' });
  });
});

describe('revoke refresh tokens of an account', () => {
  test('the account\'s refresh tokens then fail with invalid_grant; others keep working', async () => {
    const first = await client.login();
    const other = await client.login({ extra: { test_pid: '21925544083' } });
    const revoked = await admin(server.issuer, 'revoke-refresh-tokens', { pid: '14927604036' });
    assert.equal(revoked.status, 200);
    assert.ok(revoked.body.revoked >= 1);
    const refreshed = await client.refresh(first.token.body.refresh_token);
    assert.equal(refreshed.status, 400);
    assert.equal(refreshed.body.error, 'invalid_grant');
    const unaffected = await client.refresh(other.token.body.refresh_token);
    assert.equal(unaffected.status, 200, JSON.stringify(unaffected.body));
  });
});

describe('admin API', () => {
  test('status lists accounts, one without an HPR number', async () => {
    const { status, body } = await admin(server.issuer, 'status');
    assert.equal(status, 200);
    assert.equal(body.issuer, server.issuer);
    assert.equal(body.accounts.length, 3);
    assert.equal(body.accounts.filter((account) => account.hpr_number === null).length, 1);
    assert.ok(body.clients.includes(client.clientId));
  });

  test('replacing a client with a new key invalidates the old key', async () => {
    const first = await TestClient.create(server.issuer);
    assert.equal((await first.register()).status, 201);
    const second = await TestClient.create(server.issuer, { clientId: first.clientId });
    const replaced = await second.register();
    assert.equal(replaced.status, 200);
    assert.equal(replaced.body.replaced, true);
    assert.equal((await first.par(first.newRequest())).body.error, 'invalid_client');
    assert.equal((await second.par(second.newRequest())).status, 201);
  });

  test('registration refuses private keys, bad ids and bad redirect URIs', async () => {
    const bad = [
      { client_id: 'x', jwks: { keys: [{ ...client.publicJwk, d: 'secret' }] } },
      { client_id: 'with space', jwks: { keys: [client.publicJwk] } },
      { client_id: 'x', jwks: { keys: [] } },
      { client_id: 'x', jwks: { keys: [{ kty: 'oct', k: 'AAAA' }] } },
      { client_id: 'x', jwks: { keys: [client.publicJwk] }, redirect_uris: 'http://127.0.0.1/callback' },
      { client_id: 'x', jwks: { keys: [client.publicJwk] }, redirect_uris: ['not a url'] },
    ];
    for (const body of bad) {
      const result = await admin(server.issuer, 'clients', body);
      assert.equal(result.status, 400, JSON.stringify(body));
      assert.equal(typeof result.body.error, 'string');
    }
  });

  test('unknown faults, unknown routes, non-JSON and browser origins are refused', async () => {
    assert.equal((await admin(server.issuer, 'faults', { callback: 'nonsense' })).status, 400);
    assert.equal((await admin(server.issuer, 'faults', { token: 'wrong_aud' })).status, 400);
    assert.equal((await admin(server.issuer, 'nothing-here', {})).status, 404);
    assert.equal((await admin(server.issuer, 'login', { pid: '01010112345' })).status, 400);
    assert.equal((await admin(server.issuer, 'login', { security_level: '5' })).status, 400);
    const form = await fetch(`${server.issuer}/_sandbox/reset`, { method: 'POST', body: 'a=b',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    assert.equal(form.status, 415);
    const cross = await fetch(`${server.issuer}/_sandbox/reset`, { method: 'POST', body: '{}',
      headers: { 'Content-Type': 'application/json', Origin: 'http://evil.example' } });
    assert.equal(cross.status, 403);
  });

  test('faults report what is in force and null clears one kind', async () => {
    assert.deepEqual(await setFaults({ callback: 'wrong_iss', id_token: 'expired' }),
      { callback: 'wrong_iss', id_token: 'expired', jwks_delay_ms: null });
    assert.deepEqual(await setFaults({ callback: null }), { callback: null, id_token: 'expired', jwks_delay_ms: null });
    assert.deepEqual(await setFaults({ jwks_delay_ms: 20 }), { callback: null, id_token: 'expired', jwks_delay_ms: 20 });
    assert.deepEqual(await setFaults({ jwks_delay_ms: null }),
      { callback: null, id_token: 'expired', jwks_delay_ms: null });
  });
});

// Full HelseID-style client flow against the sandbox, and the provider's refusals.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { TestClient, admin, startServer } from './client.js';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

async function registeredClient(options) {
  const client = await TestClient.create(server.issuer, options);
  const registration = await client.register();
  assert.equal(registration.status, 201);
  return client;
}

describe('startup', () => {
  test('ready file names the issuer, port and pid; discovery matches', async () => {
    assert.equal(server.issuer, `http://127.0.0.1:${server.port}`);
    assert.equal(server.pid, server.child.pid);
    const discovery = await (await fetch(`${server.issuer}/.well-known/openid-configuration`)).json();
    assert.equal(discovery.issuer, server.issuer);
    assert.equal(discovery.require_pushed_authorization_requests, true);
    assert.deepEqual(discovery.code_challenge_methods_supported, ['S256']);
    assert.deepEqual(discovery.token_endpoint_auth_methods_supported, ['private_key_jwt']);
    assert.deepEqual(discovery.id_token_signing_alg_values_supported, ['RS256']);
    assert.equal(discovery.authorization_response_iss_parameter_supported, true);
    assert.ok(discovery.dpop_signing_alg_values_supported.includes('ES256'));
    assert.equal(discovery.token_endpoint, `${server.issuer}/connect/token`);
  });
});

describe('complete flow', () => {
  test('PAR, browser, callback, DPoP token, id_token, refresh rotation, revoke', async () => {
    const client = await registeredClient();
    const request = client.newRequest({ port: 40999 });
    const result = await client.authorize(request);
    assert.equal(result.par.status, 201);
    assert.match(result.par.body.request_uri, /^urn:ietf:params:oauth:request_uri:/);
    assert.equal(result.par.body.expires_in, 60);
    const { callback } = result;
    assert.ok(callback, 'reached the callback');
    assert.equal(callback.origin, 'http://127.0.0.1:40999');
    assert.equal(callback.pathname, '/callback');
    assert.equal(callback.searchParams.get('state'), request.state);
    assert.equal(callback.searchParams.get('iss'), server.issuer);
    assert.equal(result.hops, 3, 'authorize -> interaction -> resume -> callback');

    const token = await client.redeem(request, callback.searchParams.get('code'));
    assert.equal(token.nonceRetried, true, 'first token call must be answered with use_dpop_nonce');
    assert.equal(token.status, 200, JSON.stringify(token.body));
    assert.equal(token.body.token_type, 'DPoP');
    assert.equal(token.body.expires_in, 600);
    assert.ok(token.body.refresh_token);
    assert.ok(token.body.rt_expires_in > 7 * 3600 && token.body.rt_expires_in <= 8 * 3600, 'rt_expires_in');

    const jwks = createRemoteJWKSet(new URL(client.discovery.jwks_uri));
    const { payload: id, protectedHeader } = await jwtVerify(token.body.id_token, jwks, {
      issuer: server.issuer, audience: client.clientId, algorithms: ['RS256'],
    });
    assert.equal(protectedHeader.alg, 'RS256');
    assert.equal(id.nonce, request.nonce);
    assert.equal(id.exp - id.iat, 300);
    assert.equal(id.acr, 'idporten-loa-high');
    assert.deepEqual(id.amr, ['BankID']);
    assert.equal(id.idp, 'testidp-oidc');
    assert.equal(id['helseid://claims/identity/security_level'], '4');
    assert.equal(id['helseid://claims/identity/assurance_level'], 'high');
    assert.equal(id['helseid://claims/identity/pid'], '14927604036');
    assert.equal(id['helseid://claims/hpr/hpr_number'], '565505933');
    assert.equal(id.given_name, 'Vilde Testlege');
    assert.equal(id.family_name, 'Sandkasse');
    assert.notEqual(id.sub, id['helseid://claims/identity/pid']);

    const { payload: at, protectedHeader: atHeader } = await jwtVerify(token.body.access_token, jwks, {
      issuer: server.issuer, audience: 'nhn:dodsmelding', typ: 'at+jwt',
    });
    assert.equal(atHeader.typ, 'at+jwt');
    assert.equal(at.cnf.jkt, await client.dpopThumbprint());
    assert.equal(at.scope, 'nhn:dodsmelding/api');
    assert.equal(at.client_amr, 'private_key_jwt');
    assert.equal(at.exp - at.iat, 600);

    const refreshed = await client.refresh(token.body.refresh_token);
    assert.equal(refreshed.status, 200, JSON.stringify(refreshed.body));
    assert.ok(refreshed.body.refresh_token);
    assert.notEqual(refreshed.body.refresh_token, token.body.refresh_token, 'refresh token rotates');
    assert.equal(typeof refreshed.body.rt_expires_in, 'number');
    const reused = await client.refresh(token.body.refresh_token);
    assert.equal(reused.status, 400);
    assert.equal(reused.body.error, 'invalid_grant');

    const revoked = await client.revoke(refreshed.body.refresh_token);
    assert.equal(revoked.status, 200);
    const afterRevoke = await client.refresh(refreshed.body.refresh_token);
    assert.equal(afterRevoke.body.error, 'invalid_grant');
  });

  test('no refresh token without offline_access', async () => {
    const client = await registeredClient();
    const { token } = await client.login({ scope: 'openid profile nhn:dodsmelding/api' });
    assert.equal(token.status, 200);
    assert.equal(token.body.refresh_token, undefined);
  });

  test('refresh with another resource gives a token for that audience', async () => {
    const client = await registeredClient();
    const request = client.newRequest({ scope: 'openid offline_access nhn:dodsmelding/api nhn:fodselsmelding/api' });
    request.params.resource = undefined;
    const par = await client.postForm(client.discovery.pushed_authorization_request_endpoint, async () => {
      const body = new URLSearchParams({
        client_id: client.clientId,
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: await client.assertion(),
        response_type: 'code', scope: request.params.scope, redirect_uri: request.redirectUri,
        code_challenge: request.params.challenge, code_challenge_method: 'S256', state: request.state,
        nonce: request.nonce,
      });
      body.append('resource', 'nhn:dodsmelding');
      body.append('resource', 'nhn:fodselsmelding');
      return body;
    });
    assert.equal(par.status, 201, JSON.stringify(par.body));
    const browsed = await client.browse(`${client.discovery.authorization_endpoint}?client_id=${client.clientId}`
      + `&request_uri=${encodeURIComponent(par.body.request_uri)}`, request.redirectUri);
    const token = await client.redeem(request, browsed.callback.searchParams.get('code'), { resource: 'nhn:dodsmelding' });
    assert.equal(token.status, 200, JSON.stringify(token.body));
    assert.equal(decodeJwt(token.body.access_token).aud, 'nhn:dodsmelding');
    const other = await client.refresh(token.body.refresh_token, { resource: 'nhn:fodselsmelding' });
    assert.equal(other.status, 200, JSON.stringify(other.body));
    assert.equal(decodeJwt(other.body.access_token).aud, 'nhn:fodselsmelding');
  });

  test('RS256 and PS256 client keys are accepted', async () => {
    for (const alg of ['RS256', 'PS256']) {
      const client = await registeredClient({ alg });
      const { token } = await client.login();
      assert.equal(token.status, 200, `${alg}: ${JSON.stringify(token.body)}`);
    }
  });

  test('test_pid and test_security_level choose the person and level', async () => {
    const client = await registeredClient();
    const { token } = await client.login({ extra: { test_pid: '07826694070', test_security_level: '2' } });
    const id = decodeJwt(token.body.id_token);
    assert.equal(id['helseid://claims/identity/security_level'], '2');
    assert.equal(id['helseid://claims/identity/assurance_level'], 'low');
    assert.equal(id['helseid://claims/identity/pid'], '07826694070');
    assert.equal(id['helseid://claims/hpr/hpr_number'], undefined, 'person without HPR number');
    const refreshed = await client.refresh(token.body.refresh_token);
    assert.equal(decodeJwt(refreshed.body.id_token)['helseid://claims/identity/security_level'], '2',
      'the level survives a refresh');
  });

  test('admin login default applies when the PAR has no test parameters', async () => {
    const client = await registeredClient();
    const set = await admin(server.issuer, 'login', { pid: '21925544083', security_level: '3' });
    assert.equal(set.status, 200);
    try {
      const { token } = await client.login();
      const id = decodeJwt(token.body.id_token);
      assert.equal(id['helseid://claims/identity/pid'], '21925544083');
      assert.equal(id['helseid://claims/identity/security_level'], '3');
      assert.equal(id.acr, 'idporten-loa-substantial');
    } finally {
      await admin(server.issuer, 'reset', {});
    }
  });

  test('HelseID acr_values for the test IdP are accepted', async () => {
    const client = await registeredClient();
    const { token } = await client.login({ extra: { acr_values: 'idp:testidp-oidc Level4' } });
    assert.equal(token.status, 200, JSON.stringify(token.body));
  });

  test('unknown test_pid ends in access_denied at the callback', async () => {
    const client = await registeredClient();
    const request = client.newRequest({ extra: { test_pid: '01010112345' } });
    const { callback } = await client.authorize(request);
    assert.equal(callback.searchParams.get('error'), 'access_denied');
    assert.equal(callback.searchParams.get('state'), request.state);
  });

  test('end session redirects to post_logout_redirect_uri without a page', async () => {
    const client = await registeredClient();
    const { token } = await client.login();
    const url = new URL(client.discovery.end_session_endpoint);
    url.searchParams.set('id_token_hint', token.body.id_token);
    url.searchParams.set('post_logout_redirect_uri', 'http://127.0.0.1:40998/logout');
    url.searchParams.set('state', 'bye');
    const result = await client.browse(url.href, 'http://127.0.0.1:40998/logout');
    assert.ok(result.callback, JSON.stringify(result));
    assert.equal(result.callback.searchParams.get('state'), 'bye');
  });
});

describe('refusals', () => {
  test('authorize without PAR is refused', async () => {
    const client = await registeredClient();
    const request = client.newRequest();
    const url = new URL(client.discovery.authorization_endpoint);
    for (const [key, value] of Object.entries({ client_id: client.clientId, response_type: 'code',
      scope: 'openid', redirect_uri: request.redirectUri, code_challenge: request.params.challenge,
      code_challenge_method: 'S256', state: request.state })) {
      url.searchParams.set(key, value);
    }
    const result = await client.browse(url.href, request.redirectUri);
    const error = result.callback?.searchParams.get('error') ?? JSON.parse(result.body).error;
    assert.equal(error, 'invalid_request');
  });

  test('PKCE plain is refused', async () => {
    const client = await registeredClient();
    const par = await client.par(client.newRequest({ method: 'plain' }));
    assert.equal(par.status, 400);
    assert.equal(par.body.error, 'invalid_request');
  });

  test('PAR without PKCE is refused', async () => {
    const client = await registeredClient();
    const request = client.newRequest();
    request.params.extra = { code_challenge: '', code_challenge_method: '' };
    const par = await client.par(request);
    assert.equal(par.status, 400);
  });

  test('client assertion with aud as an array is refused', async () => {
    const client = await registeredClient();
    const assertion = await client.assertion({ aud: [server.issuer] });
    const par = await client.par(client.newRequest(), { assertion });
    assert.equal(par.status, 401);
    assert.equal(par.body.error, 'invalid_client');
  });

  test('replayed assertion jti is refused', async () => {
    const client = await registeredClient();
    const assertion = await client.assertion();
    assert.equal((await client.par(client.newRequest(), { assertion })).status, 201);
    const replay = await client.par(client.newRequest(), { assertion });
    assert.equal(replay.status, 401);
    assert.equal(replay.body.error, 'invalid_client');
  });

  test('unregistered client and unknown key are refused', async () => {
    const stranger = await TestClient.create(server.issuer);
    assert.equal((await stranger.par(stranger.newRequest())).body.error, 'invalid_client');
    const client = await registeredClient();
    const impostor = await TestClient.create(server.issuer, { clientId: client.clientId });
    assert.equal((await impostor.par(impostor.newRequest())).body.error, 'invalid_client');
  });

  test('redirect URI other than 127.0.0.1/callback is refused', async () => {
    const client = await registeredClient();
    const request = client.newRequest();
    request.redirectUri = 'http://127.0.0.1:40999/elsewhere';
    const par = await client.par(request);
    assert.equal(par.status, 400);
  });

  test('token request without DPoP is refused', async () => {
    const client = await registeredClient();
    const request = client.newRequest();
    const { callback } = await client.authorize(request);
    const token = await client.postForm(client.discovery.token_endpoint, async () => ({
      grant_type: 'authorization_code', code: callback.searchParams.get('code'),
      redirect_uri: request.redirectUri, code_verifier: request.verifier, client_id: client.clientId,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: await client.assertion(),
    }));
    assert.equal(token.status, 400);
    assert.equal(token.body.error, 'invalid_grant');
  });

  test('replayed DPoP proof and a proof for another URL are refused', async () => {
    const client = await registeredClient();
    const tokenUrl = client.discovery.token_endpoint;
    await client.redeem(client.newRequest(), 'not-a-code'); // learns the DPoP nonce
    const redeemWith = async (proof) => {
      const request = client.newRequest();
      const { callback } = await client.authorize(request);
      const response = await fetch(tokenUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', DPoP: proof },
        body: new URLSearchParams({
          grant_type: 'authorization_code', code: callback.searchParams.get('code'),
          redirect_uri: request.redirectUri, code_verifier: request.verifier, client_id: client.clientId,
          client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
          client_assertion: await client.assertion(),
        }),
      });
      return { status: response.status, body: await response.json() };
    };
    const elsewhere = await redeemWith(await client.dpopProof('POST', `${server.issuer}/connect/elsewhere`));
    assert.equal(elsewhere.status, 400);
    assert.equal(elsewhere.body.error, 'invalid_dpop_proof');
    const proof = await client.dpopProof('POST', tokenUrl);
    assert.equal((await redeemWith(proof)).status, 200);
    // Only the proof is reused (the code is fresh); oidc-provider reports a replay as invalid_grant.
    const replay = await redeemWith(proof);
    assert.equal(replay.status, 400);
    assert.equal(replay.body.error, 'invalid_grant');
    assert.equal((await redeemWith(await client.dpopProof('POST', tokenUrl))).status, 200);
  });

  test('wrong code_verifier is refused', async () => {
    const client = await registeredClient();
    const request = client.newRequest();
    const { callback } = await client.authorize(request);
    request.verifier = 'x'.repeat(43);
    const token = await client.redeem(request, callback.searchParams.get('code'));
    assert.equal(token.body.error, 'invalid_grant');
  });

  test('invalid test_security_level is refused at PAR', async () => {
    const client = await registeredClient();
    const par = await client.par(client.newRequest({ extra: { test_security_level: '5' } }));
    assert.equal(par.status, 400);
    assert.equal(par.body.error, 'invalid_request');
  });
});

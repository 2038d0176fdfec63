// A minimal HelseID-style client for the sandbox self-tests: private_key_jwt, PAR, PKCE S256, DPoP with
// nonce retry, and a "browser" that follows redirects with a cookie jar.
import { spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';

const here = dirname(fileURLToPath(import.meta.url));

export async function startServer({ quiet = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-test-'));
  const readyFile = join(dir, 'ready.json');
  const child = spawn(process.execPath, [join(here, '..', 'server.js'), '--port', '0', '--ready-file', readyFile,
    ...(quiet ? ['--quiet'] : []), '--max-lifetime', '300'], { stdio: ['pipe', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const deadline = Date.now() + 15000;
  for (;;) {
    try {
      const ready = JSON.parse(readFileSync(readyFile, 'utf8'));
      return {
        ...ready,
        child,
        stderr: () => stderr,
        stop: async () => {
          child.stdin.end();
          child.kill('SIGTERM');
          await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
          rmSync(dir, { recursive: true, force: true });
        },
      };
    } catch {
      if (child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`sandbox did not start: ${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export async function admin(issuer, path, body) {
  const response = await fetch(`${issuer}/_sandbox/${path}`, body === undefined ? {} : {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const b64url = (buffer) => Buffer.from(buffer).toString('base64url');

export class TestClient {
  static async create(issuer, { alg = 'ES256', clientId = `test-${randomUUID()}` } = {}) {
    const client = new TestClient();
    client.issuer = issuer;
    client.clientId = clientId;
    client.alg = alg;
    const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
    client.privateKey = privateKey;
    client.publicJwk = { ...(await exportJWK(publicKey)), kid: 'client-key-1', alg, use: 'sig' };
    const dpop = await generateKeyPair('ES256', { extractable: true });
    client.dpopKey = dpop.privateKey;
    client.dpopJwk = await exportJWK(dpop.publicKey);
    client.dpopNonce = undefined;
    client.discovery = await (await fetch(`${issuer}/.well-known/openid-configuration`)).json();
    return client;
  }

  async register(extra = {}) {
    return admin(this.issuer, 'clients', { client_id: this.clientId, jwks: { keys: [this.publicJwk] }, ...extra });
  }

  async assertion({ aud = this.issuer, jti = randomUUID() } = {}) {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ jti })
      .setProtectedHeader({ alg: this.alg, kid: this.publicJwk.kid, typ: 'client-authentication+jwt' })
      .setIssuer(this.clientId).setSubject(this.clientId).setAudience(aud)
      .setIssuedAt(now).setNotBefore(now).setExpirationTime(now + 30)
      .sign(this.privateKey);
  }

  async dpopProof(method, url, { accessToken } = {}) {
    const claims = { jti: randomUUID(), htm: method, htu: url, iat: Math.floor(Date.now() / 1000) };
    if (this.dpopNonce) {
      claims.nonce = this.dpopNonce;
    }
    if (accessToken) {
      claims.ath = b64url(createHash('sha256').update(accessToken).digest());
    }
    return new SignJWT(claims).setProtectedHeader({ typ: 'dpop+jwt', alg: 'ES256', jwk: this.dpopJwk })
      .sign(this.dpopKey);
  }

  // A DPoP proof for an API request (RFC 9449 §7: with ath). `claims` and `header` override single fields
  // (undefined removes one); `key`/`jwk` sign with another key.
  async apiProof(method, url, accessToken, { claims = {}, header = {}, key = this.dpopKey, jwk = this.dpopJwk } = {}) {
    const payload = { jti: randomUUID(), htm: method, htu: url, iat: Math.floor(Date.now() / 1000),
      ath: b64url(createHash('sha256').update(accessToken).digest()), ...claims };
    for (const name of Object.keys(payload)) {
      if (payload[name] === undefined) {
        delete payload[name];
      }
    }
    return new SignJWT(payload).setProtectedHeader({ typ: 'dpop+jwt', alg: 'ES256', jwk, ...header }).sign(key);
  }

  // One API request with `Authorization: DPoP` and a fresh proof (or `proof`), JSON in and out.
  async callApi(method, path, { accessToken, body, idempotencyKey, contentType, proof, proofOptions,
    authorization, headers = {} } = {}) {
    const url = `${this.issuer}${path}`;
    const all = { ...headers };
    if (authorization !== null) {
      all.Authorization = authorization ?? `DPoP ${accessToken}`;
    }
    if (proof !== null) {
      all.DPoP = proof ?? await this.apiProof(method, url.split('?')[0], accessToken, proofOptions);
    }
    if (idempotencyKey) {
      all['Idempotency-Key'] = idempotencyKey;
    }
    let text;
    if (body !== undefined) {
      text = typeof body === 'string' ? body : JSON.stringify(body);
      all['Content-Type'] = contentType ?? (path.startsWith('/dodsmelding/fhir') ? 'application/fhir+json' : 'application/json');
    }
    const response = await fetch(url, { method, headers: all, body: text });
    const responseText = await response.text();
    let json;
    try {
      json = responseText ? JSON.parse(responseText) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text: responseText, body: json };
  }

  async dpopThumbprint() {
    return calculateJwkThumbprint(this.dpopJwk);
  }

  // `params` is a function so that each attempt gets a fresh client assertion (one-time jti).
  async postForm(url, params, { dpop = false } = {}) {
    const send = async () => {
      const body = new URLSearchParams(await params());
      const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
      if (dpop) {
        headers.DPoP = await this.dpopProof('POST', url);
      }
      const response = await fetch(url, { method: 'POST', headers, body });
      const nonce = response.headers.get('dpop-nonce');
      if (nonce) {
        this.dpopNonce = nonce;
      }
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : {}, headers: response.headers };
    };
    const first = await send();
    if (dpop && first.status === 400 && first.body.error === 'use_dpop_nonce') {
      const retried = await send();
      retried.nonceRetried = true;
      return retried;
    }
    return first;
  }

  newRequest({ scope = 'openid profile offline_access helseid://scopes/identity/pid helseid://scopes/identity/security_level helseid://scopes/identity/assurance_level helseid://scopes/hpr/hpr_number nhn:dodsmelding/api',
    resource = 'nhn:dodsmelding', port = 51234, method = 'S256', extra = {} } = {}) {
    const verifier = b64url(randomBytes(32));
    const challenge = method === 'S256' ? b64url(createHash('sha256').update(verifier).digest()) : verifier;
    return {
      verifier,
      state: b64url(randomBytes(16)),
      nonce: b64url(randomBytes(16)),
      redirectUri: `http://127.0.0.1:${port}/callback`,
      params: { scope, resource, method, challenge, extra },
    };
  }

  async par(request, { assertion } = {}) {
    const { params } = request;
    return this.postForm(this.discovery.pushed_authorization_request_endpoint, async () => ({
      client_id: this.clientId,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion ?? await this.assertion(),
      response_type: 'code',
      scope: params.scope,
      resource: params.resource,
      redirect_uri: request.redirectUri,
      code_challenge: params.challenge,
      code_challenge_method: params.method,
      state: request.state,
      nonce: request.nonce,
      ...params.extra,
    }));
  }

  // Follows the redirect chain like a browser without JavaScript; stops at the client's redirect URI.
  async browse(url, redirectUri) {
    const jar = new Map();
    let current = url;
    for (let hop = 0; hop < 10; hop += 1) {
      const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
      const response = await fetch(current, { redirect: 'manual', headers: cookie ? { Cookie: cookie } : {} });
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const index = pair.indexOf('=');
        jar.set(pair.slice(0, index), pair.slice(index + 1));
      }
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) {
        return { status: response.status, body: await response.text(), hops: hop };
      }
      const next = new URL(location, current);
      if (next.href.startsWith(redirectUri)) {
        return { callback: next, hops: hop + 1 };
      }
      current = next.href;
    }
    throw new Error('too many redirects');
  }

  async authorize(request, parOptions) {
    const par = await this.par(request, parOptions);
    if (par.status !== 201) {
      return { par };
    }
    const url = `${this.discovery.authorization_endpoint}?client_id=${encodeURIComponent(this.clientId)}`
      + `&request_uri=${encodeURIComponent(par.body.request_uri)}`;
    return { par, ...(await this.browse(url, request.redirectUri)) };
  }

  async redeem(request, code, { resource } = {}) {
    return this.postForm(this.discovery.token_endpoint, async () => ({
      grant_type: 'authorization_code',
      code,
      redirect_uri: request.redirectUri,
      code_verifier: request.verifier,
      client_id: this.clientId,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: await this.assertion(),
      ...(resource ? { resource } : {}),
    }), { dpop: true });
  }

  async refresh(refreshToken, { resource } = {}) {
    return this.postForm(this.discovery.token_endpoint, async () => ({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: this.clientId,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: await this.assertion(),
      ...(resource ? { resource } : {}),
    }), { dpop: true });
  }

  async revoke(token) {
    return this.postForm(this.discovery.revocation_endpoint, async () => ({
      token,
      client_id: this.clientId,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: await this.assertion(),
    }));
  }

  // PAR, browser, callback checks and token redemption in one go.
  async login(options = {}) {
    const request = this.newRequest(options);
    const result = await this.authorize(request);
    if (!result.callback) {
      throw new Error(`login did not reach the callback: ${JSON.stringify(result.par?.body ?? result.body)}`);
    }
    const token = await this.redeem(request, result.callback.searchParams.get('code'));
    return { request, callback: result.callback, token };
  }
}

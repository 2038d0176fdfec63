// Admin API for tests and the local app environment, under /_sandbox/. JSON in, JSON out.
// Loopback only; a browser page cannot call it (no CORS, JSON bodies only, requests with Origin refused).
import { DEFAULT_PID, DEFAULT_SECURITY_LEVEL, PERSONS, isSecurityLevel, personByPid, subjectFor } from './accounts.js';
import { CALLBACK_FAULTS, ID_TOKEN_FAULTS, noFaults, pendingJwksRequests } from './faults.js';
import { clientMetadata } from './provider.js';

export const ADMIN_PREFIX = '/_sandbox/';
const MAX_BODY = 64 * 1024;

export class AdminError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function isLoopback(address) {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

async function readJson(req) {
  if (req.method !== 'POST') {
    return undefined;
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new AdminError(415, 'send application/json');
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) {
      throw new AdminError(413, 'body too large');
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') {
    return {};
  }
  try {
    const value = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new Error('not an object');
    }
    return value;
  } catch {
    throw new AdminError(400, 'body is not a JSON object');
  }
}

function validateJwks(jwks) {
  if (!jwks || !Array.isArray(jwks.keys) || jwks.keys.length === 0) {
    throw new AdminError(400, 'jwks must be {"keys":[...]} with at least one key');
  }
  for (const key of jwks.keys) {
    if (!key || (key.kty !== 'EC' && key.kty !== 'RSA')) {
      throw new AdminError(400, 'jwks keys must be EC or RSA');
    }
    if ('d' in key || 'p' in key || 'q' in key) {
      throw new AdminError(400, 'jwks must hold public keys only');
    }
  }
}

function validateUris(name, value) {
  if (value === undefined) {
    return;
  }
  if (!Array.isArray(value) || value.length === 0 || !value.every((uri) => typeof uri === 'string')) {
    throw new AdminError(400, `${name} must be a non-empty array of strings`);
  }
}

export function createAdminHandler({ provider, store, state, keys, issuer, api, log }) {
  const registeredClients = new Set();

  const routes = {
    'GET status': async () => ({
      issuer,
      accounts: PERSONS.map((person) => ({
        pid: person.pid,
        sub: subjectFor(person.pid),
        name: `${person.givenName} ${person.familyName}`,
        hpr_number: person.hprNumber,
      })),
      login: { pid: state.login.pid, security_level: state.login.securityLevel },
      faults: state.faults,
      jwks_pending: pendingJwksRequests(),
      clients: [...registeredClients],
    }),

    'POST clients': async (body) => {
      const clientId = body.client_id;
      if (typeof clientId !== 'string' || !/^[A-Za-z0-9._:-]{1,200}$/.test(clientId)) {
        throw new AdminError(400, 'client_id must be 1-200 characters of A-Z a-z 0-9 . _ : -');
      }
      validateJwks(body.jwks);
      validateUris('redirect_uris', body.redirect_uris);
      validateUris('post_logout_redirect_uris', body.post_logout_redirect_uris);
      const metadata = clientMetadata(body);
      try {
        await provider.Client.validate(metadata);
      } catch (error) {
        throw new AdminError(400, `invalid client: ${error.error_description ?? error.message}`);
      }
      const replaced = registeredClients.has(clientId);
      store.set('Client', clientId, metadata);
      registeredClients.add(clientId);
      log(`admin: client ${replaced ? 'replaced' : 'registered'}`);
      return { status: replaced ? 200 : 201, body: { client_id: clientId, replaced } };
    },

    'POST faults': async (body) => {
      const next = { ...state.faults };
      for (const [name, allowed] of [['callback', CALLBACK_FAULTS], ['id_token', ID_TOKEN_FAULTS]]) {
        if (!(name in body)) {
          continue;
        }
        if (body[name] !== null && !allowed.includes(body[name])) {
          throw new AdminError(400, `${name} must be null or one of ${allowed.join(', ')}`);
        }
        next[name] = body[name];
      }
      if ('jwks_delay_ms' in body) {
        const delay = body.jwks_delay_ms;
        if (delay !== null && !(Number.isInteger(delay) && delay >= 0 && delay <= 30000)) {
          throw new AdminError(400, 'jwks_delay_ms must be null or an integer from 0 to 30000');
        }
        next.jwks_delay_ms = delay;
      }
      const unknown = Object.keys(body).filter((key) => !['callback', 'id_token', 'jwks_delay_ms'].includes(key));
      if (unknown.length) {
        throw new AdminError(400, `unknown fault kind: ${unknown.join(', ')}`);
      }
      if (next.id_token === 'rotated_key' || next.id_token === 'unknown_kid') {
        await keys.spare(next.id_token === 'rotated_key' ? 'next' : 'unpublished');
      }
      state.faults = next;
      log(`admin: faults callback=${next.callback} id_token=${next.id_token}`);
      return state.faults;
    },

    'POST login': async (body) => {
      const pid = body.pid ?? state.login.pid;
      const level = body.security_level === undefined ? state.login.securityLevel : String(body.security_level);
      if (!personByPid(pid)) {
        throw new AdminError(400, 'pid is not one of the sandbox accounts (GET /_sandbox/status)');
      }
      if (!isSecurityLevel(level)) {
        throw new AdminError(400, 'security_level must be "2", "3" or "4"');
      }
      state.login = { pid, securityLevel: level };
      return { pid, security_level: level };
    },

    'POST revoke-refresh-tokens': async (body) => {
      const person = personByPid(body.pid);
      if (!person) {
        throw new AdminError(400, 'pid is not one of the sandbox accounts');
      }
      const revoked = store.revokeAccount(subjectFor(person.pid));
      log(`admin: revoked ${revoked} refresh token(s)`);
      return { revoked };
    },

    'POST reset': async () => {
      state.faults = noFaults();
      state.login = { pid: DEFAULT_PID, securityLevel: DEFAULT_SECURITY_LEVEL };
      log('admin: reset');
      return { faults: state.faults, login: { pid: state.login.pid, security_level: state.login.securityLevel } };
    },

    // The national API sandbox's own routes: api/records, api/faults, api/reset, api/settings.
    ...api.adminRoutes(AdminError),
  };

  return async function handleAdmin(req, res, url) {
    const send = (status, body) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store',
        'Content-Length': Buffer.byteLength(text) });
      res.end(text);
    };
    try {
      if (!isLoopback(req.socket.remoteAddress) || req.headers.origin !== undefined) {
        throw new AdminError(403, 'the admin API is for local test code only');
      }
      const name = url.pathname.slice(ADMIN_PREFIX.length);
      const route = routes[`${req.method} ${name}`];
      if (!route) {
        throw new AdminError(404, `no admin route ${req.method} ${url.pathname}`);
      }
      const result = await route(await readJson(req));
      if (result && typeof result.status === 'number' && 'body' in result) {
        send(result.status, result.body);
      } else {
        send(200, result);
      }
    } catch (error) {
      if (error instanceof AdminError) {
        send(error.status, { error: error.message });
      } else {
        log(`admin: internal error: ${error.message}`);
        send(500, { error: 'internal error' });
      }
    }
  };
}

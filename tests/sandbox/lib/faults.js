// Fault injection for the client's negative tests. Faults are applied by rewriting the provider's
// responses after oidc-provider produced them, so the provider itself stays standard.
import { SignJWT, base64url, decodeJwt, decodeProtectedHeader } from 'jose';
import { epochSeconds } from './time.js';
import { ROUTES } from './provider.js';

export const CALLBACK_FAULTS = ['wrong_iss', 'missing_iss', 'wrong_state'];
export const ID_TOKEN_FAULTS = ['wrong_aud', 'wrong_nonce', 'wrong_iss', 'expired', 'alg_none',
  'bad_signature', 'unknown_kid', 'rotated_key'];

export function noFaults() {
  return { callback: null, id_token: null, jwks_delay_ms: null };
}

// Requests for the provider's keys being held back by the jwks_delay_ms fault right now (GET /_sandbox/status).
let jwksPending = 0;
export function pendingJwksRequests() {
  return jwksPending;
}

async function resign(payload, header, key) {
  return new SignJWT(payload).setProtectedHeader({ ...header, alg: 'RS256', kid: key.kid }).sign(key.privateKey);
}

export async function tamperIdToken(idToken, fault, keys) {
  const payload = decodeJwt(idToken);
  const header = decodeProtectedHeader(idToken);
  const now = epochSeconds();
  switch (fault) {
    case 'wrong_aud':
      return resign({ ...payload, aud: 'some-other-client' }, header, keys.current);
    case 'wrong_nonce':
      return resign({ ...payload, nonce: 'not-the-nonce-you-sent' }, header, keys.current);
    case 'wrong_iss':
      return resign({ ...payload, iss: 'http://127.0.0.1:1/not-the-issuer' }, header, keys.current);
    case 'expired':
      return resign({ ...payload, iat: now - 900, auth_time: now - 900, exp: now - 600 }, header, keys.current);
    case 'alg_none': {
      const encode = (value) => base64url.encode(JSON.stringify(value));
      return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`;
    }
    case 'bad_signature': {
      const [h, p, s] = idToken.split('.');
      const signature = base64url.decode(s);
      signature[0] ^= 0xff;
      return `${h}.${p}.${base64url.encode(signature)}`;
    }
    case 'unknown_kid':
      return resign(payload, header, await keys.spare('unpublished'));
    case 'rotated_key':
      return resign(payload, header, await keys.spare('next'));
    default:
      return idToken;
  }
}

function rewriteCallback(location, fault, issuer) {
  let url;
  try {
    url = new URL(location);
  } catch {
    return location;
  }
  // Only the redirect to the client's callback carries `iss`=our issuer (RFC 9207).
  if (url.searchParams.get('iss') !== issuer) {
    return location;
  }
  if (fault === 'wrong_iss') {
    url.searchParams.set('iss', 'http://127.0.0.1:1/not-the-issuer');
  } else if (fault === 'missing_iss') {
    url.searchParams.delete('iss');
  } else if (fault === 'wrong_state') {
    url.searchParams.set('state', 'not-the-state-you-sent');
  }
  return url.href;
}

// Koa middleware installed on the provider.
export function faultMiddleware({ state, keys, issuer, log }) {
  return async function applyFaults(ctx, next) {
    // Holds the keys back, so a client is caught between a refresh's token response and the ID token check
    // (issue 9 item 9: a kill there must not lose the rotated refresh token).
    if (ctx.path === ROUTES.jwks && state.faults.jwks_delay_ms) {
      jwksPending += 1;
      try {
        await new Promise((resolve) => { setTimeout(resolve, state.faults.jwks_delay_ms); });
      } finally {
        jwksPending -= 1;
      }
    }
    await next();
    const { faults } = state;
    if (ctx.path === ROUTES.jwks && faults.id_token === 'rotated_key' && Array.isArray(ctx.body?.keys)) {
      ctx.body = { keys: [...ctx.body.keys, (await keys.spare('next')).publicJwk] };
      return;
    }
    if (ctx.path === ROUTES.token && ctx.status === 200 && faults.id_token && typeof ctx.body?.id_token === 'string') {
      ctx.body = { ...ctx.body, id_token: await tamperIdToken(ctx.body.id_token, faults.id_token, keys) };
      log(`fault: id_token ${faults.id_token}`);
      return;
    }
    const location = ctx.response.get('Location');
    if (faults.callback && location && ctx.status >= 300 && ctx.status < 400) {
      const rewritten = rewriteCallback(location, faults.callback, issuer);
      if (rewritten !== location) {
        ctx.set('Location', rewritten);
        log(`fault: callback ${faults.callback}`);
      }
    }
  };
}

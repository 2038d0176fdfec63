// Verifies `Authorization: DPoP <access token>` + `DPoP: <proof>` on every API request (RFC 9449), against
// the access tokens this process's provider issues for the resource nhn:dodsmelding.
import { createHash, randomBytes } from 'node:crypto';
import { calculateJwkThumbprint, decodeProtectedHeader, errors as joseErrors, importJWK, jwtVerify } from 'jose';
import { ApiError } from './errors.js';

export const API_RESOURCE = 'nhn:dodsmelding';
export const API_SCOPE = 'nhn:dodsmelding/api';
const PROOF_ALGS = ['ES256', 'ES384', 'ES512', 'PS256', 'PS384', 'PS512', 'RS256', 'RS384', 'RS512'];
const PROOF_MAX_AGE_S = 60;
const JTI_RETENTION_S = 5 * 60;
const MAX_CACHED_PROOF_KEYS = 256;

function unauthorized(error, description, extraHeaders = {}) {
  const header = `DPoP error="${error}", error_description="${description}", algs="${PROOF_ALGS.join(' ')}"`;
  return new ApiError(401, error, description, { headers: { 'WWW-Authenticate': header, ...extraHeaders } });
}

function describeTokenError(error) {
  if (error instanceof joseErrors.JWTExpired) {
    return 'token expired';
  }
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    return `token claim ${error.claim} is wrong`;
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
    return 'token signature is invalid';
  }
  return 'token is not a valid access token';
}

// The DPoP nonce demanded while the `use_dpop_nonce` fault is in force.
export class NonceRequirement {
  constructor() {
    this.clear();
  }

  clear() {
    this.active = false;
    this.forcedChallenges = 0;
    this.nonce = undefined;
  }

  // The first `count` requests (-1: all) are challenged whatever they carry, each with a fresh nonce;
  // after that a request must carry the current nonce.
  require(count) {
    this.active = true;
    this.forcedChallenges = count;
    this.nonce = randomBytes(16).toString('base64url');
  }

  challengeFor(proofNonce) {
    if (!this.active) {
      return undefined;
    }
    if (this.forcedChallenges !== 0) {
      if (this.forcedChallenges > 0) {
        this.forcedChallenges -= 1;
      }
      this.nonce = randomBytes(16).toString('base64url');
      return this.nonce;
    }
    return proofNonce === this.nonce ? undefined : this.nonce;
  }
}

export class Authenticator {
  constructor({ issuer, keys, now }) {
    this.issuer = issuer;
    this.keys = keys;
    this.now = now; // seconds; the API's clock (the admin settings can shift it)
    this.seenJti = new Map(); // jti -> expiry (s)
    this.proofKeys = new Map(); // JWK thumbprint -> imported key
    this.nextPrune = 0;
    this.nonce = new NonceRequirement();
  }

  async tokenKey() {
    this.tokenKeyPromise ??= importJWK(this.keys.current.publicJwk, 'RS256');
    return this.tokenKeyPromise;
  }

  async proofKey(jwk, alg) {
    const thumbprint = await calculateJwkThumbprint(jwk);
    let key = this.proofKeys.get(`${thumbprint} ${alg}`);
    if (!key) {
      key = await importJWK(jwk, alg);
      if (this.proofKeys.size >= MAX_CACHED_PROOF_KEYS) {
        this.proofKeys.clear();
      }
      this.proofKeys.set(`${thumbprint} ${alg}`, key);
    }
    return { key, thumbprint };
  }

  rememberJti(jti, now) {
    if (now >= this.nextPrune) {
      for (const [seen, expiry] of this.seenJti) {
        if (expiry < now) {
          this.seenJti.delete(seen);
        }
      }
      this.nextPrune = now + 30;
    }
    const expiry = this.seenJti.get(jti);
    if (expiry !== undefined && expiry >= now) {
      return false;
    }
    this.seenJti.set(jti, now + JTI_RETENTION_S);
    return true;
  }

  // → the access token's claims; throws ApiError 401/403.
  async verify(req, url) {
    const authorization = req.headers.authorization ?? '';
    const space = authorization.indexOf(' ');
    const scheme = space > 0 ? authorization.slice(0, space).toLowerCase() : authorization.toLowerCase();
    const token = space > 0 ? authorization.slice(space + 1).trim() : '';
    if (!authorization) {
      throw unauthorized('invalid_token', 'missing access token');
    }
    if (scheme !== 'dpop' || !token) {
      throw unauthorized('invalid_token', 'a DPoP-bound access token is required (Authorization: DPoP)');
    }
    const now = this.now();
    let claims;
    try {
      ({ payload: claims } = await jwtVerify(token, await this.tokenKey(), {
        issuer: this.issuer, audience: API_RESOURCE, algorithms: ['RS256'], typ: 'at+jwt',
        currentDate: new Date(now * 1000),
      }));
    } catch (error) {
      throw unauthorized('invalid_token', describeTokenError(error));
    }
    if (typeof claims.scope !== 'string' || !claims.scope.split(' ').includes(API_SCOPE)) {
      throw unauthorized('invalid_token', `token lacks scope ${API_SCOPE}`);
    }
    const jkt = claims.cnf?.jkt;
    if (typeof jkt !== 'string') {
      throw unauthorized('invalid_token', 'token is not DPoP-bound (no cnf.jkt)');
    }
    if (!(Number(claims['helseid://claims/identity/security_level']) >= 3)) {
      throw unauthorized('invalid_token', 'security level 3 or higher is required');
    }
    await this.verifyProof(req, url, token, jkt, now);
    if (!claims['helseid://claims/hpr/hpr_number']) {
      throw new ApiError(403, 'hpr-number-missing', 'Innlogget bruker har ikke HPR-nummer (ikke autorisert helsepersonell)');
    }
    return claims;
  }

  async verifyProof(req, url, token, jkt, now) {
    const proof = req.headers.dpop;
    if (typeof proof !== 'string' || proof === '') {
      throw unauthorized('invalid_dpop_proof', 'missing DPoP proof');
    }
    let header;
    try {
      header = decodeProtectedHeader(proof);
    } catch {
      throw unauthorized('invalid_dpop_proof', 'DPoP proof is not a JWS');
    }
    if (header.typ !== 'dpop+jwt') {
      throw unauthorized('invalid_dpop_proof', 'DPoP proof typ must be dpop+jwt');
    }
    if (!PROOF_ALGS.includes(header.alg)) {
      throw unauthorized('invalid_dpop_proof', 'DPoP proof alg is not an accepted asymmetric algorithm');
    }
    const { jwk } = header;
    if (!jwk || typeof jwk !== 'object' || 'd' in jwk || 'p' in jwk) {
      throw unauthorized('invalid_dpop_proof', 'DPoP proof must carry a public jwk');
    }
    let payload;
    let thumbprint;
    try {
      const proofKey = await this.proofKey(jwk, header.alg);
      thumbprint = proofKey.thumbprint;
      ({ payload } = await jwtVerify(proof, proofKey.key, { typ: 'dpop+jwt', algorithms: [header.alg],
        currentDate: new Date(now * 1000) }));
    } catch {
      throw unauthorized('invalid_dpop_proof', 'DPoP proof signature is invalid');
    }
    if (thumbprint !== jkt) {
      throw unauthorized('invalid_token', 'DPoP key does not match the token (cnf.jkt)');
    }
    if (payload.htm !== req.method) {
      throw unauthorized('invalid_dpop_proof', 'DPoP proof htm does not match the request method');
    }
    let htu;
    try {
      htu = new URL(payload.htu);
    } catch {
      throw unauthorized('invalid_dpop_proof', 'DPoP proof htu is not a URL');
    }
    if (`${htu.origin}${htu.pathname}` !== `${url.origin}${url.pathname}`) {
      throw unauthorized('invalid_dpop_proof', 'DPoP proof htu does not match the request URL');
    }
    if (typeof payload.iat !== 'number' || Math.abs(now - payload.iat) > PROOF_MAX_AGE_S) {
      throw unauthorized('invalid_dpop_proof', 'DPoP proof iat is not within 60 seconds');
    }
    const ath = createHash('sha256').update(token).digest('base64url');
    if (payload.ath !== ath) {
      throw unauthorized('invalid_dpop_proof', 'DPoP proof ath does not match the access token');
    }
    if (typeof payload.jti !== 'string' || payload.jti === '') {
      throw unauthorized('invalid_dpop_proof', 'DPoP proof has no jti');
    }
    const challenge = this.nonce.challengeFor(payload.nonce);
    if (challenge) {
      throw unauthorized('use_dpop_nonce', 'a DPoP nonce is required', { 'DPoP-Nonce': challenge });
    }
    if (!this.rememberJti(payload.jti, now)) {
      throw unauthorized('invalid_dpop_proof', 'DPoP proof jti was already used');
    }
  }
}

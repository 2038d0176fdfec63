// RSA signing keys of the sandbox OP, made fresh at each start (like HelseID, id tokens are RS256).
//   current:     published in the JWKS and used by oidc-provider for every token it signs;
//   next:        published only after the `rotated_key` fault is set (an OP key rotation);
//   unpublished: never in the JWKS (the `unknown_kid` fault).
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';

async function makeKey(label) {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const kid = `sandbox-${label}-${randomUUID().slice(0, 8)}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
  return { kid, privateKey, publicJwk, privateJwk };
}

export async function makeSigningKeys() {
  const [current, next, unpublished] = await Promise.all([makeKey('current'), makeKey('next'), makeKey('unpublished')]);
  return { current, next, unpublished };
}

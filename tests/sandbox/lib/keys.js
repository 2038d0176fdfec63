// RSA signing keys of the sandbox OP, made fresh at each start (like HelseID, id tokens are RS256).
//   current:     published in the JWKS and used by oidc-provider for every token it signs;
//   next:        published only while the `rotated_key` fault is set (an OP key rotation);
//   unpublished: never in the JWKS (the `unknown_kid` fault).
// The two spare keys are made only when a fault needs them: RSA key generation is slow on a busy machine.
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';

async function makeKey(label) {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const kid = `sandbox-${label}-${randomUUID().slice(0, 8)}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
  return { kid, privateKey, publicJwk, privateJwk };
}

export class SigningKeys {
  static async create() {
    const keys = new SigningKeys();
    keys.current = await makeKey('current');
    keys.spares = new Map();
    return keys;
  }

  // 'next' or 'unpublished'; the same key on every call.
  spare(label) {
    if (!this.spares.has(label)) {
      this.spares.set(label, makeKey(label));
    }
    return this.spares.get(label);
  }
}

// A throw-away test CA for the Folkeregisteret sandbox, made with the openssl CLI at each start (Node's crypto
// cannot issue X.509 certificates): a server certificate for 127.0.0.1 and a client certificate standing in for
// the organisation certificate (virksomhetssertifikat) Skatteetaten identifies producers by. Files live in a
// private temporary folder that close() removes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

export const CLIENT_ORGANISATION_NUMBER = '310900028';

function openssl(args, dir) {
  const result = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(`openssl ${args[0]} failed: ${result.error?.message ?? result.stderr.trim()}`);
  }
}

export function createTestPki() {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-freg-pki-'));
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  openssl(['req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2',
    '-subj', '/O=Meldeklient sandbox/CN=Meldeklient sandbox test CA'], dir);
  writeFileSync(join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
  openssl(['req', '-new', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1'], dir);
  openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial',
    '-days', '2', '-extfile', 'server.ext', '-out', 'server.pem'], dir);
  writeFileSync(join(dir, 'client.ext'), 'extendedKeyUsage=clientAuth\n');
  openssl(['req', '-new', ...ec, '-keyout', 'client.key', '-out', 'client.csr',
    '-subj', `/C=NO/O=SANDKASSE SYKEHUS HF/serialNumber=${CLIENT_ORGANISATION_NUMBER}/CN=SANDKASSE SYKEHUS HF`], dir);
  openssl(['x509', '-req', '-in', 'client.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial',
    '-days', '2', '-extfile', 'client.ext', '-out', 'client.pem'], dir);
  const password = randomBytes(12).toString('base64url');
  openssl(['pkcs12', '-export', '-inkey', 'client.key', '-in', 'client.pem', '-certfile', 'ca.pem',
    '-out', 'client.p12', '-passout', `pass:${password}`], dir);
  const file = (name) => join(dir, name);
  return {
    ca: readFileSync(file('ca.pem')),
    serverKey: readFileSync(file('server.key')),
    serverCert: readFileSync(file('server.pem')),
    files: {
      caFile: file('ca.pem'),
      clientCertFile: file('client.pem'),
      clientKeyFile: file('client.key'),
      clientP12File: file('client.p12'),
      clientP12Password: password,
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

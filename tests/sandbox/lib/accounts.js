// Synthetic test persons of the sandbox's test IdP. The national identity numbers are made-up synthetic
// (Tenor-style, month + 80) numbers with valid control digits; names and HPR numbers are invented.
import { createHash } from 'node:crypto';

export const PERSONS = [
  { pid: '14927604036', givenName: 'Vilde Testlege', familyName: 'Sandkasse', hprNumber: '565505933' },
  { pid: '21925544083', givenName: 'Ola Testlege', familyName: 'Prøvestad', hprNumber: '431001234' },
  // No HPR number: a person who is not authorised health personnel (negative tests).
  { pid: '07826694070', givenName: 'Kari Uten', familyName: 'Autorisasjon', hprNumber: null },
];

export const DEFAULT_PID = PERSONS[0].pid;
export const DEFAULT_SECURITY_LEVEL = '4';

// HelseID security levels and what the test IdP reports for each.
const LEVELS = {
  4: { acr: 'idporten-loa-high', amr: ['BankID'], assurance: 'high' },
  3: { acr: 'idporten-loa-substantial', amr: ['MinID'], assurance: 'substantial' },
  2: { acr: 'Level2', amr: ['pwd'], assurance: 'low' },
};

export const ACR_VALUES = Object.values(LEVELS).map((level) => level.acr);

export function isSecurityLevel(value) {
  return Object.hasOwn(LEVELS, String(value));
}

export function loginForLevel(level) {
  const entry = LEVELS[level];
  return { acr: entry.acr, amr: entry.amr };
}

export function levelForAcr(acr) {
  const found = Object.entries(LEVELS).find(([, entry]) => entry.acr === acr);
  return found ? found[0] : undefined;
}

// HelseID's `sub` is a pseudonym; derive a stable one so the pid never appears in the subject.
export function subjectFor(pid) {
  return createHash('sha256').update(`meldeklient-sandbox:${pid}`).digest('base64url');
}

const bySubject = new Map(PERSONS.map((person) => [subjectFor(person.pid), person]));
const byPid = new Map(PERSONS.map((person) => [person.pid, person]));

export function personByPid(pid) {
  return byPid.get(pid);
}

export function personBySubject(sub) {
  return bySubject.get(sub);
}

// The claims HelseID issues for a person logged in with a given acr (security level follows the acr).
export function helseIdClaims(person, acr) {
  const level = levelForAcr(acr) ?? DEFAULT_SECURITY_LEVEL;
  const claims = {
    name: `${person.givenName} ${person.familyName}`,
    given_name: person.givenName,
    family_name: person.familyName,
    idp: 'testidp-oidc',
    amr: LEVELS[level].amr,
    'helseid://claims/identity/pid': person.pid,
    'helseid://claims/identity/security_level': level,
    'helseid://claims/identity/assurance_level': LEVELS[level].assurance,
  };
  if (person.hprNumber) {
    claims['helseid://claims/hpr/hpr_number'] = person.hprNumber;
  }
  return claims;
}

export async function findAccount(ctx, sub, token) {
  const person = personBySubject(sub);
  if (!person) {
    return undefined;
  }
  // The acr of this login lives on the code or refresh token being exchanged (or on the session).
  const acr = token?.acr
    ?? ctx.oidc?.entities?.AuthorizationCode?.acr
    ?? ctx.oidc?.entities?.RefreshToken?.acr
    ?? ctx.oidc?.session?.acr;
  return {
    accountId: sub,
    async claims() {
      return { sub, ...helseIdClaims(person, acr) };
    },
  };
}

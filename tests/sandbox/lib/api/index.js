// The national death-notification API sandbox (contract: README.md, "National API"): nhn-fhir under /dodsmelding/fhir and nhn-rest
// under /dodsmelding/api, in the same server as the OpenID provider. Every request: DPoP + access token,
// then faults, then (POST) idempotency, validation and one synchronous commit of record + idempotency entry.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Authenticator } from './auth.js';
import { ApiError, operationOutcome, problemDetails, rejection } from './errors.js';
import { API_FAULTS, ApiFaults, FaultSpecError, parseFault } from './faults.js';
import { createFhirRoutes } from './fhir.js';
import { IdempotencyTable, bodyDigest } from './idempotency.js';
import { loadPersons } from './persons.js';
import { Records } from './records.js';
import { createRestRoutes } from './rest.js';
import { QuestionnaireRules } from './validation.js';
import { XsdValidator } from './xsd.js';

export const FHIR_BASE = '/dodsmelding/fhir';
export const REST_BASE = '/dodsmelding/api';
const MAX_BODY = 1024 * 1024;
const TRANSPORTS = {
  fhir: { name: 'nhn-fhir', contentType: 'application/fhir+json; charset=utf-8', error: operationOutcome,
    errorType: 'application/fhir+json; charset=utf-8' },
  rest: { name: 'nhn-rest', contentType: 'application/json; charset=utf-8', error: problemDetails,
    errorType: 'application/problem+json; charset=utf-8' },
};

const sandboxDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function defaultReferenceDir() {
  return process.env.MELDEKLIENT_REFERENCE_DIR || resolve(sandboxDir, '../../../shared/reference');
}

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) {
      throw new ApiError(413, 'body-too-large', 'Forespørselen er for stor');
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function parseJsonBody(req, body) {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json' && type !== 'application/fhir+json') {
    throw new ApiError(415, 'unsupported-media-type', 'Send application/json eller application/fhir+json');
  }
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new ApiError(400, 'invalid-json', 'Forespørselen er ikke gyldig JSON');
  }
}

// `GET /x/<id>` matches the route `GET /x/:id`.
function findRoute(table, method, subPath) {
  if (table[`${method} ${subPath}`]) {
    return { route: table[`${method} ${subPath}`] };
  }
  const slash = subPath.lastIndexOf('/');
  const route = slash > 0 ? table[`${method} ${subPath.slice(0, slash)}/:id`] : undefined;
  if (!route) {
    return {};
  }
  try {
    return { route, id: decodeURIComponent(subPath.slice(slash + 1)) };
  } catch {
    return { route, id: '' };
  }
}

const sleep = (ms) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

export function createApi({ issuer, keys, log = () => {}, referenceDir = defaultReferenceDir(),
  formsDir = resolve(sandboxDir, '../../forms') }) {
  const settings = { xsdValidation: true, clockOffsetSeconds: 0 };
  const nowMs = () => Date.now() + settings.clockOffsetSeconds * 1000;
  const persons = loadPersons(referenceDir);
  const personIds = new Map([...persons.keys()].map((id, index) => [id, index + 1]));
  const pufTypes = new Set(JSON.parse(readFileSync(join(formsDir, 'codesystems', 'volven-8116.json'), 'utf8'))
    .concept.map((concept) => concept.code));
  const questionnairePath = join(formsDir, 'dodsaarsak.json');
  let questionnaireText;
  const api = {
    persons,
    personIndex: (id) => personIds.get(id),
    pufTypes,
    records: new Records(),
    rules: QuestionnaireRules.fromFile(questionnairePath),
    xsd: new XsdValidator({ referenceDir, log }),
    nowMs,
    baseUrl: (kind) => `${issuer}${kind === 'fhir' ? FHIR_BASE : REST_BASE}`,
    questionnaireText: () => {
      questionnaireText ??= readFileSync(questionnairePath, 'utf8');
      return questionnaireText;
    },
  };
  const auth = new Authenticator({ issuer, keys, now: () => Math.floor(nowMs() / 1000) });
  const faults = new ApiFaults();
  const idempotency = new IdempotencyTable();
  const routes = { fhir: createFhirRoutes(api), rest: createRestRoutes(api) };

  function send(res, transport, { status, headers = {}, body }) {
    const allHeaders = { 'Content-Type': transport.contentType, 'Cache-Control': 'no-store', ...headers,
      'Content-Length': Buffer.byteLength(body) };
    if (auth.nonce.active) {
      allHeaders['DPoP-Nonce'] = auth.nonce.nonce;
    }
    res.writeHead(status, allHeaders);
    res.end(body);
  }

  function errorResponse(transport, error) {
    return { status: error.status, headers: { ...error.headers, 'Content-Type': transport.errorType },
      body: JSON.stringify(transport.error(error)) };
  }

  function rendered(transport, result) {
    const headers = { 'Content-Type': result.contentType ?? transport.contentType };
    if (result.location) {
      headers.Location = result.location;
    }
    return { status: result.status, headers, body: result.raw ?? JSON.stringify(result.body) };
  }

  function faultError(fault) {
    switch (fault.fault) {
      case 'expired-token':
        return new ApiError(401, 'invalid_token', 'token expired', { headers: {
          'WWW-Authenticate': 'DPoP error="invalid_token", error_description="token expired"' } });
      case 'status':
        return new ApiError(fault.status, 'sandbox-fault', 'Tjenesten er midlertidig utilgjengelig (sandkassefeil)');
      case 'throttle':
        return new ApiError(429, 'throttled', 'For mange forespørsler, prøv igjen senere',
          { headers: { 'Retry-After': String(fault.retryAfter) } });
      case 'reject':
        return rejection([{ field: '', expression: 'Patient', code: 'rejected', fhirCode: 'business-rule',
          message: 'Meldingen ble avvist av mottaker (sandkassefeil for korrigeringstester)' }]);
      default:
        return undefined;
    }
  }

  async function write(req, res, url, transport, route, body, claims, drop) {
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || key.trim() === '' || key.length > 200) {
      throw new ApiError(400, 'idempotency-key-missing', 'Idempotency-Key mangler');
    }
    const slot = IdempotencyTable.slot(url.pathname, key);
    const digest = bodyDigest(body);
    await idempotency.exclusive(slot, async () => {
      const found = idempotency.lookup(slot, digest);
      if (found.reused) {
        throw new ApiError(422, 'idempotency-key-reused',
          'Idempotency-Key er allerede brukt med en annen forespørsel', { fhirCode: 'conflict' });
      }
      let response = found.replay;
      if (response) {
        response = { ...response, headers: { ...response.headers, 'Idempotent-Replayed': 'true' } };
      } else {
        const parsed = parseJsonBody(req, body);
        const ctx = { body: parsed, claims, idempotencyKey: key, transport: transport.name,
          receivedAt: new Date().toISOString(), url };
        const commit = await route.write(ctx);
        // The record and its idempotency entry are committed in this one synchronous step.
        response = rendered(transport, commit());
        idempotency.store(slot, digest, response);
      }
      if (drop === 'drop-after-commit') {
        req.socket.destroy();
        return;
      }
      send(res, transport, response);
    });
  }

  async function handle(req, res, url) {
    const kind = url.pathname.startsWith(`${FHIR_BASE}/`) ? 'fhir' : 'rest';
    const transport = TRANSPORTS[kind];
    const subPath = url.pathname.slice((kind === 'fhir' ? FHIR_BASE : REST_BASE).length);
    try {
      const { route, id } = findRoute(routes[kind], req.method, subPath);
      if (!route) {
        const known = Object.keys(routes[kind]).some((name) => name.endsWith(` ${subPath}`));
        throw known ? new ApiError(405, 'method-not-allowed', `${req.method} støttes ikke her`)
          : new ApiError(404, 'not-found', 'Ukjent ressurs');
      }
      // A front proxy's size limit: 413 before the body is read, then the connection closes while the client may
      // still be uploading (issue 9 item 5).
      if (faults.takeIf(url.pathname, 'too-large-close')) {
        log(`api: fault too-large-close on ${url.pathname}`);
        res.on('finish', () => req.socket.destroy());
        res.setHeader('Connection', 'close');
        send(res, transport, errorResponse(transport, new ApiError(413, 'body-too-large', 'Forespørselen er for stor')));
        return;
      }
      const body = await readBody(req);
      const claims = await auth.verify(req, url);
      const fault = faults.take(url.pathname);
      if (fault) {
        log(`api: fault ${fault.fault} on ${url.pathname}`);
        const error = faultError(fault);
        if (error) {
          throw error;
        }
        if (fault.fault === 'drop-before-commit') {
          req.socket.destroy();
          return;
        }
        if (fault.fault === 'delay') {
          await sleep(fault.delayMs);
        }
      }
      const drop = fault?.fault === 'drop-after-commit' ? fault.fault : undefined;
      if (route.write) {
        await write(req, res, url, transport, route, body, claims, drop);
      } else {
        const parsed = req.method === 'POST' ? parseJsonBody(req, body) : undefined;
        const response = rendered(transport, await route.read({ url, body: parsed, claims, id }));
        if (drop) {
          req.socket.destroy();
          return;
        }
        send(res, transport, response);
      }
    } catch (error) {
      if (!(error instanceof ApiError)) {
        log(`api: internal error on ${url.pathname}: ${error.name}`);
      }
      const apiError = error instanceof ApiError ? error
        : new ApiError(500, 'internal-error', 'Intern feil i sandkassen');
      if (!res.headersSent && !res.destroyed) {
        send(res, transport, errorResponse(transport, apiError));
      }
    } finally {
      log(`api: ${req.method} ${url.pathname} ${res.headersSent ? res.statusCode : 'dropped'}`);
    }
  }

  function describeSettings() {
    return { ...settings, xsdAvailable: api.xsd.available, persons: persons.size };
  }

  // Admin routes under /_sandbox/ (lib/admin.js): `${method} api/<name>` -> async (body) => answer
  function adminRoutes(AdminError) {
    return {
      'GET api/records': async () => api.records.toJson(),
      'POST api/faults': async (body) => {
        let fault;
        try {
          fault = parseFault(body);
        } catch (error) {
          if (error instanceof FaultSpecError) {
            throw new AdminError(400, error.message);
          }
          throw error;
        }
        if (fault.fault === 'use_dpop_nonce') {
          auth.nonce.require(fault.count);
        } else {
          faults.add(fault);
        }
        log(`admin: api fault ${fault.fault}`);
        return { faults: faults.describe(), dpopNonceRequired: auth.nonce.active };
      },
      'DELETE api/faults': async () => {
        faults.clear();
        auth.nonce.clear();
        return { faults: [], dpopNonceRequired: false };
      },
      'POST api/reset': async () => {
        api.records.clear();
        idempotency.clear();
        faults.clear();
        auth.nonce.clear();
        log('admin: api reset');
        return { counts: api.records.counts() };
      },
      'GET api/settings': async () => describeSettings(),
      'POST api/settings': async (body) => {
        if (body.xsdValidation !== undefined) {
          if (typeof body.xsdValidation !== 'boolean') {
            throw new AdminError(400, 'xsdValidation must be true or false');
          }
          settings.xsdValidation = body.xsdValidation;
          api.xsd.enabled = body.xsdValidation;
        }
        if (body.clockOffsetSeconds !== undefined) {
          if (!Number.isInteger(body.clockOffsetSeconds) || Math.abs(body.clockOffsetSeconds) > 86400) {
            throw new AdminError(400, 'clockOffsetSeconds must be an integer within ±86400');
          }
          settings.clockOffsetSeconds = body.clockOffsetSeconds;
        }
        const unknown = Object.keys(body).filter((name) => name !== 'xsdValidation' && name !== 'clockOffsetSeconds');
        if (unknown.length) {
          throw new AdminError(400, `unknown setting: ${unknown.join(', ')}`);
        }
        return describeSettings();
      },
    };
  }

  return {
    handles: (pathname) => pathname.startsWith(`${FHIR_BASE}/`) || pathname.startsWith(`${REST_BASE}/`),
    handle,
    adminRoutes,
    faultNames: API_FAULTS,
  };
}

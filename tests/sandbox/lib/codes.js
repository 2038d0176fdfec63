// Code-list endpoints with invented data (never real code texts), for `meldeklient-cli codes fetch` and the
// importer tests: Helsedirektoratet's KoTe download (JSON and the yearly XLSX), SSB Klass 131 (codes, codesAt,
// changes; format by Accept: JSON, CSV in ISO-8859-1 or UTF-8, XML refused with 406) and NHN's koder endpoint in
// both plausible shapes. Fault switches: POST /_sandbox/codes/faults {"kote"|"klass"|"koder": "truncated"|"empty"|"500"|
// "slow"|"changed"|null, "koderShape": "fhir"|"list"}; GET /_sandbox/codes/requests counts requests per route.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const read = (name) => readFileSync(join(dataDir, name));

export const CODES_ADMIN = '/_sandbox/codes/';
const KOTE_JSON = '/kote/api/code-systems/ICD10/download/JSON';
const KOTE_XLSX = '/kote/ICD-10-kodeliste.xlsx';
const KLASS = '/klass/v1/classifications/131/';
const KODER = '/api/koder';
export const CODE_FAULTS = ['truncated', 'empty', '500', 'slow', 'changed'];

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

async function readJsonBody(req) {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 65536) throw new Error('body too large');
  }
  return text ? JSON.parse(text) : {};
}

// Klass CSV: the ranged header order, every field quoted; `latin1` answers in Klass's default charset.
function klassCsv(codes, latin1) {
  const fields = ['code', 'parentCode', 'level', 'name', 'shortName', 'presentationName', 'validFrom', 'validTo',
    'validFromInRequestedRange', 'validToInRequestedRange', 'notes'];
  const quote = (v) => (v === null || v === undefined ? '' : `"${String(v).replaceAll('"', '""')}"`);
  const text = [fields.map(quote).join(','), ...codes.map((c) => fields.map((f) => quote(c[f])).join(','))].join('\n');
  return latin1 ? Buffer.from(`${text}\n`, 'latin1') : Buffer.from(`${text}\n`, 'utf8');
}

export function createCodeLists({ log = () => {} } = {}) {
  const faults = { kote: null, klass: null, koder: null, koderShape: 'fhir' };
  const requests = {};
  const koteJson = read('kote-icd10.json');
  const koteXlsx = read('kote-icd10.xlsx');
  const klassCodes = JSON.parse(read('klass-131-codes.json'));
  const klassChanges = JSON.parse(read('klass-131-changes.json'));

  // The fault of a family, applied to a body: truncated, empty or changed content; 500 and slow answer here.
  async function faulted(res, family, body, type) {
    const fault = faults[family];
    if (fault === '500') {
      send(res, 500, 'application/json', '{"error":"server_error"}');
      return true;
    }
    if (fault === 'slow') await new Promise((r) => setTimeout(r, 3000));
    let out = body;
    if (fault === 'truncated') out = body.subarray(0, Math.floor(body.length / 2));
    if (fault === 'empty') out = Buffer.from(type.startsWith('application/json') ? (family === 'klass' ? '{"codes":[]}' : '[]') : '');
    if (fault === 'changed' && family === 'kote') {
      const rows = JSON.parse(body);
      rows.push({ Kode: 'U99.9', Tekst_uten_lengdebegrensning: 'Ny kode i samme fil (fiktiv)',
        Tekst_med_maksimalt_60_tegn: 'Ny kode (fiktiv)', Gyldig_fra: '2027-01-01T00:00:00', Gyldig_til: null });
      out = Buffer.from(JSON.stringify(rows));
    }
    send(res, 200, type, out);
    return true;
  }

  function klass(req, res, url) {
    const what = url.pathname.slice(KLASS.length);
    const accept = String(req.headers.accept ?? '');
    let body;
    if (what === 'changes') {
      const from = url.searchParams.get('from') ?? '0000-01-01';
      body = { codeChanges: klassChanges.codeChanges.filter((c) => c.changeOccurred >= from) };
    } else if (what === 'codes' || what === 'codesAt') {
      const date = url.searchParams.get('date');
      const codes = what === 'codesAt'
        ? klassCodes.codes.filter((c) => c.validFrom <= date && (!c.validTo || date < c.validTo))
          .map(({ validFromInRequestedRange, validToInRequestedRange, ...rest }) => rest)
        : klassCodes.codes;
      body = { codes };
    } else {
      send(res, 404, 'application/json', '{"error":"not found"}');
      return true;
    }
    if (accept.includes('text/csv')) {
      if (what === 'changes') {
        send(res, 406, 'application/json', '{"error":"csv only for codes in the sandbox"}');
        return true;
      }
      const utf8 = /charset=utf-8/i.test(accept);
      return faulted(res, 'klass', klassCsv(body.codes, !utf8), `text/csv; charset=${utf8 ? 'UTF-8' : 'ISO-8859-1'}`);
    }
    if (!accept.includes('application/json')) {
      // Klass answers XML by default; the client must ask for JSON.
      send(res, 406, 'application/json', '{"error":"ask for application/json or text/csv"}');
      return true;
    }
    return faulted(res, 'klass', Buffer.from(JSON.stringify(body)), 'application/json; charset=utf-8');
  }

  function koder(res, url) {
    if (url.searchParams.get('oid') !== '7110') {
      send(res, 404, 'application/json', '{"error":"unknown oid"}');
      return true;
    }
    const name = faults.koderShape === 'list' ? 'koder-7110-list.json' : 'koder-7110-valueset.json';
    return faulted(res, 'koder', read(name), 'application/json; charset=utf-8');
  }

  return {
    handles: (path) => path.startsWith(CODES_ADMIN) || path === KOTE_JSON || path === KOTE_XLSX
      || path.startsWith(KLASS) || path === KODER,
    async handle(req, res, url) {
      const path = url.pathname;
      if (path === `${CODES_ADMIN}faults` && req.method === 'POST') {
        const body = await readJsonBody(req);
        for (const family of ['kote', 'klass', 'koder']) {
          if (family in body) {
            if (body[family] !== null && !CODE_FAULTS.includes(body[family])) {
              send(res, 400, 'application/json', JSON.stringify({ error: `unknown fault ${body[family]}` }));
              return;
            }
            faults[family] = body[family];
          }
        }
        if (body.koderShape === 'fhir' || body.koderShape === 'list') faults.koderShape = body.koderShape;
        log(`code-list faults ${JSON.stringify(faults)}`);
        send(res, 200, 'application/json', JSON.stringify(faults));
        return;
      }
      if (path === `${CODES_ADMIN}requests` && req.method === 'GET') {
        send(res, 200, 'application/json', JSON.stringify(requests));
        return;
      }
      if (req.method !== 'GET') {
        send(res, 405, 'application/json', '{"error":"method not allowed"}');
        return;
      }
      requests[path] = (requests[path] ?? 0) + 1;
      if (path === KOTE_JSON) {
        await faulted(res, 'kote', koteJson, 'application/json; charset=utf-8');
      } else if (path === KOTE_XLSX) {
        await faulted(res, 'kote', koteXlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      } else if (path.startsWith(KLASS)) {
        await klass(req, res, url);
      } else {
        await koder(res, url);
      }
    },
  };
}

// nhn-rest transport: NHN's current REST API with our mapping of its bodies (README.md, "National API").
import { ApiError, rejection } from './errors.js';
import { classifyIdentifier } from './identity.js';
import { certificatePdf } from './pdf.js';
import { prepareCause, prepareDeath, prepareVoid } from './operations.js';
import { issue } from './validation.js';

const FORM_NAME = 'dodsaarsak_1';

function requireObject(body) {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new ApiError(400, 'invalid-json', 'Forespørselen må være et JSON-objekt');
  }
}

function identifierFromRest(value) {
  return value && typeof value === 'object' ? { type: value.type, value: value.verdi } : undefined;
}

function reporterFromRest(value) {
  return value && typeof value === 'object' ? value : {};
}

// svar: [{ linkId, verdi }] → Map linkId -> values
function answersFromSvar(svar) {
  if (!Array.isArray(svar)) {
    throw rejection([{ field: 'svar', code: 'structure', message: 'svar må være en liste' }]);
  }
  const answers = new Map();
  for (const entry of svar) {
    if (!entry || typeof entry.linkId !== 'string') {
      throw rejection([{ field: 'svar', code: 'structure', message: 'Hvert svar må ha en linkId' }]);
    }
    const { verdi } = entry;
    let value;
    if (verdi && typeof verdi === 'object') {
      value = { kind: 'coding', system: verdi.system, code: verdi.kode };
    } else if (typeof verdi === 'string' || typeof verdi === 'boolean' || typeof verdi === 'number') {
      value = { kind: typeof verdi, value: verdi };
    } else {
      value = { kind: 'unknown' };
    }
    if (!answers.has(entry.linkId)) {
      answers.set(entry.linkId, []);
    }
    answers.get(entry.linkId).push(value);
  }
  return answers;
}

function personJson(person) {
  return {
    identifikator: person.identifikator,
    fornavn: person.fornavn,
    ...(person.mellomnavn ? { mellomnavn: person.mellomnavn } : {}),
    etternavn: person.etternavn,
    foedselsdato: person.foedselsdato,
    kjoenn: person.kjoenn,
    doed: person.doed === true,
    ...(person.doed ? { doedsdato: person.doedsdato } : {}),
  };
}

export function createRestRoutes(api) {
  return {
    // A read, though POST: the number stays out of URLs and logs. No Idempotency-Key needed.
    'POST /personoppslag': {
      read: async ({ body }) => {
        requireObject(body);
        const checked = classifyIdentifier(body.identifikator);
        if (!checked.ok) {
          throw new ApiError(400, 'invalid-identifier', checked.message);
        }
        const person = api.persons.get(body.identifikator);
        return { status: 200, body: { personer: person ? [personJson(person)] : [] } };
      },
    },

    // The physician's certificate of a recorded cause of death; only the physician who reported it sees it.
    'GET /legeerklaering/:id': {
      read: async ({ id, claims }) => {
        const cause = api.records.causeById(id);
        if (!cause || cause.hpr !== claims['helseid://claims/hpr/hpr_number']) {
          throw new ApiError(404, 'not-found', 'Fant ingen legeerklæring med denne id-en for innlogget lege');
        }
        return { status: 200, contentType: 'application/pdf', raw: certificatePdf([
          'Legeerklaering om dodsfall (Meldeklient sandkasse, ikke et ekte dokument)',
          `Dodsarsak-id: ${cause.id}`, `Dodsfall-id: ${cause.death.id}`, `Mottatt: ${cause.receivedAt}`]) };
      },
    },

    'POST /dodsfall': {
      write: async (ctx) => {
        requireObject(ctx.body);
        const { body } = ctx;
        const death = {
          identifier: identifierFromRest(body.identifikator),
          deathTime: body.doedstidspunkt,
          reporter: reporterFromRest(body.meldendeLege),
        };
        if (death.identifier && death.identifier.type !== 'FNR' && death.identifier.type !== 'DNR') {
          death.puf = body.personUtenFoedselsnummer ?? {};
        }
        const commit = await prepareDeath(api, death, ctx);
        return () => {
          const committed = commit();
          return { status: 201, body: { dodsfallId: committed.id, mottatt: ctx.receivedAt } };
        };
      },
    },

    'POST /dodsarsaker': {
      write: async (ctx) => {
        requireObject(ctx.body);
        const { body } = ctx;
        if (body.skjema?.navn !== FORM_NAME || typeof body.skjema?.versjon !== 'string' || body.skjema.versjon === '') {
          throw rejection([issue('questionnaire', 'unknown-questionnaire',
            `skjema må være {"navn": "${FORM_NAME}", "versjon": "<versjon>"}`)]);
        }
        const commit = await prepareCause(api, {
          deathId: typeof body.dodsfallId === 'string' || typeof body.dodsfallId === 'number' ? String(body.dodsfallId) : undefined,
          reporter: reporterFromRest(body.meldendeLege),
          answers: answersFromSvar(body.svar),
        }, ctx);
        return () => {
          const { id } = commit();
          return { status: 201, body: { dodsarsakId: id, mottatt: ctx.receivedAt,
            legeerklaering: `${api.baseUrl('rest')}/legeerklaering/${id}` } };
        };
      },
    },

    'POST /dodsfall/annullering': {
      write: async (ctx) => {
        requireObject(ctx.body);
        const { body } = ctx;
        const commit = await prepareVoid(api, {
          deathId: body.dodsfallId ?? undefined,
          identifier: identifierFromRest(body.identifikator),
          reporter: reporterFromRest(body.meldendeLege),
          reason: body.begrunnelse,
          requireReason: true,
        }, ctx);
        return () => {
          const { id, death } = commit();
          return { status: 201, body: { annulleringId: id, dodsfallId: death.id, mottatt: ctx.receivedAt } };
        };
      },
    },
  };
}

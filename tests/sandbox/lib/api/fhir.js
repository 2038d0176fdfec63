// nhn-fhir transport: NHN's retired FHIR R4 API (PractitionerRole, Patient, QuestionnaireResponse,
// Questionnaire/1, Patient search), as in ../shared/reference/nhn-dodsmelding-fhir/.
import { ApiError, rejection } from './errors.js';
import { prepareCause, prepareDeath, prepareVoid } from './operations.js';
import { checkReporter, issue } from './validation.js';

export const FNR_SYSTEM = 'urn:oid:2.16.578.1.12.4.1.4.1';
export const DNR_SYSTEM = 'urn:oid:2.16.578.1.12.4.1.4.2';
const FH_SYSTEM = 'urn:oid:2.16.578.1.12.4.1.4.3';
const VOLVEN_8116 = 'https://api.helsepunkt.no/api/koder/8116';
const REASON_FOR_STAY = 'http://nhn.no/dodsmelding/fhir/StructureDefinition/ReasonForStay';
const DEATH_CERTIFICATE = 'http://nhn.no/dodsmelding/fhir/StructureDefinition/DeathCertificate';
const GENDERS = { male: 'mann', female: 'kvinne', unknown: 'ukjent', other: 'ukjent' };
const FHIR_GENDERS = { mann: 'male', kvinne: 'female', ukjent: 'unknown' };

function structure(message, expression) {
  return rejection([{ code: 'structure', message, expression, field: expression }]);
}

function requireResource(body, type) {
  if (body?.resourceType !== type) {
    throw new ApiError(400, 'wrong-resource', `Forventet en ${type}-ressurs`, { fhirCode: 'invalid' });
  }
}

function referenceId(reference, type) {
  const match = new RegExp(`(?:^|/)${type}/([^/]+)$`).exec(typeof reference === 'string' ? reference : '');
  return match?.[1];
}

function reporterFromRole(body) {
  const telecom = Array.isArray(body.telecom) ? body.telecom : [];
  const find = (system) => telecom.find((entry) => entry?.system === system && typeof entry.value === 'string')?.value;
  const reporter = { virksomhet: body.organization?.display };
  const location = Array.isArray(body.location) ? body.location[0]?.display : undefined;
  for (const [name, value] of [['avdeling', location], ['epost', find('email')], ['telefon', find('phone')]]) {
    if (value !== undefined) {
      reporter[name] = value;
    }
  }
  return reporter;
}

function roleResource(role) {
  const { reporter } = role;
  const telecom = [];
  if (reporter.epost !== undefined) {
    telecom.push({ system: 'email', value: reporter.epost });
  }
  if (reporter.telefon !== undefined) {
    telecom.push({ system: 'phone', value: reporter.telefon });
  }
  return {
    resourceType: 'PractitionerRole',
    id: role.id,
    organization: { display: reporter.virksomhet },
    ...(reporter.avdeling !== undefined ? { location: [{ display: reporter.avdeling }] } : {}),
    telecom,
  };
}

function identifierFromFhir(identifiers) {
  const entry = Array.isArray(identifiers) ? identifiers[0] : undefined;
  if (!entry || typeof entry !== 'object') {
    return undefined;
  }
  const system = typeof entry.system === 'string' ? entry.system.trim() : '';
  if (system === FNR_SYSTEM) {
    return { type: 'FNR', value: entry.value };
  }
  if (system === DNR_SYSTEM) {
    return { type: 'DNR', value: entry.value };
  }
  if (system === FH_SYSTEM) {
    return { type: 'FHN', value: entry.value };
  }
  const code = entry.type?.coding?.[0]?.code;
  return code === undefined ? { type: undefined, value: entry.value } : { type: code, value: entry.value };
}

function identifierToFhir(identifier) {
  if (identifier.type === 'FNR' || identifier.type === 'DNR') {
    return { system: identifier.type === 'FNR' ? FNR_SYSTEM : DNR_SYSTEM, value: identifier.value };
  }
  return { type: { coding: [{ system: VOLVEN_8116, code: identifier.type }] }, value: identifier.value };
}

function pufFromPatient(body) {
  const name = Array.isArray(body.name) ? body.name[0] ?? {} : {};
  const given = Array.isArray(name.given) ? name.given : [];
  const reason = (Array.isArray(body.extension) ? body.extension : [])
    .find((extension) => extension?.url === REASON_FOR_STAY)?.valueCodeableConcept?.coding?.[0]?.code;
  return {
    fornavn: given[0],
    ...(given.length > 1 ? { mellomnavn: given.slice(1).join(' ') } : {}),
    etternavn: name.family,
    foedselsdato: body.birthDate,
    kjoenn: GENDERS[body.gender],
    bostedsland: Array.isArray(body.address) ? body.address[0]?.country : undefined,
    ...(reason !== undefined ? { oppholdsgrunn: reason } : {}),
  };
}

// The PractitionerRole a Patient or QuestionnaireResponse refers to; it must be the signed-in physician's.
function roleOf(api, reference, claims, expression) {
  const id = referenceId(reference, 'PractitionerRole');
  const role = id === undefined ? undefined : api.records.roleById(id);
  if (!role || role.hpr !== claims['helseid://claims/hpr/hpr_number']) {
    throw rejection([{ ...issue('practitionerRole', 'unknown-practitioner-role',
      'Ukjent PractitionerRole for innlogget lege (send PractitionerRole først)'), expression }]);
  }
  return role;
}

// QuestionnaireResponse items (groups nested) → Map linkId -> values.
export function answersFromItems(items, answers = new Map()) {
  for (const item of Array.isArray(items) ? items : []) {
    if (!item || typeof item.linkId !== 'string') {
      throw structure('Hvert item må ha en linkId', 'QuestionnaireResponse.item');
    }
    for (const answer of Array.isArray(item.answer) ? item.answer : []) {
      let value;
      if (answer.valueCoding) {
        value = { kind: 'coding', system: answer.valueCoding.system, code: answer.valueCoding.code };
      } else if (typeof answer.valueBoolean === 'boolean') {
        value = { kind: 'boolean', value: answer.valueBoolean };
      } else if (typeof answer.valueInteger === 'number' || typeof answer.valueDecimal === 'number') {
        value = { kind: 'number', value: answer.valueInteger ?? answer.valueDecimal };
      } else {
        const text = answer.valueString ?? answer.valueDate ?? answer.valueTime ?? answer.valueDateTime;
        value = typeof text === 'string' ? { kind: 'string', value: text } : { kind: 'unknown' };
      }
      if (!answers.has(item.linkId)) {
        answers.set(item.linkId, []);
      }
      answers.get(item.linkId).push(value);
      answersFromItems(answer.item, answers);
    }
    answersFromItems(item.item, answers);
  }
  return answers;
}

function patientResource(person, index) {
  const given = [person.fornavn, ...(person.mellomnavn ? [person.mellomnavn] : [])];
  return {
    resourceType: 'Patient',
    id: `sandbox-person-${index}`,
    identifier: [{ use: 'official', system: person.identifikator[0] >= '4' ? DNR_SYSTEM : FNR_SYSTEM,
      value: person.identifikator }],
    name: [{ use: 'official', family: person.etternavn, given }],
    gender: FHIR_GENDERS[person.kjoenn] ?? 'unknown',
    birthDate: person.foedselsdato,
    ...(person.doed ? { deceasedDateTime: person.doedsdato } : { deceasedBoolean: false }),
  };
}

export function createFhirRoutes(api) {
  const base = () => api.baseUrl('fhir');

  return {
    'GET /Patient': {
      read: async ({ url }) => {
        const parameter = url.searchParams.get('identifier') ?? '';
        const bar = parameter.indexOf('|');
        const system = parameter.slice(0, bar);
        const value = parameter.slice(bar + 1);
        if (bar < 0 || (system !== FNR_SYSTEM && system !== DNR_SYSTEM) || !/^\d{11}$/.test(value)) {
          throw new ApiError(400, 'invalid-search', `Søk med identifier=${FNR_SYSTEM}|<11 siffer> (D-nummer: ${DNR_SYSTEM})`,
            { fhirCode: 'invalid' });
        }
        const person = api.persons.get(value);
        const entries = person ? [{ fullUrl: `${base()}/Patient/sandbox-person-${api.personIndex(value)}`,
          resource: patientResource(person, api.personIndex(value)), search: { mode: 'match' } }] : [];
        return { status: 200, body: { resourceType: 'Bundle', type: 'searchset', total: entries.length, entry: entries } };
      },
    },

    'GET /Questionnaire/1': {
      read: async () => ({ status: 200, raw: api.questionnaireText() }),
    },

    'POST /PractitionerRole': {
      write: async (ctx) => {
        requireResource(ctx.body, 'PractitionerRole');
        const reporter = reporterFromRole(ctx.body);
        const issues = [];
        checkReporter(reporter, issues);
        if (issues.length) {
          throw rejection(issues);
        }
        const role = api.records.prepareRole(ctx.claims['helseid://claims/hpr/hpr_number'], reporter);
        return () => {
          const committed = api.records.commitRole(role);
          return { status: 201, body: roleResource(committed), location: `${base()}/PractitionerRole/${committed.id}` };
        };
      },
    },

    'POST /Patient': {
      write: async (ctx) => {
        requireResource(ctx.body, 'Patient');
        const { body } = ctx;
        const identifier = identifierFromFhir(body.identifier);
        const gp = Array.isArray(body.generalPractitioner) ? body.generalPractitioner[0] : body.generalPractitioner;
        const role = roleOf(api, gp?.reference, ctx.claims, 'Patient.generalPractitioner');
        if (body.deceasedBoolean === false || body.deceasedBoolean === 'false') {
          const commit = await prepareVoid(api, { identifier, reporter: role.reporter }, ctx);
          return () => {
            const { death } = commit();
            return { status: 201, body: { resourceType: 'Patient', id: death.id,
              identifier: [identifierToFhir(death.identifier)], deceasedBoolean: false },
            location: `${base()}/Patient/${death.id}` };
          };
        }
        const death = { identifier, deathTime: body.deceasedDateTime, reporter: role.reporter };
        if (identifier && identifier.type !== 'FNR' && identifier.type !== 'DNR') {
          death.puf = pufFromPatient(body);
        }
        const commit = await prepareDeath(api, death, ctx);
        return () => {
          const committed = commit();
          return { status: 201, body: { resourceType: 'Patient', id: committed.id,
            identifier: [identifierToFhir(identifier)], deceasedDateTime: body.deceasedDateTime },
          location: `${base()}/Patient/${committed.id}` };
        };
      },
    },

    'POST /QuestionnaireResponse': {
      write: async (ctx) => {
        requireResource(ctx.body, 'QuestionnaireResponse');
        const { body } = ctx;
        if (typeof body.questionnaire !== 'string' || !/^(.*\/)?(Questionnaire\/)?1$/.test(body.questionnaire)) {
          throw rejection([issue('questionnaire', 'unknown-questionnaire', 'QuestionnaireResponse må gjelde Questionnaire/1')]);
        }
        if (body.status !== 'completed') {
          throw rejection([{ expression: 'QuestionnaireResponse.status', code: 'invalid',
            message: 'QuestionnaireResponse.status må være «completed»' }]);
        }
        const role = roleOf(api, body.author?.reference, ctx.claims, 'QuestionnaireResponse.author');
        const commit = await prepareCause(api, { deathId: referenceId(body.subject?.reference, 'Patient'),
          answers: answersFromItems(body.item) }, ctx);
        return () => {
          const { id, death } = commit();
          return {
            status: 201,
            location: `${base()}/QuestionnaireResponse/${id}`,
            body: {
              resourceType: 'QuestionnaireResponse',
              id,
              extension: [{ url: DEATH_CERTIFICATE, valueReference: { reference: `${base()}/DocumentReference/${id}` } }],
              questionnaire: '1',
              status: 'completed',
              subject: { reference: `${base()}/Patient/${death.id}` },
              authored: ctx.receivedAt,
              author: { reference: `${base()}/PractitionerRole/${role.id}` },
            },
          };
        };
      },
    },
  };
}

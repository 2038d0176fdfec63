// The sandbox's business rules (tests/sandbox/README.md), shared by both transports. Each transport
// turns its body into the models below; the issues name both the REST field and the FHIR expression.
//   death:  { identifier: {type, value}, puf?: {fornavn, mellomnavn?, etternavn, foedselsdato, kjoenn,
//             bostedsland, oppholdsgrunn?}, deathTime, reporter: {virksomhet, avdeling?, epost?, telefon?} }
//   answers: Map linkId -> [{ kind: 'coding', system, code } | { kind: 'string'|'boolean'|'number', value }]
import { readFileSync } from 'node:fs';
import { classifyIdentifier } from './identity.js';

const FIELDS = {
  identifier: { field: 'identifikator', expression: 'Patient.identifier' },
  deathTime: { field: 'doedstidspunkt', expression: 'Patient.deceasedDateTime' },
  organisation: { field: 'meldendeLege.virksomhet', expression: 'PractitionerRole.organization.display' },
  telecom: { field: 'meldendeLege', expression: 'PractitionerRole.telecom' },
  fornavn: { field: 'personUtenFoedselsnummer.fornavn', expression: 'Patient.name.given' },
  etternavn: { field: 'personUtenFoedselsnummer.etternavn', expression: 'Patient.name.family' },
  foedselsdato: { field: 'personUtenFoedselsnummer.foedselsdato', expression: 'Patient.birthDate' },
  kjoenn: { field: 'personUtenFoedselsnummer.kjoenn', expression: 'Patient.gender' },
  bostedsland: { field: 'personUtenFoedselsnummer.bostedsland', expression: 'Patient.address.country' },
  reason: { field: 'begrunnelse', expression: 'Patient' },
  death: { field: 'dodsfallId', expression: 'QuestionnaireResponse.subject' },
  practitionerRole: { field: 'meldendeLege', expression: 'generalPractitioner' },
  questionnaire: { field: 'skjema', expression: 'QuestionnaireResponse.questionnaire' },
  xsd: { field: '', expression: 'Patient' },
};

export function issue(name, code, message) {
  return { ...(FIELDS[name] ?? { field: name, expression: name }), code, message };
}

const NATIONAL_TYPES = new Set(['FNR', 'DNR']);
const REFUSED_TYPES = new Set(['HNR', 'FHN']);
const SEXES = new Set(['mann', 'kvinne', 'ukjent']);
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

function isText(value) {
  return typeof value === 'string' && value.trim() !== '';
}

function isRealDate(text) {
  const match = DATE.exec(text.slice(0, 10));
  if (!match) {
    return false;
  }
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1
    && date.getUTCDate() === Number(match[3]);
}

// Today in Norway: a date-only death date is the local date of the death.
function todayInNorway(nowMs) {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date(nowMs));
}

function isInFuture(text, nowMs) {
  if (text.length === 10) {
    return text > todayInNorway(nowMs);
  }
  return Date.parse(text) > nowMs + 60 * 1000;
}

export function checkIdentifier(identifier, issues) {
  const { type, value } = identifier ?? {};
  if (!isText(type) || !isText(value)) {
    issues.push(issue('identifier', 'required', 'Identifikator for den døde mangler'));
    return;
  }
  if (REFUSED_TYPES.has(type)) {
    issues.push(issue('identifier', 'identifier-type', 'H-nummer og FH-nummer kan ikke brukes i dødsmeldingen'));
    return;
  }
  if (!NATIONAL_TYPES.has(type)) {
    return; // a foreign or other identifier of a person without a Norwegian number (PUF)
  }
  const checked = classifyIdentifier(value);
  if (!checked.ok) {
    issues.push(issue('identifier', checked.code, checked.message));
  } else if (checked.kind !== type) {
    issues.push(issue('identifier', 'identifier-type', checked.kind === 'DNR'
      ? 'Nummeret er et D-nummer, men er sendt som fødselsnummer' : 'Nummeret er et fødselsnummer, men er sendt som D-nummer'));
  }
}

export function checkReporter(reporter, issues) {
  if (!isText(reporter?.virksomhet)) {
    issues.push(issue('organisation', 'required', 'Virksomheten til meldende lege mangler'));
  }
  if (!isText(reporter?.epost) && !isText(reporter?.telefon)) {
    issues.push(issue('telecom', 'required', 'Meldende lege må oppgi telefonnummer eller e-postadresse'));
  }
}

export function isNationalIdentifier(identifier) {
  return NATIONAL_TYPES.has(identifier?.type);
}

export function validateDeath(death, { pufTypes, registeredDeath, nowMs }) {
  const issues = [];
  checkIdentifier(death.identifier, issues);
  const type = death.identifier?.type;
  if (isText(type) && !NATIONAL_TYPES.has(type) && !REFUSED_TYPES.has(type)) {
    if (!pufTypes.has(type)) {
      issues.push(issue('identifier', 'invalid-code', `Ukjent identifikatortype «${type}» (Volven 8116)`));
    }
    const puf = death.puf ?? {};
    if (!isText(puf.fornavn)) {
      issues.push(issue('fornavn', 'required', 'Fornavn mangler for person uten fødselsnummer'));
    }
    if (!isText(puf.etternavn)) {
      issues.push(issue('etternavn', 'required', 'Etternavn mangler for person uten fødselsnummer'));
    }
    if (!isText(puf.foedselsdato) || puf.foedselsdato.length !== 10 || !isRealDate(puf.foedselsdato)) {
      issues.push(issue('foedselsdato', 'invalid', 'Fødselsdato mangler eller er ugyldig (ÅÅÅÅ-MM-DD)'));
    } else if (isInFuture(puf.foedselsdato, nowMs)) {
      issues.push(issue('foedselsdato', 'invalid', 'Fødselsdato kan ikke være i fremtiden'));
    }
    if (!SEXES.has(puf.kjoenn)) {
      issues.push(issue('kjoenn', 'invalid-code', 'Kjønn mangler eller er ugyldig'));
    }
    if (typeof puf.bostedsland !== 'string' || !/^[A-Z]{2}$/.test(puf.bostedsland)) {
      issues.push(issue('bostedsland', 'invalid', 'Bostedsland mangler eller er ikke en landkode (ISO 3166 alpha-2)'));
    }
  }
  const time = death.deathTime;
  if (!isText(time)) {
    issues.push(issue('deathTime', 'required', 'Dødstidspunkt mangler'));
  } else if (!DATE_TIME.test(time) || !isRealDate(time) || (time.length > 10 && Number.isNaN(Date.parse(time)))) {
    issues.push(issue('deathTime', 'invalid', 'Dødstidspunkt er ikke en gyldig dato eller tid'));
  } else if (isInFuture(time, nowMs)) {
    issues.push(issue('deathTime', 'invalid', 'Dødstidspunkt kan ikke være i fremtiden'));
  }
  if (registeredDeath) {
    issues.push(issue('identifier', 'already-dead', 'Personen er allerede registrert som død i Folkeregisteret'));
  }
  checkReporter(death.reporter, issues);
  return issues;
}

export function validateVoid(voidRequest) {
  const issues = [];
  checkIdentifier(voidRequest.identifier, issues);
  if (voidRequest.identifier?.type && !isNationalIdentifier(voidRequest.identifier)) {
    issues.push(issue('identifier', 'not-supported',
      'Annullering støttes bare for personer med fødselsnummer eller D-nummer'));
  }
  checkReporter(voidRequest.reporter, issues);
  return issues;
}

// ---- Del 2: the questionnaire forms/dodsaarsak.json ----

const CAUSE_GROUP = '3_causeOfDeath_group';
const VALUE_SET_PATTERNS = {
  'urn:oid:2.16.578.1.12.4.1.1.7110': { pattern: /^[A-Z]\d{2}[0-9A-Z]{0,2}$/, what: 'ICD-10-kode' },
  'urn:oid:2.16.578.1.12.4.1.1.3402': { pattern: /^\d{4}$/, what: 'kommunenummer' },
};

export class QuestionnaireRules {
  static fromFile(path) {
    return new QuestionnaireRules(JSON.parse(readFileSync(path, 'utf8')));
  }

  constructor(questionnaire) {
    this.questionnaire = questionnaire;
    this.items = new Map(); // linkId -> { item, group, order }
    const walk = (items, group) => {
      for (const item of items ?? []) {
        this.items.set(item.linkId, { item, group, order: this.items.size,
          codes: item.answerOption ? new Set(item.answerOption.map((option) => option.valueCoding?.code)) : undefined });
        walk(item.item, item.type === 'group' ? item.linkId : group);
      }
    };
    walk(questionnaire.item, undefined);
    const constraint = (questionnaire.extension ?? []).find((extension) => extension.url
      === 'http://hl7.org/fhir/StructureDefinition/questionnaire-constraint');
    this.causeRuleText = constraint?.extension?.find((part) => part.url === 'human')?.valueString
      ?? 'Minst ett årsaksfelt skal være utfylt';
  }

  get version() {
    return this.questionnaire.version;
  }

  isEnabled(item, answers) {
    const conditions = item.enableWhen;
    if (!conditions?.length) {
      return true;
    }
    const results = conditions.map((condition) => {
      const given = answers.get(condition.question) ?? [];
      if (condition.operator === 'exists') {
        return (given.length > 0) === condition.answerBoolean;
      }
      const matches = given.some((value) => ('answerCoding' in condition
        ? value.kind === 'coding' && value.code === condition.answerCoding.code
        : value.kind === 'boolean' && value.value === condition.answerBoolean));
      return condition.operator === '=' ? matches : !matches;
    });
    return item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean);
  }

  checkValue(entry, value, issues) {
    const { item } = entry;
    const label = `«${item.text}»`;
    const bad = (code, message) => issues.push({ linkId: item.linkId, expression: item.linkId, code, message });
    switch (item.type) {
      case 'choice': {
        if (value.kind !== 'coding' || !isText(value.code)) {
          bad('invalid-type', `${label} skal besvares med en kode`);
        } else if (entry.codes && !entry.codes.has(value.code)) {
          bad('invalid-code', `Ugyldig kode for ${label}`);
        } else if (!entry.codes && VALUE_SET_PATTERNS[item.answerValueSet]
          && !VALUE_SET_PATTERNS[item.answerValueSet].pattern.test(value.code)) {
          bad('invalid-code', `Ugyldig ${VALUE_SET_PATTERNS[item.answerValueSet].what} for ${label}`);
        }
        break;
      }
      case 'boolean':
        if (value.kind !== 'boolean') {
          bad('invalid-type', `${label} skal besvares med ja eller nei`);
        }
        break;
      case 'date':
        if (value.kind !== 'string' || value.value.length !== 10 || !isRealDate(value.value)) {
          bad('invalid-type', `${label} skal være en dato (ÅÅÅÅ-MM-DD)`);
        }
        break;
      case 'time':
        if (value.kind !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(value.value)) {
          bad('invalid-type', `${label} skal være et klokkeslett (TT:MM)`);
        }
        break;
      case 'string':
      case 'text':
        if (value.kind !== 'string' || !isText(value.value)) {
          bad('invalid-type', `${label} skal være tekst`);
        } else if (item.maxLength && [...value.value].length > item.maxLength) {
          bad('too-long', `${label} kan ha høyst ${item.maxLength} tegn`);
        }
        break;
      default:
        bad('not-answerable', `${label} skal ikke besvares`);
    }
  }

  validate(answers) {
    const issues = [];
    for (const [linkId, values] of answers) {
      const entry = this.items.get(linkId);
      if (!entry) {
        issues.push({ linkId, expression: linkId, code: 'unknown-item', message: `Ukjent spørsmål «${linkId}»` });
        continue;
      }
      const { item } = entry;
      if (!this.isEnabled(item, answers)) {
        issues.push({ linkId, expression: linkId, code: 'not-enabled',
          message: `«${item.text}» skal ikke besvares slik resten av skjemaet er fylt ut` });
        continue;
      }
      if (!item.repeats && values.length > 1) {
        issues.push({ linkId, expression: linkId, code: 'repeats', message: `«${item.text}» kan bare ha ett svar` });
      }
      for (const value of values) {
        this.checkValue(entry, value, issues);
      }
    }
    for (const [linkId, { item }] of this.items) {
      if (item.required && item.type !== 'group' && !answers.get(linkId)?.length && this.isEnabled(item, answers)) {
        issues.push({ linkId, expression: linkId, code: 'required', message: `«${item.text}» må fylles ut` });
      }
    }
    const causeAnswered = [...answers].some(([linkId, values]) => values.length
      && this.items.get(linkId)?.group === CAUSE_GROUP);
    if (!causeAnswered) {
      issues.push({ linkId: CAUSE_GROUP, expression: CAUSE_GROUP, code: 'constraint', message: this.causeRuleText });
    }
    return issues;
  }
}

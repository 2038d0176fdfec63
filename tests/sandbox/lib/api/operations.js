// The three submissions (Del 1, Del 2, void) after each transport has turned its body into the shared
// model: validation, Folkeregisteret's XSD, and a commit function that changes state in one synchronous step.
import { rejection } from './errors.js';
import { issue, validateDeath, validateVoid, checkReporter } from './validation.js';
import { deathXml, voidXml } from './xsd.js';

function rejectIf(issues) {
  if (issues.length) {
    throw rejection(issues);
  }
}

function xsdContext(ctx) {
  return {
    messageId: ctx.idempotencyKey,
    sentAt: ctx.receivedAt,
    physicianHpr: ctx.claims['helseid://claims/hpr/hpr_number'],
    physicianPid: ctx.claims['helseid://claims/identity/pid'],
  };
}

function record(ctx) {
  return { idempotencyKey: ctx.idempotencyKey, transport: ctx.transport, receivedAt: ctx.receivedAt, body: ctx.body };
}

// → commit() returning the death { id, ... }
export async function prepareDeath(api, death, ctx) {
  const registered = death.identifier?.type === 'FNR' || death.identifier?.type === 'DNR'
    ? api.persons.get(death.identifier.value) : undefined;
  rejectIf(validateDeath(death, { pufTypes: api.pufTypes, registeredDeath: registered?.doed === true,
    nowMs: api.nowMs() }));
  // Folkeregisteret's contract needs a fødselsnummer or D-nummer: deaths of persons without one skip it.
  if (death.identifier.type === 'FNR' || death.identifier.type === 'DNR') {
    const message = await api.xsd.validate('death', deathXml(death, xsdContext(ctx)));
    if (message) {
      throw rejection([issue('xsd', 'xsd', `Folkeregisteret (MeldingOmDoedsfall_v1.2.xsd): ${message}`)]);
    }
  }
  return () => api.records.commitDeath({ identifier: death.identifier,
    hpr: ctx.claims['helseid://claims/hpr/hpr_number'], record: record(ctx) });
}

// → commit() returning the cause's id
export async function prepareCause(api, cause, ctx) {
  const issues = [];
  const death = api.records.deathById(cause.deathId ?? '');
  if (!death || death.voided) {
    issues.push(issue('death', 'unknown-death', death?.voided ? 'Dødsfallet er annullert'
      : 'Fant ikke dødsfallet dødsårsaken gjelder (send Del 1 først)'));
  }
  if (cause.reporter) {
    checkReporter(cause.reporter, issues);
  }
  issues.push(...api.rules.validate(cause.answers));
  rejectIf(issues);
  return () => ({ id: api.records.commitCause({ death, hpr: ctx.claims['helseid://claims/hpr/hpr_number'],
    record: record(ctx) }), death });
}

// → commit() returning { id, death }
export async function prepareVoid(api, voidRequest, ctx) {
  const issues = validateVoid(voidRequest);
  if (voidRequest.requireReason && !(typeof voidRequest.reason === 'string' && voidRequest.reason.trim())) {
    issues.push(issue('reason', 'required', 'Begrunnelse for annulleringen mangler'));
  }
  rejectIf(issues);
  const byId = voidRequest.deathId !== undefined ? api.records.deathById(String(voidRequest.deathId)) : undefined;
  const death = voidRequest.deathId !== undefined ? byId : api.records.deathFor(voidRequest.identifier);
  if (!death || death.voided || death.identifier.value !== voidRequest.identifier.value) {
    throw rejection([issue(voidRequest.deathId !== undefined ? 'death' : 'identifier', 'unknown-death',
      'Fant ikke noe registrert dødsfall å annullere for denne personen')]);
  }
  const message = await api.xsd.validate('void', voidXml(voidRequest, xsdContext(ctx)));
  if (message) {
    throw rejection([issue('xsd', 'xsd', `Folkeregisteret (MeldingOmAnnulleringAvDoedsfall_v1.2.xsd): ${message}`)]);
  }
  return () => {
    if (death.voided) { // another request voided it while this one was being checked
      throw rejection([issue('identifier', 'unknown-death', 'Dødsfallet er allerede annullert')]);
    }
    return { id: api.records.commitVoid({ death, record: record(ctx) }), death };
  };
}

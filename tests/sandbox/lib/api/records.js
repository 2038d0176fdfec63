// What the API sandbox received and committed: deaths (Del 1), causes (Del 2), voids, and the reporting
// physicians' PractitionerRoles. In memory, like the rest of the sandbox.
import { randomUUID } from 'node:crypto';

function canonical(value) {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`;
  }
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function identifierKey(identifier) {
  return `${identifier.type}|${identifier.value}`;
}

export class Records {
  constructor() {
    this.clear();
  }

  clear() {
    this.deaths = [];
    this.causes = [];
    this.voids = [];
    this.causesById = new Map(); // dodsarsakId -> { id, death, hpr, receivedAt }
    this.roles = new Map(); // `${hpr} ${contact details}` -> role
    this.rolesById = new Map();
    this.deathsById = new Map(); // dødsfallId -> { id, identifier, hpr, voided }
    this.deathsByIdentifier = new Map(); // identifierKey -> death (the current, not voided one)
    this.nextDeathId = 1001;
    this.nextRoleId = 3001;
  }

  // NHN: the same contact details of the same physician give the same PractitionerRole id.
  findRole(hpr, reporter) {
    return this.roles.get(`${hpr} ${canonical(reporter)}`);
  }

  roleById(id) {
    return this.rolesById.get(id);
  }

  // Returns the role; commits nothing (commitRole does).
  prepareRole(hpr, reporter) {
    return this.findRole(hpr, reporter) ?? { id: String(this.nextRoleId), hpr, reporter, pending: true };
  }

  commitRole(role) {
    if (role.pending) {
      delete role.pending;
      this.nextRoleId = Math.max(this.nextRoleId, Number(role.id) + 1);
      this.roles.set(`${role.hpr} ${canonical(role.reporter)}`, role);
      this.rolesById.set(role.id, role);
    }
    return role;
  }

  deathFor(identifier) {
    return this.deathsByIdentifier.get(identifierKey(identifier));
  }

  causeById(id) {
    return this.causesById.get(id);
  }

  deathById(id) {
    return this.deathsById.get(id);
  }

  // A new Del 1 for a person with a recorded death corrects it (NHN: same registration, new date).
  commitDeath({ identifier, hpr, record }) {
    let death = this.deathFor(identifier);
    if (!death) {
      death = { id: String(this.nextDeathId), identifier, hpr, voided: false };
      this.nextDeathId += 1;
      this.deathsById.set(death.id, death);
      this.deathsByIdentifier.set(identifierKey(identifier), death);
    }
    this.deaths.push({ id: death.id, ...record });
    return death;
  }

  commitCause({ death, hpr, record }) {
    const id = randomUUID();
    this.causes.push({ id, dodsfallId: death.id, ...record });
    this.causesById.set(id, { id, death, hpr, receivedAt: record.receivedAt });
    return id;
  }

  commitVoid({ death, record }) {
    const id = randomUUID();
    death.voided = true;
    this.deathsByIdentifier.delete(identifierKey(death.identifier));
    this.voids.push({ id, dodsfallId: death.id, ...record });
    return id;
  }

  counts() {
    return { deaths: this.deaths.length, causes: this.causes.length, voids: this.voids.length,
      practitionerRoles: this.rolesById.size };
  }

  toJson() {
    return {
      deaths: this.deaths,
      causes: this.causes,
      voids: this.voids,
      practitionerRoles: [...this.rolesById.values()].map(({ id, reporter }) => ({ id, ...reporter })),
      counts: this.counts(),
    };
  }
}

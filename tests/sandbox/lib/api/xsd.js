// Checks Del 1 and voids against Folkeregisteret's own XML contract (MeldingOmDoedsfall_v1.2.xsd,
// MeldingOmAnnulleringAvDoedsfall_v1.2.xsd) with xmllint, as NHN passes them on to Folkeregisteret.
// Runs only when the reference folder holds the XSDs and xmllint is installed; otherwise it says so once.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const SCHEMAS = {
  death: 'MeldingOmDoedsfall_v1.2.xsd',
  void: 'MeldingOmAnnulleringAvDoedsfall_v1.2.xsd',
};
const MAX_PARALLEL = 4;

function findOnPath(program) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    try {
      accessSync(join(dir, program), constants.X_OK);
      return join(dir, program);
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

function escapeXml(text) {
  return String(text).replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]);
}

function element(name, value) {
  return value === undefined || value === null || value === '' ? '' : `<${name}>${escapeXml(value)}</${name}>`;
}

function innsending(context) {
  return `<innsending>${element('avsendersMeldingsidentifikator', context.messageId)}`
    + `${element('avsendersInnsendingstidspunkt', context.sentAt)}${element('kildesystem', 'meldeklient')}</innsending>`;
}

function institution(reporter) {
  return `<institusjon>${element('virksomhet', reporter.virksomhet)}${element('avdeling', reporter.avdeling)}</institusjon>`;
}

function contact(reporter) {
  const inner = `${element('ePostadresse', reporter.epost)}${element('telefonnummer', reporter.telefon)}`;
  return inner ? `<kontaktinformasjon>${inner}</kontaktinformasjon>` : '';
}

function physicianId(context) {
  return /^\d{11}$/.test(context.physicianPid ?? '') ? context.physicianPid : undefined;
}

// One Folkeregisteret message: the two contracts share innsending and the start of forespoersel.
// context: { messageId, sentAt (ISO date-time), physicianHpr, physicianPid }
function message(root, namespace, context, body) {
  return `<?xml version="1.0" encoding="UTF-8"?><${root} xmlns="${namespace}">${innsending(context)}`
    + `<forespoersel>${element('forespoerselssdato', context.sentAt.slice(0, 10))}<kilde>helse</kilde>`
    + `${element('avsendersSaksbehandler', context.physicianHpr)}${body}</forespoersel></${root}>\n`;
}

export function deathXml(death, context) {
  const { reporter } = death;
  return message('meldingOmDoedsfall', 'folkeregisteret:melding:doedsfall:v1', context,
    `<doedPerson>${element('foedselsnummer', death.identifier.value)}${element('doedsdato', death.deathTime.slice(0, 10))}</doedPerson>`
    + `<innsender>${institution(reporter)}${contact(reporter)}${element('identifikasjon', physicianId(context))}</innsender>`);
}

// The void's innsender lists its parts in another order than the death's (see the XSDs).
export function voidXml(voidRequest, context) {
  const { reporter } = voidRequest;
  return message('meldingOmAnnulleringAvDoedsfall', 'folkeregisteret:melding:annulleringavdoedsfall:v1', context,
    `<levendePerson>${element('foedselsnummer', voidRequest.identifier.value)}</levendePerson>`
    + `<innsender>${element('identifikasjon', physicianId(context))}${institution(reporter)}${contact(reporter)}</innsender>`);
}

// xmllint's own words, without the "-:1:" stdin positions and the closing "- fails to validate".
function xmllintMessage(stderr) {
  return stderr.split('\n').map((line) => line.trim())
    .filter((line) => line && line !== '- fails to validate' && line !== '- validates')
    .map((line) => line.replace(/^-:\d+:\s*/, ''))
    .join('; ') || 'xmllint: the document does not validate';
}

export class XsdValidator {
  // schemas: kind → file name in the reference folder's folkeregisteret/ (default: Del 1 and void).
  constructor({ referenceDir, log = () => {}, schemas = SCHEMAS }) {
    this.log = log;
    this.enabled = true;
    this.running = 0;
    this.waiting = [];
    const folder = referenceDir ? join(referenceDir, 'folkeregisteret') : undefined;
    this.schemas = {};
    for (const [kind, file] of Object.entries(schemas)) {
      if (folder && existsSync(join(folder, file))) {
        this.schemas[kind] = join(folder, file);
      }
    }
    this.xmllint = findOnPath('xmllint');
    this.unavailableReason = !this.xmllint ? 'xmllint is not on PATH'
      : Object.keys(this.schemas).length < Object.keys(schemas).length ? `the Folkeregisteret XSDs are not in ${folder ?? '(no reference folder)'}`
        : undefined;
    this.reported = false;
  }

  get available() {
    return !this.unavailableReason;
  }

  async slot() {
    if (this.running >= MAX_PARALLEL) {
      await new Promise((resolve) => this.waiting.push(resolve));
    }
    this.running += 1;
  }

  release() {
    this.running -= 1;
    this.waiting.shift()?.();
  }

  // → undefined when valid or not checked; otherwise xmllint's message.
  async validate(kind, xml) {
    if (!this.enabled) {
      return undefined;
    }
    if (!this.available) {
      if (!this.reported) {
        this.reported = true;
        this.log(`api: XSD validation skipped: ${this.unavailableReason}`);
      }
      return undefined;
    }
    await this.slot();
    try {
      return await new Promise((resolve, reject) => {
        const child = spawn(this.xmllint, ['--noout', '--nonet', '--schema', this.schemas[kind], '-'],
          { stdio: ['pipe', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk) => { stderr += chunk; });
        child.on('error', reject);
        child.on('close', (code) => resolve(code === 0 ? undefined : xmllintMessage(stderr)));
        child.stdin.on('error', () => {}); // xmllint may exit before reading everything
        child.stdin.end(xml);
      });
    } finally {
      this.release();
    }
  }
}

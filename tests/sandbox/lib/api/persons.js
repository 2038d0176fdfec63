// The sandbox's population register for person lookups: invented persons with synthetic (month + 80)
// numbers, plus Tenor's synthetic test persons when the reference folder holds them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const BUILT_IN_PERSONS = [
  { identifikator: '17853842044', fornavn: 'Astrid', etternavn: 'Prøveland', foedselsdato: '1938-05-17', kjoenn: 'kvinne' },
  { identifikator: '02914542122', fornavn: 'Bjørn', mellomnavn: 'Testesen', etternavn: 'Eksempelvik', foedselsdato: '1945-11-02', kjoenn: 'mann' },
  { identifikator: '09836242030', fornavn: 'Ingrid', etternavn: 'Fiktivsen', foedselsdato: '1962-03-09', kjoenn: 'kvinne' },
  { identifikator: '31925142150', fornavn: 'Per', etternavn: 'Sandkassemo', foedselsdato: '1951-12-31', kjoenn: 'mann' },
  // A mother for the birth notification's lookup (issue 12).
  { identifikator: '12839448269', fornavn: 'Hanne', etternavn: 'Svangerud', foedselsdato: '1994-03-12', kjoenn: 'kvinne' },
  // D-nummer (day + 40): a person without a fødselsnummer.
  { identifikator: '44879042132', fornavn: 'Lukas', etternavn: 'Gjestemann', foedselsdato: '1990-07-04', kjoenn: 'mann' },
  // Already registered as dead in the population register.
  { identifikator: '20813042054', fornavn: 'Sigrid', etternavn: 'Avdødsen', foedselsdato: '1930-01-20', kjoenn: 'kvinne', doed: true, doedsdato: '2026-10-01' },
];

function titleCase(text) {
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (match, separator, letter) => separator + letter.toUpperCase());
}

// tenor-testdata-*.csv: ENTITETSIDENTIFIKATOR,FORNAVN,ETTERNAVN,FOEDSELSDATO(dd.mm.yyyy),GRADERINGSNIVAA
function parseTenorCsv(text) {
  const persons = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    const [id, given, family, birth] = line.split(',').map((field) => (field ?? '').trim());
    const date = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(birth ?? '');
    if (!/^\d{11}$/.test(id ?? '') || !given || !family || !date) {
      continue;
    }
    const [first, ...middle] = titleCase(given).split(/\s+/);
    persons.push({
      identifikator: id,
      fornavn: first,
      ...(middle.length ? { mellomnavn: middle.join(' ') } : {}),
      etternavn: titleCase(family),
      foedselsdato: `${date[3]}-${date[2]}-${date[1]}`,
      // Tenor's numbers are pre-2032 numbers: an odd third individual digit means male.
      kjoenn: Number(id[8]) % 2 === 1 ? 'mann' : 'kvinne',
    });
  }
  return persons;
}

export function loadPersons(referenceDir) {
  const byId = new Map(BUILT_IN_PERSONS.map((person) => [person.identifikator, person]));
  const folder = referenceDir ? join(referenceDir, 'folkeregisteret') : undefined;
  if (folder && existsSync(folder)) {
    for (const name of readdirSync(folder).filter((file) => /^tenor-testdata-.*\.csv$/.test(file)).sort()) {
      for (const person of parseTenorCsv(readFileSync(join(folder, name), 'utf8'))) {
        if (!byId.has(person.identifikator)) {
          byId.set(person.identifikator, person);
        }
      }
    }
  }
  return byId;
}

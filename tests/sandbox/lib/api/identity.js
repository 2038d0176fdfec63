// Norwegian national identity numbers as the death notification accepts them: fødselsnummer and D-nummer
// (also Tenor's synthetic month + 80 variants). H-nummer (month + 40) and FH-nummer (first digit 8/9) are
// refused, as NHN's profile forbids them. Check digits follow Skatteetaten's rule valid before and after 2032.
const WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
const WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

function weightedSum(digits, weights) {
  return weights.reduce((sum, weight, index) => sum + weight * digits[index], 0);
}

export function hasValidCheckDigits(value) {
  if (!/^\d{11}$/.test(value)) {
    return false;
  }
  const digits = [...value].map(Number);
  // From 2032 the first check digit may leave remainder 0..3; older numbers all leave 0.
  return weightedSum(digits, WEIGHTS_1) % 11 <= 3 && weightedSum(digits, WEIGHTS_2) % 11 === 0;
}

function isRealDate(day, month, twoDigitYear) {
  if (month < 1 || month > 12 || day < 1) {
    return false;
  }
  // Skatteetaten assumes century 20 for the date check: 29 February exists when yy % 4 == 0.
  const daysInMonth = [31, twoDigitYear % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= daysInMonth[month - 1];
}

// → { ok: true, kind: 'FNR'|'DNR', synthetic } or { ok: false, code, message } (Norwegian message).
export function classifyIdentifier(value) {
  if (typeof value !== 'string' || !/^\d{11}$/.test(value)) {
    return { ok: false, code: 'identifier-format', message: 'Fødselsnummer eller D-nummer må være 11 siffer' };
  }
  if (value[0] === '8' || value[0] === '9') {
    return { ok: false, code: 'identifier-fh', message: 'FH-nummer kan ikke brukes i dødsmeldingen' };
  }
  let day = Number(value.slice(0, 2));
  let month = Number(value.slice(2, 4));
  const kind = day > 40 ? 'DNR' : 'FNR';
  if (kind === 'DNR') {
    day -= 40;
  }
  if (month > 40 && month <= 52) {
    return { ok: false, code: 'identifier-h', message: 'H-nummer kan ikke brukes i dødsmeldingen' };
  }
  const synthetic = month > 80;
  if (synthetic) {
    month -= 80;
  }
  if (!isRealDate(day, month, Number(value.slice(4, 6)))) {
    return { ok: false, code: 'identifier-date', message: 'Fødselsnummeret inneholder ingen gyldig dato' };
  }
  if (!hasValidCheckDigits(value)) {
    return { ok: false, code: 'identifier-check-digits', message: 'Fødselsnummeret har feil kontrollsiffer' };
  }
  return { ok: true, kind, synthetic };
}

// Synthetic fødselsnumre for newborns (Tenor style: month + 80, so never a real person's), with the legacy check
// digits; born 2000-2039 → individual numbers 500-999, whose last digit is even for girls and odd for boys.
const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits, weights) {
  const remainder = 11 - (digits.reduce((sum, digit, i) => sum + digit * weights[i], 0) % 11);
  return remainder === 11 ? 0 : remainder;
}

export class NewbornNumbers {
  constructor() {
    this.used = new Set();
  }

  // birthDate "YYYY-MM-DD", sex "kvinne"|"mann" → 11 digits, unique within this sandbox run.
  next(birthDate, sex) {
    const [year, month, day] = birthDate.split('-');
    const datePart = `${day}${String(Number(month) + 80)}${year.slice(2)}`;
    for (let individual = 500; individual <= 999; individual += 1) {
      if ((individual % 2 === 0) !== (sex === 'kvinne')) {
        continue;
      }
      const digits = [...`${datePart}${individual}`].map(Number);
      const k1 = checkDigit(digits, W1);
      if (k1 === 10) {
        continue;
      }
      const k2 = checkDigit([...digits, k1], W2);
      if (k2 === 10) {
        continue;
      }
      const number = `${datePart}${individual}${k1}${k2}`;
      if (!this.used.has(number)) {
        this.used.add(number);
        return number;
      }
    }
    throw new Error('no synthetic number left for this date and sex');
  }

  clear() {
    this.used.clear();
  }
}

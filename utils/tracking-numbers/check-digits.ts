// Check-digit algorithms shared by the format families. Inputs are strings of ASCII digits (validated by the
// caller); each works on char codes so the scanner never allocates arrays.

const ZERO = 48;

/** Digit value of the char at `i` (caller guarantees a digit). */
function digitAt(s: string, i: number): number {
  return s.charCodeAt(i) - ZERO;
}

/**
 * GS1 mod 10 (GS1 General Specifications §7.9.1): weights 3,1,3… from the rightmost data digit.
 * Checks `s[from..to)` as data against the digit at `to`.
 */
export function gs1Valid(s: string, from = 0, to = s.length - 1): boolean {
  let sum = 0;
  let weight = 3;
  for (let i = to - 1; i >= from; i--) {
    sum += digitAt(s, i) * weight;
    weight = 4 - weight;
  }
  return (10 - (sum % 10)) % 10 === digitAt(s, to);
}

/** Remainder of the decimal number `s[from..to)` modulo `m`, without overflow for long runs. */
export function decimalMod(s: string, m: number, from = 0, to = s.length): number {
  let r = 0;
  // Up to 15 digits the number is exact in a double: one division instead of one per digit.
  if (to - from <= 15) {
    for (let i = from; i < to; i++) r = r * 10 + digitAt(s, i);
    return r % m;
  }
  for (let i = from; i < to; i++) r = (r * 10 + digitAt(s, i)) % m;
  return r;
}

/** Mod 7 check (DHL Express waybills, IATA AWB serials): `s[from..to)` mod 7 equals the digit at `to`. */
export function mod7Valid(s: string, from: number, to: number): boolean {
  return decimalMod(s, 7, from, to) === digitAt(s, to);
}

/** Weighted sum mod 11 mod 10 (FedEx): weights cycle over `s[from..to)`, check digit at `to`. */
export function weightedMod11Valid(s: string, weights: readonly number[], from: number, to: number): boolean {
  let sum = 0;
  for (let i = from, w = 0; i < to; i++, w = w + 1 === weights.length ? 0 : w + 1) sum += digitAt(s, i) * weights[w]!;
  return (sum % 11) % 10 === digitAt(s, to);
}

/** Luhn (ISO/IEC 7812-1) over `s[from..to)` as data, check digit at `to` (Purolator, Old Dominion). */
export function luhnValid(s: string, from: number, to: number): boolean {
  let sum = 0;
  let double = true;
  for (let i = to - 1; i >= from; i--) {
    let d = digitAt(s, i);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return (10 - (sum % 10)) % 10 === digitAt(s, to);
}

/**
 * The "mod10" of tracking_number_data (UPS, OnTrac, Canada Post, FedEx Ground): characters of `s[from..to)`
 * (letters count as (code − 3) mod 10), those at even offsets times `evens`, odd offsets times `odds`; the
 * check digit at `to` is (10 − sum mod 10) mod 10. `lead` is a digit value read as if written before `from`.
 */
export function mod10Valid(s: string, from: number, to: number, evens: number, odds: number, lead = -1): boolean {
  let sum = 0;
  let k = 0;
  if (lead >= 0) {
    sum += lead * evens;
    k = 1;
  }
  for (let i = from; i < to; i++, k++) {
    const c = s.charCodeAt(i);
    const v = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? (c - 3) % 10 : -1000;
    sum += v * ((k & 1) === 0 ? evens : odds);
  }
  return sum >= 0 && (10 - (sum % 10)) % 10 === digitAt(s, to);
}

/** Value of an ISO 7064 MOD 37,36 character: 0–9, A–Z as 10–35; −1 otherwise. */
function alnumValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  return -1;
}

/** ISO/IEC 7064 MOD 37,36 (hybrid system, DPD parcel labels): data `s[from..to)`, check character at `to`. */
export function mod3736Valid(s: string, from: number, to: number): boolean {
  let p = 36;
  for (let i = from; i < to; i++) {
    const v = alnumValue(s.charCodeAt(i));
    if (v < 0) return false;
    let t = (p + v) % 36;
    if (t === 0) t = 36;
    p = (t * 2) % 37;
  }
  return (37 - p) % 36 === alnumValue(s.charCodeAt(to));
}

/** IBAN length per country (SWIFT IBAN Registry) for the countries whose IBANs shoppers meet most. */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AE: 23, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27,
  GB: 22, GR: 27, HR: 21, HU: 28, IE: 22, IT: 27, LT: 20, LU: 20, LV: 21, MT: 31, NL: 18, NO: 15, PL: 28,
  PT: 25, RO: 24, RU: 33, SA: 24, SE: 24, SI: 19, SK: 24, TR: 26, UA: 29,
};

/** The same lengths by country letters, (first − 'A') × 26 + (second − 'A'): checked without allocating. */
const IBAN_LENGTH_BY_CODE = new Uint8Array(26 * 26);
for (const [country, length] of Object.entries(IBAN_LENGTHS)) {
  IBAN_LENGTH_BY_CODE[(country.charCodeAt(0) - 65) * 26 + country.charCodeAt(1) - 65] = length;
}

/**
 * ISO 13616 IBAN: country letters, two check digits, account, with the registered length for the country;
 * moving the first four characters to the end and reading letters as 10..35 gives a number that is 1 mod 97.
 */
export function ibanValid(s: string): boolean {
  const c0 = s.charCodeAt(0) - 65;
  const c1 = s.charCodeAt(1) - 65;
  if (c0 < 0 || c0 > 25 || c1 < 0 || c1 > 25 || IBAN_LENGTH_BY_CODE[c0 * 26 + c1] !== s.length) return false;
  // Reduced mod 97 only once r passes 10^7: it stays a small integer, with a division every few digits.
  let r = 0;
  for (let k = 0, j = 4; k < s.length; k++, j = j + 1 === s.length ? 0 : j + 1) {
    const c = s.charCodeAt(j);
    if (c >= 48 && c <= 57) r = r * 10 + (c - 48);
    else if (c >= 65 && c <= 90) r = r * 100 + (c - 55);
    else return false;
    if (r >= 10_000_000) r %= 97;
  }
  return r % 97 === 1;
}

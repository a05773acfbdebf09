// Check-digit rules of the number formats the sandbox seeds. The seeded numbers must be valid so that the
// extension's detector recognises them, and /carriers/detect uses the same rules.

/** UPU S10 (e.g. RR123456785CN): weights 8 6 4 2 3 5 9 7; check = 11 - sum mod 11, 10 → 0, 11 → 5. */
export function isValidS10(number: string): boolean {
  const m = /^[A-Z]{2}(\d{8})(\d)[A-Z]{2}$/.exec(number);
  if (!m) return false;
  return s10CheckDigit(m[1]!) === Number(m[2]);
}

export function s10CheckDigit(serial: string): number {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const sum = [...serial].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

/** UPS 1Z: mod 10 over the 15 characters after "1Z" (letters map to (code - 63) mod 10), odd positions doubled. */
export function isValidUps(number: string): boolean {
  const m = /^1Z([0-9A-Z]{15})(\d)$/.exec(number);
  if (!m) return false;
  return upsCheckDigit(m[1]!) === Number(m[2]);
}

export function upsCheckDigit(body: string): number {
  let sum = 0;
  [...body].forEach((ch, i) => {
    const v = /\d/.test(ch) ? Number(ch) : (ch.charCodeAt(0) - 63) % 10;
    sum += i % 2 === 1 ? v * 2 : v;
  });
  return (10 - (sum % 10)) % 10;
}

/** USPS IMpb (22 digits starting 9): GS1 mod 10, weights 3 and 1 from the right of the payload. */
export function isValidUspsImpb(number: string): boolean {
  if (!/^9\d{21}$/.test(number)) return false;
  return gs1CheckDigit(number.slice(0, 21)) === Number(number[21]);
}

export function gs1CheckDigit(payload: string): number {
  let sum = 0;
  [...payload].reverse().forEach((d, i) => (sum += Number(d) * (i % 2 === 0 ? 3 : 1)));
  return (10 - (sum % 10)) % 10;
}

/** DHL Express waybill: 10 digits, last = first 9 mod 7. */
export function isValidDhlExpress(number: string): boolean {
  if (!/^\d{10}$/.test(number)) return false;
  return Number(number.slice(0, 9)) % 7 === Number(number[9]);
}

/** Air waybill: 3-digit airline prefix, 8-digit serial whose last digit = first 7 mod 7. */
export function isValidAwb(number: string): boolean {
  const m = /^(\d{3})[ -]?(\d{7})(\d)$/.exec(number);
  if (!m) return false;
  return Number(m[2]) % 7 === Number(m[3]);
}

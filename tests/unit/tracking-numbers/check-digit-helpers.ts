// Independent check-digit implementations used to generate valid test numbers (not the engine's code).

export function gs1Check(data: string): string {
  const sum = [...data].reverse().reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 3 : 1), 0);
  return String((10 - (sum % 10)) % 10);
}

export function s10Check(serial8: string): string {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const sum = [...serial8].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  const c = 11 - (sum % 11);
  return String(c === 10 ? 0 : c === 11 ? 5 : c);
}

export function awbCheck(serial7: string): string {
  return String(Number(serial7) % 7);
}

/** The same string with the digit at `index` changed to another digit. */
export function changeDigit(s: string, index: number): string {
  const d = Number(s[index]);
  return s.slice(0, index) + String((d + 1) % 10) + s.slice(index + 1);
}

// Character tests on compact candidates (upper case, no separators), on char codes so nothing allocates.

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Every character of `s[from..to)` is a digit (and the range is not empty and inside `s`). */
export function digitsIn(s: string, from: number, to = s.length): boolean {
  if (to > s.length || from >= to) return false;
  for (let i = from; i < to; i++) if (!isDigitCode(s.charCodeAt(i))) return false;
  return true;
}

/** Every character of `s[from..to)` is an upper-case letter. */
export function lettersIn(s: string, from: number, to: number): boolean {
  if (to > s.length || from >= to) return false;
  for (let i = from; i < to; i++) if (!isUpperCode(s.charCodeAt(i))) return false;
  return true;
}

/** How many digits `s[from..]` holds. */
export function digitCount(s: string, from = 0): number {
  let count = 0;
  for (let i = from; i < s.length; i++) if (isDigitCode(s.charCodeAt(i))) count++;
  return count;
}

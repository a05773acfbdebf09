// What stands at the edges of a run of words decides whether it is a token of its own: glue or punctuation
// before more characters makes it part of something longer ("12.50", "784/", "JJD…-Sendung"), and a
// country code shortly before it makes it a phone number.

import { ALNUM, CHAR_CLASS, DASH, DIGIT, GLUE, LOWER, OTHER, PUNCT, SPACE, UPPER } from './char-classes';

/** Class of `t[i]`; OTHER outside the text. */
export function classAt(t: string, i: number): number {
  return i >= 0 && i < t.length ? CHAR_CLASS[t.charCodeAt(i)]! : OTHER;
}

export function alnumAt(t: string, i: number): boolean {
  const k = classAt(t, i);
  return k === DIGIT || k === UPPER || k === LOWER;
}

/** Glued on the left: glue, punctuation after a digit, or a dash after a letter or digit. */
export function gluedLeft(t: string, start: number): boolean {
  const k = classAt(t, start - 1);
  if (k === GLUE) return true;
  if (k === PUNCT) return classAt(t, start - 2) === DIGIT;
  return k === DASH && alnumAt(t, start - 2);
}

/** Glued on the right by glue, or by punctuation or a dash before more letters or digits. */
export function gluedRight(t: string, end: number): boolean {
  const k = classAt(t, end);
  if (k === GLUE) return true;
  return (k === PUNCT || k === DASH) && alnumAt(t, end + 1);
}

/** "+49 (0) 370…", "+7 (495) 123…": a country code shortly before `start` makes the run a phone number. */
export function afterCountryCode(t: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 12; i--) {
    const c = t.charCodeAt(i);
    if (c === 0x2b) return true;
    if (c !== 0x20 && c !== 0x28 && c !== 0x29 && (c < 48 || c > 57)) return false;
  }
  return false;
}

/**
 * Where the run of words without lower case starting at [start, end) in `t` ends, if it holds fewer than
 * `min` letters and digits ("2024-05-12", "890 752,12"); -1 when it may hold a candidate.
 */
export function shortRunEnd(t: string, start: number, end: number, min: number): number {
  const n = t.length;
  let total = end - start;
  let j = end;
  while (total < min) {
    const k = j < n ? CHAR_CLASS[t.charCodeAt(j)] : OTHER;
    if ((k !== SPACE && k !== DASH) || j + 1 >= n || ALNUM[t.charCodeAt(j + 1)] === 0) return j;
    let w = j + 1;
    while (w < n && ALNUM[t.charCodeAt(w)] === 1) {
      if (CHAR_CLASS[t.charCodeAt(w)] === LOWER) return j;
      w++;
    }
    total += w - j - 1;
    j = w;
  }
  return -1;
}

// Where the scanner needs to look next. A number is ten or more letters and digits in words joined by single
// spaces or dashes, so it fills at least ten consecutive characters that are digits, capitals, spaces or
// dashes; the scanner jumps from one such window to the next, reading one character in ten of prose, and
// stops elsewhere only for a URL (found ahead by one native search for "://" and "www."). Every other place
// it passes over is one where it would only have moved on: a word in lower case or capitalised, a short
// word or run, the inside of a word.

import { ALNUM, CHAR_CLASS, DASH, DIGIT, SPACE, UPPER } from './char-classes';
import { DASH_CODES, SPACE_CODES } from './separators';
import { isUrlStart } from './url-span';

/** The minimal window: the shortest compact number (see MIN_LENGTH in scanner.ts). */
const WINDOW = 10;

/**
 * 1 for the characters a run of words can be made of: digits, capitals, spaces and dashes. Those classes are
 * given only to ASCII and to the separators' codes (char-classes.ts; a unit test holds it to that), so only
 * those are looked at: the engine is loaded into a page the moment it is needed, and a loop over all 65,536
 * codes was about a millisecond of that page's time (measured loading the engine in Node).
 */
const RUN_CHAR = new Uint8Array(0x10000);
for (const c of [...Array.from({ length: 0x80 }, (_, i) => i), ...SPACE_CODES, ...DASH_CODES]) {
  const k = CHAR_CLASS[c];
  if (k === DIGIT || k === UPPER || k === SPACE || k === DASH) RUN_CHAR[c] = 1;
}

/**
 * The first position in [from, limit) where WINDOW run characters start, else `limit`. Horspool-style: the
 * last character of the window is read first, and a character that cannot be in a run moves the window
 * past it; characters already seen to be run characters are not read again.
 */
export function nextWindow(t: string, from: number, limit: number): number {
  const n = t.length;
  let p = from;
  let known = from; // [p, known) are known run characters
  while (p < limit && p + WINDOW <= n) {
    const last = p + WINDOW - 1;
    if (RUN_CHAR[t.charCodeAt(last)] === 0) {
      p = last + 1;
      known = p;
      continue;
    }
    let j = last - 1;
    while (j >= known && RUN_CHAR[t.charCodeAt(j)] === 1) j--;
    if (j < known) return p;
    known = last + 1;
    p = j + 1;
  }
  return limit;
}

/** "://" or "www." in any case: a URL starts at or just before each; the regex engine finds them ahead. */
const URL_MARK = /:\/\/|[wW][wW][wW]\./g;

function urlStartAt(t: string, i: number, from: number): boolean {
  if (i < from) return false;
  // Inside a word ("xhttp://") the scanner never looks for a URL.
  return (i === 0 || ALNUM[t.charCodeAt(i - 1)] === 0) && isUrlStart(t, i);
}

/** The first position at or after `from` where the scanner reads a URL (http://, https://, www.), else t.length. */
export function nextUrlStart(t: string, from: number): number {
  URL_MARK.lastIndex = from;
  while (URL_MARK.test(t)) {
    const end = URL_MARK.lastIndex;
    if (t.charCodeAt(end - 1) === 0x2e) {
      if (urlStartAt(t, end - 4, from)) return end - 4;
    } else if (urlStartAt(t, end - 8, from)) return end - 8;
    else if (urlStartAt(t, end - 7, from)) return end - 7;
  }
  return t.length;
}

/**
 * Where the scanner must be reading characters one by one to meet the URL at `url` as it would: a URL in
 * capitals ("HTTP://") may be swallowed by a short run of capitals before it ("AB HTTP://"), so the scan
 * reaches it from the start of the run characters before it; one in lower case starts where it is.
 */
export function urlApproach(t: string, url: number): number {
  if (url >= t.length || CHAR_CLASS[t.charCodeAt(url)] !== UPPER) return url;
  let i = url;
  while (i > 0 && RUN_CHAR[t.charCodeAt(i - 1)] === 1) i--;
  return i;
}


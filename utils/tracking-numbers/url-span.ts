// Where a URL starts and ends in running text, so the scanner hands it over whole and its path segments are
// never read as loose numbers. Compared on char codes: this runs at every word start.
import { CHAR_CLASS, PUNCT, SPACE } from './char-classes';

/** "http://", "https://" or "www." at `i`. */
export function isUrlStart(t: string, i: number): boolean {
  const c0 = t.charCodeAt(i) | 0x20;
  if (c0 === 0x77) return (t.charCodeAt(i + 1) | 0x20) === 0x77 && (t.charCodeAt(i + 2) | 0x20) === 0x77 && t.charCodeAt(i + 3) === 0x2e;
  if (c0 !== 0x68 || (t.charCodeAt(i + 1) | 0x20) !== 0x74 || (t.charCodeAt(i + 2) | 0x20) !== 0x74 || (t.charCodeAt(i + 3) | 0x20) !== 0x70) {
    return false;
  }
  return t.startsWith('://', (t.charCodeAt(i + 4) | 0x20) === 0x73 ? i + 5 : i + 4);
}

/** End of the URL starting at `start`: the first space, quote or angle bracket, less trailing punctuation. */
export function urlEnd(t: string, start: number): number {
  let i = start;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x3c || c === 0x3e || c === 0x60 || CHAR_CLASS[c] === SPACE) break;
  }
  while (i > start && CHAR_CLASS[t.charCodeAt(i - 1)] === PUNCT) i--;
  return i;
}

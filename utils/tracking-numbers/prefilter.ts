// A quick, conservative test the content script runs before the detection engine: most text on most pages
// holds nothing the engine could report, and one native regular expression (over 1 GB/s) says so far more
// cheaply than the engine, which is then loaded only into pages that need it. A superset by construction:
// the scanner (scanner.ts) offers only runs of words of digits and capital letters joined by single spaces
// or dashes, at least 10 characters long without them, and every format holds a digit; numbers in running
// text's URLs are read by the engine whole. tests/unit/tracking-numbers/prefilter.test.ts holds it to that.
import { DASH_CODES, SPACE_CODES } from './separators';
import { trackingSiteOf } from './tracking-sites';

// The scanner's single separators, as a character class.
const SEP = `[${[...SPACE_CODES, ...DASH_CODES].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`;
/** A run of at least 10 digits and capitals with single separators, taken whole (greedy). */
const RUN = new RegExp(`[0-9A-Z](?:${SEP}?[0-9A-Z]){9,}`, 'g');
const DIGIT = /[0-9]/;
const URL_START = /https?:\/\/|www\./i;

/** False when `text` holds nothing `findTrackingNumbers` could report. */
export function mayHoldNumber(text: string): boolean {
  if (text.length < 10) return false;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) if (DIGIT.test(m[0])) return true;
  return URL_START.test(text);
}

/** False when `findTrackingNumbersInUrl` finds nothing in `href`: it reads only carriers' and tracking sites' links. */
export function mayHoldNumberInUrl(href: string): boolean {
  return trackingSiteOf(href) !== null;
}

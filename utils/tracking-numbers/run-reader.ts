// Reading a run of words as the scanner (scanner.ts) sees it: words of letters and digits joined by single
// spaces or dashes, each word's facts and the run's group bounds kept in reused typed arrays.

import { CHAR_CLASS, DASH, DIGIT, LOWER, SPACE, UPPER } from './char-classes';
import { classAt, gluedRight } from './run-edges';

export const MAX_LENGTH = 34; // the longest compact form of any supported format
const LONG_GROUP = 10; // two neighbouring words this long are two numbers in a list, not groups of one
export const MAX_GROUPS = 16; // most groups a run keeps (the spaced-out S10 "R R 1 2 …" has 13)

/** The run reader's state; the scanner extends it, so all of it stays on one object. */
export class RunReader {
  // Facts about the word last read by readWord.
  protected wEnd = 0;
  protected wLetters = false;
  protected wDigits = false;
  protected wLower = false;
  // The run being read: group bounds, whether a dash precedes each group, whether each is letters only.
  protected readonly gStart = new Int32Array(MAX_GROUPS);
  protected readonly gEnd = new Int32Array(MAX_GROUPS);
  protected readonly gDash = new Uint8Array(MAX_GROUPS);
  protected readonly gAlpha = new Uint8Array(MAX_GROUPS);
  protected readonly gLetters = new Uint8Array(MAX_GROUPS);
  protected runEnd = 0;
  protected runGlued = false;
  protected runCut = false;
  protected text = '';

  protected readWord(start: number): void {
    const { text } = this;
    let i = start;
    let letters = false;
    let digits = false;
    let lower = false;
    for (; i < text.length; i++) {
      const k = CHAR_CLASS[text.charCodeAt(i)];
      if (k === DIGIT) digits = true;
      else if (k === UPPER) letters = true;
      else if (k === LOWER) lower = true;
      else break;
    }
    this.wEnd = i;
    this.wLetters = letters;
    this.wDigits = digits;
    this.wLower = lower;
  }

  /**
   * Reads the run from the word at `start` (already read) into the group arrays; returns how many are kept.
   * Sets `runEnd`, `runGlued` (the last kept group is glued to what follows), `runCut` (groups were dropped). */
  protected readRun(start: number): number {
    const { text } = this;
    let count = 0;
    let total = 0;
    let at = start;
    let dash = false;
    this.runGlued = false;
    this.runCut = false;
    for (;;) {
      const len = this.wEnd - at;
      const long = len >= LONG_GROUP;
      if (!this.runCut && count < MAX_GROUPS && total + len <= MAX_LENGTH) {
        this.gStart[count] = at;
        this.gEnd[count] = this.wEnd;
        this.gDash[count] = dash ? 1 : 0;
        this.gAlpha[count] = this.wLetters && !this.wDigits ? 1 : 0;
        this.gLetters[count] = this.wLetters ? 1 : 0;
        count++;
        total += len;
      } else {
        this.runCut = true;
      }
      const end = this.wEnd;
      this.runEnd = end;
      const k = classAt(text, end);
      const after = classAt(text, end + 1);
      if ((k !== SPACE && k !== DASH) || (after !== DIGIT && after !== UPPER && after !== LOWER)) {
        this.runGlued = gluedRight(text, end);
        break;
      }
      // A word after a space that starts in lower case ("… 1Z… placed") ends the run: no need to read it.
      if (k === SPACE && after === LOWER) break;
      dash = k === DASH;
      at = end + 1;
      this.readWord(at);
      // A word glued to what follows ("12.50", "784/") or in lower case is no group of this run; a dash
      // before one glues the run to it ("JJD…-Sendung").
      if (this.wLower || gluedRight(text, this.wEnd) || (long && this.wEnd - at >= LONG_GROUP)) {
        if (dash) {
          this.runGlued = true;
          this.runEnd = this.wEnd;
        }
        break;
      }
    }
    return count;
  }
}

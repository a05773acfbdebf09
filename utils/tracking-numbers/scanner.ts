// One pass over the text's char codes, finding the places where a tracking number may be written:
// - single words of letters and digits (no lower case: hex ids and prose are skipped cheaply);
// - digit groups separated by single spaces ("9400 1112 0108 0805 4830 16", "172 2889 1936");
// - digit groups joined by dashes ("172-28891936"), always taken whole so "2024-05-12" never yields a part;
// - UPS numbers printed in groups ("1Z 999 AA1 01 2345 678 4");
// - URLs, handed over whole so their path segments are never read as loose numbers.
// Every character is visited a bounded number of times (group lookahead is capped), so time is linear.
// Written as a class with plain methods: closures created per call cost more than the scan itself.

import { CHAR_CLASS, DASH, DIGIT, GLUE, LOWER, OTHER, PUNCT, SPACE, UPPER } from './char-classes';
import type { Shape } from './types';

/** Longest compact form of any supported format. */
const MAX_LENGTH = 34;
/** Longest digit group that can be part of a spaced or dashed number (the AWB serial). */
const MAX_GROUP = 8;
/** Longest group of a UPS number printed in groups. */
const MAX_UPS_GROUP = 6;

export interface ScanVisitor {
  /** A compact candidate written at [start, end); returns whether it was reported. */
  candidate(compact: string, start: number, end: number, shape: Shape, groups: readonly number[]): boolean;
  /** A URL written at [start, end). */
  url(start: number, end: number): void;
}

class Scanner {
  // Facts about the word last read by readWord.
  private wEnd = 0;
  private wDigits = true;
  private wLower = false;

  constructor(
    private readonly text: string,
    private readonly visitor: ScanVisitor,
  ) {}

  private cls(i: number): number {
    return i >= 0 && i < this.text.length ? CHAR_CLASS[this.text.charCodeAt(i)]! : OTHER;
  }

  private alnumAt(i: number): boolean {
    const k = this.cls(i);
    return k === DIGIT || k === UPPER || k === LOWER;
  }

  private readWord(start: number): void {
    const { text } = this;
    let i = start;
    let digitsOnly = true;
    let lower = false;
    for (; i < text.length; i++) {
      const k = CHAR_CLASS[text.charCodeAt(i)];
      if (k === DIGIT) continue;
      if (k === UPPER) digitsOnly = false;
      else if (k === LOWER) {
        digitsOnly = false;
        lower = true;
      } else break;
    }
    this.wEnd = i;
    this.wDigits = digitsOnly;
    this.wLower = lower;
  }

  private gluedLeft(start: number): boolean {
    const k = this.cls(start - 1);
    if (k === GLUE) return true;
    if (k === PUNCT) return this.cls(start - 2) === DIGIT;
    return k === DASH && this.alnumAt(start - 2);
  }

  private gluedRight(end: number): boolean {
    const k = this.cls(end);
    if (k === GLUE) return true;
    return (k === PUNCT || k === DASH) && this.alnumAt(end + 1);
  }

  /** A single space (or nbsp) at `end` followed by a digit (or any letter or digit). */
  private spaceThen(end: number, digitOnly: boolean): boolean {
    return this.cls(end) === SPACE && (digitOnly ? this.cls(end + 1) === DIGIT : this.alnumAt(end + 1));
  }

  /** "http://", "https://" or "www." at `i`, compared on char codes (this runs at every word start). */
  private isUrlStart(i: number): boolean {
    const t = this.text;
    const c0 = t.charCodeAt(i) | 0x20;
    if (c0 === 0x77) return (t.charCodeAt(i + 1) | 0x20) === 0x77 && (t.charCodeAt(i + 2) | 0x20) === 0x77 && t.charCodeAt(i + 3) === 0x2e;
    if (c0 !== 0x68 || (t.charCodeAt(i + 1) | 0x20) !== 0x74 || (t.charCodeAt(i + 2) | 0x20) !== 0x74 || (t.charCodeAt(i + 3) | 0x20) !== 0x70) {
      return false;
    }
    return t.startsWith('://', (t.charCodeAt(i + 4) | 0x20) === 0x73 ? i + 5 : i + 4);
  }

  private urlEnd(start: number): number {
    const t = this.text;
    let i = start;
    for (; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x3c || c === 0x3e || c === 0x60 || CHAR_CLASS[c] === SPACE) break;
    }
    while (i > start && CHAR_CLASS[t.charCodeAt(i - 1)] === PUNCT) i--;
    return i;
  }

  /** Dash-joined groups, consumed whole; only all-digit ones are candidates. Returns the end. */
  private dashed(start: number): number {
    const groups: number[] = [];
    let compact = '';
    let ok = true;
    let i = start;
    for (;;) {
      this.readWord(i);
      const len = this.wEnd - i;
      ok &&= this.wDigits && len <= MAX_GROUP;
      groups.push(len);
      if (ok && compact.length <= MAX_LENGTH) compact += this.text.slice(i, this.wEnd);
      i = this.wEnd;
      if (this.cls(i) === DASH && this.alnumAt(i + 1)) i++;
      else break;
    }
    if (ok && !this.gluedLeft(start) && !this.gluedRight(i)) this.visitor.candidate(compact, start, i, 'dashed', groups);
    return i;
  }

  /** Digit groups joined by single spaces, the first of 3–8 digits. Returns the end of the last group. */
  private spaced(start: number): number {
    const groups: number[] = [];
    let compact = '';
    let shortInner = false;
    let i = start;
    let end = start;
    for (;;) {
      this.readWord(i);
      const len = this.wEnd - i;
      if (!this.wDigits || len > MAX_GROUP) break;
      if (groups.length > 0 && groups[groups.length - 1]! < 3) shortInner = true;
      groups.push(len);
      if (compact.length <= MAX_LENGTH) compact += this.text.slice(i, this.wEnd);
      end = this.wEnd;
      if (!this.spaceThen(end, true)) break;
      i = end + 1;
    }
    if (groups.length >= 2 && !shortInner && compact.length <= MAX_LENGTH && !this.gluedLeft(start) && !this.gluedRight(end)) {
      this.visitor.candidate(compact, start, end, 'grouped', groups);
    }
    return end;
  }

  /**
   * "1Z 999 AA1 01 2345 678 4": short upper-case groups adding up to 18 characters. Returns where to go on:
   * past the groups once they added up to 18 (whether or not they were a UPS number), else after "1Z…".
   */
  private upsGrouped(start: number, firstEnd: number): number {
    // Measure first and slice only when the groups add up to exactly 18: "1Z 1Z 1Z…" stays cheap.
    let total = firstEnd - start;
    let end = firstEnd;
    while (total < 18 && this.spaceThen(end, false)) {
      this.readWord(end + 1);
      if (this.wLower || this.wEnd - end - 1 > MAX_UPS_GROUP) return firstEnd;
      total += this.wEnd - end - 1;
      end = this.wEnd;
    }
    if (total !== 18) return firstEnd;
    if (!this.gluedLeft(start) && !this.gluedRight(end)) {
      const parts = this.text.slice(start, end).split(/[^0-9A-Z]/);
      this.visitor.candidate(parts.join(''), start, end, 'grouped', parts.map((p) => p.length));
    }
    return end;
  }

  run(): void {
    const { text } = this;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const k = CHAR_CLASS[text.charCodeAt(i)]!;
      if (k !== DIGIT && k !== UPPER && k !== LOWER) {
        i++;
        continue;
      }
      const start = i;
      if (k !== DIGIT && this.isUrlStart(start)) {
        i = this.urlEnd(start);
        this.visitor.url(start, i);
        continue;
      }
      this.readWord(start);
      const end = this.wEnd;
      const len = end - start;
      if (this.cls(end) === DASH && this.alnumAt(end + 1)) {
        i = this.dashed(start);
      } else if (this.wDigits && len >= 3 && len <= MAX_GROUP && this.spaceThen(end, true)) {
        i = this.spaced(start);
      } else if (!this.wLower && len < 18 && k === DIGIT && text.startsWith('1Z', start) && this.spaceThen(end, false)) {
        i = this.upsGrouped(start, end);
      } else {
        if (!this.wLower && len >= 10 && len <= MAX_LENGTH && !this.gluedLeft(start) && !this.gluedRight(end)) {
          this.visitor.candidate(text.slice(start, end), start, end, 'word', [len]);
        }
        i = end;
      }
    }
  }
}

export function scanText(text: string, visitor: ScanVisitor): void {
  new Scanner(text, visitor).run();
}

// One pass over the text's char codes (jumping over prose, skip.ts), finding where a number may be written:
// - runs of words without lower case (letters and digits) joined by single spaces or dashes, as shops and
//   carriers print numbers: "1Z 999 AA1 01 2345 6784", "RR 123 456 785 CN", "172-2889 1936", "12 3456 7890";
//   a run is offered whole, then (where it holds letters) cut shorter from its end, never from inside: the
//   leftover digits of a longer token are never a number of their own; a run that starts with a word of
//   letters only ("DHL", "AWB") is offered again without that word;
// - URLs, handed over whole so their path segments are never read as loose numbers; phone numbers with a
//   country code ("+49 370 62387801", "+7 (495) 123-45-67") are passed over whole;
// - in a long text, lone words (a word no separator joins to another: most numbers) in batches, once the scan
//   has passed them (see `queue`); the visitor puts their matches back in order.
// Linear: each character is visited a bounded number of times (a run holds at most MAX_LENGTH characters).

import { ALNUM, CHAR_CLASS, DASH, DIGIT, LOWER, OTHER, PROSE, SPACE, UPPER, WORD_BITS } from './char-classes';
import type { Candidate, ScanVisitor, Shape } from './types';
import { afterCountryCode, classAt, gluedLeft, gluedRight, shortRunEnd } from './run-edges';
import { nextUrlStart, nextWindow, urlApproach } from './skip';
import { isUrlStart, urlEnd } from './url-span';
import { MAX_GROUPS, MAX_LENGTH, RunReader } from './run-reader';

const MIN_LENGTH = 10; // the shortest
const SHORT_TEXT = 256; // a text shorter (a table cell, a line) offers its lone words as it reads them
const BATCH = 64; // lone words offered together: few enough that their text is still in the cache

/**
 * The scanner is the candidate it hands over: one object, so the finder's reads stay monomorphic, and the
 * compact string is built only for candidates that get that far (most digit runs are rejected by context).
 */
class Scanner extends RunReader implements Candidate {
  start = 0;
  end = 0;
  shape: Shape = 'word';
  groups: readonly number[] = [];
  digits = false;
  length = 0;
  first = 0;
  private runCompact: string | null = null; // the compact form of the whole run being offered, once built
  private runCount = 0;

  /** Group lengths handed to the visitor, one reused array per count: it reads them before returning. */
  private readonly groupArrays: number[][] = Array.from({ length: MAX_GROUPS }, (_, g) => new Array<number>(g + 1).fill(0));
  /** One char-code buffer per compact length, for building multi-group candidates. */
  private readonly codes: number[][] = Array.from({ length: MAX_LENGTH + 1 }, (_, n) => new Array<number>(n).fill(0));
  private visitor: ScanVisitor | null = null;
  /**
   * Lone words (start, end, WORD_BITS of the word) of a long text, offered BATCH at a time away from the scan
   * loop: most numbers in text are one, and offering them one after another (the context reader and the
   * formats stay warm) ran the engine 1.1–1.2× faster. Their verdicts change nothing in the scan: a lone word
   * ends where the scan goes on either way. Short texts (one per table cell) are offered as they are read.
   */
  private readonly queue = new Int32Array(3 * BATCH);
  private queued = 0;
  private queueing = false;

  /**
   * Offers the run whole, then without its last groups while what is cut off is a word of letters only
   * ("LX 176 35035 USPS") or what remains ends in a word with letters ("RR123456785CN 1234"): a run of digits,
   * an IBAN, or a number spaced out character by character is never cut shorter. Returns the reported end or -1.
   */
  private offerPrefixes(count: number, gluedEnd: boolean): number {
    const { gStart, gEnd, gDash } = this;
    let total = 0;
    for (let g = 0; g < count; g++) total += gEnd[g]! - gStart[g]!;
    if (total < MIN_LENGTH) return -1;
    this.runCompact = null;
    this.runCount = count;
    this.first = this.text.charCodeAt(gStart[0]!);
    let length = total;
    for (let last = count - 1; last >= 0; last--) {
      const end = gEnd[last]!;
      if (length >= MIN_LENGTH && !(last === count - 1 && gluedEnd)) {
        const groups = this.groupArrays[last]!;
        let dashed = false;
        let digits = true;
        for (let g = 0; g <= last; g++) {
          groups[g] = gEnd[g]! - gStart[g]!;
          if (g > 0 && gDash[g]) dashed = true;
          if (this.gLetters[g]) digits = false;
        }
        this.start = gStart[0]!;
        this.end = end;
        this.shape = last === 0 ? 'word' : dashed ? 'dashed' : 'grouped';
        this.groups = groups;
        this.digits = digits;
        this.length = length;
        if (this.visitor!.candidate(this)) return end;
      }
      if (last === 0 || (!this.gAlpha[last] && !this.gLetters[last - 1])) break;
      // "1 L S 7 1 1 …": a number spaced out character by character is not cut either.
      if (last > 0 && gEnd[last]! - gStart[last]! === 1 && gEnd[last - 1]! - gStart[last - 1]! === 1) break;
      length -= gEnd[last]! - gStart[last]!;
      if (length < MIN_LENGTH) break;
    }
    return -1;
  }

  compact(): string {
    let full = this.runCompact;
    if (full === null) {
      const { text, gStart, gEnd } = this;
      const count = this.runCount;
      if (count === 1) full = text.slice(gStart[0]!, gEnd[0]!);
      else {
        // One flat string from the groups' char codes: concatenating slices costs a copy per group, a rope
        // node per join and a flattening copy on the first read.
        let total = 0;
        for (let g = 0; g < count; g++) total += gEnd[g]! - gStart[g]!;
        const codes = this.codes[total]!;
        let k = 0;
        for (let g = 0; g < count; g++) for (let i = gStart[g]!; i < gEnd[g]!; i++) codes[k++] = text.charCodeAt(i);
        full = String.fromCharCode.apply(null, codes);
      }
      this.runCompact = full;
    }
    return this.length === full.length ? full : full.slice(0, this.length);
  }

  /** The run starting at `start`; returns where scanning goes on. */
  private run(start: number): number {
    const count = this.readRun(start);
    const { runEnd } = this;
    if (gluedLeft(this.text, start) || afterCountryCode(this.text, start)) return runEnd;
    // Beyond MAX_LENGTH a run is a longer token or a table: no part of it is reported.
    const reported = this.runCut ? -1 : this.offerPrefixes(count, this.runGlued);
    if (reported >= 0) return reported;
    // "DHL 12 3456 7890", "TRACKING NUMBER 1Z…": a leading word of 2+ letters may be a label; read on after it.
    const first = this.gEnd[0]! - this.gStart[0]!;
    if (count > 1 && this.gAlpha[0] && first >= 2 && !this.gDash[1]) return this.gEnd[0]!;
    return runEnd;
  }

  /**
   * Queues the word [start, end) of MIN_LENGTH or more (`next` the class after it) when nothing joins it to a
   * next word, as the run reader and offerPrefixes would offer a run of one group; false when a separator
   * joins a next word (the run reader reads on).
   */
  private lone(start: number, end: number, bits: number, next: number): boolean {
    if (!this.queueing) return false;
    const { text } = this;
    const after = classAt(text, end + 1);
    const joined = (next === SPACE || next === DASH) && (after === DIGIT || after === UPPER || after === LOWER);
    if (joined && !(next === SPACE && after === LOWER)) return false;
    if (end - start > MAX_LENGTH || gluedLeft(text, start) || afterCountryCode(text, start) || gluedRight(text, end)) return true;
    const q = this.queue;
    q[this.queued] = start;
    q[this.queued + 1] = end;
    q[this.queued + 2] = bits;
    this.queued += 3;
    if (this.queued === q.length) this.offerQueued();
    return true;
  }

  /** Offers the queued lone words in text order (all before the scan's position). */
  private offerQueued(): void {
    if (this.queued === 0) return;
    const { text, queue } = this;
    const groups = this.groupArrays[0]!;
    this.visitor!.deferred();
    for (let k = 0; k < this.queued; k += 3) {
      const start = queue[k]!;
      const end = queue[k + 1]!;
      this.gStart[0] = start;
      this.gEnd[0] = end;
      this.runCompact = null;
      this.runCount = 1;
      groups[0] = end - start;
      this.start = start;
      this.end = end;
      this.shape = 'word';
      this.groups = groups;
      this.digits = (queue[k + 2]! & 2) === 0;
      this.length = end - start;
      this.first = text.charCodeAt(start);
      this.visitor!.candidate(this);
    }
    this.queued = 0;
    this.visitor!.settled();
  }

  /** Scans `text`, keeping no reference to it or to `visitor` afterwards; `jump`: see scanText. */
  scan(text: string, visitor: ScanVisitor, jump: boolean): void {
    this.text = text;
    this.visitor = visitor;
    this.queueing = text.length >= SHORT_TEXT;
    try {
      this.scanAll(jump);
      this.offerQueued();
    } finally {
      this.queued = 0;
      this.text = '';
      this.visitor = null;
      this.runCompact = null;
      idle = this;
    }
  }

  private scanAll(jump: boolean): void {
    const { text } = this;
    const n = text.length;
    let i = 0;
    // Only a window or a URL starts a candidate (skip.ts): the next URL, where the scan must be to meet it,
    // where the last window ends; inside one and from `approach` on, a character at a time. Without `jump`
    // there is no URL ahead (n) and no window (approach 0): every character is read.
    let url = jump ? -1 : n;
    let approach = 0;
    let seen = 0;
    while (i < n) {
      if (url < i) approach = urlApproach(text, (url = nextUrlStart(text, i)));
      if (i >= seen && i < approach) seen = (i = nextWindow(text, i, approach)) + MIN_LENGTH;
      if (i >= n) return;
      if (PROSE[text.charCodeAt(i)] === 1) {
        if (i < approach) i++;
        else while (++i < n && PROSE[text.charCodeAt(i)] === 1);
        continue;
      }
      const start = i;
      const c = text.charCodeAt(i);
      const k = CHAR_CLASS[c]!;
      // Inside a word begun in lower case ("abc123", "show"), or a word in lower case, or capitalised
      // ("Order"): never a candidate; an h or w starting a word may start a URL.
      if (start > 0 && ALNUM[text.charCodeAt(start - 1)] === 1) {
        while (++i < n && ALNUM[text.charCodeAt(i)] === 1);
        continue;
      }
      if (k !== DIGIT && ((c | 0x20) === 0x68 || (c | 0x20) === 0x77) && isUrlStart(text, start)) {
        i = urlEnd(text, start);
        this.visitor!.url(start, i);
        continue;
      }
      if (k === LOWER || (k === UPPER && CHAR_CLASS[text.charCodeAt(i + 1)] === LOWER)) {
        // The prose loop reads the rest; a digit or capital glued on stops it inside the word (above).
        i++;
        continue;
      }
      // Fast path, inline: a lone short word (most upper-case words and numbers in text) is no candidate,
      // nor is a word with lower case in it. WORD_BITS: digit 1, upper 2, lower 4, else 0.
      let end = start + 1;
      let bits = WORD_BITS[c]!;
      let f = 0;
      while (end < n && ((f = WORD_BITS[text.charCodeAt(end)]!) & 3) !== 0) {
        bits |= f;
        end++;
      }
      if (end < n && f === 4) {
        while (++end < n && ALNUM[text.charCodeAt(end)] === 1);
        i = end;
        continue;
      }
      const next = end < n ? CHAR_CLASS[text.charCodeAt(end)]! : OTHER;
      if (end - start < MIN_LENGTH && next !== SPACE && next !== DASH) {
        i = end;
        continue;
      }
      // Prices, dates, times and phone fragments ("2024-05-12", "890 752,12") join into runs too short to
      // hold any number: count the run's letters and digits first and pass over it when there are too few.
      const shortEnd = end - start < MIN_LENGTH ? shortRunEnd(text, start, end, MIN_LENGTH) : -1;
      if (shortEnd >= 0) {
        i = shortEnd;
        continue;
      }
      if (end - start >= MIN_LENGTH && this.lone(start, end, bits, next)) {
        i = end;
        continue;
      }
      // The first word is read: its facts go to the run reader as readWord would set them.
      this.wEnd = end;
      this.wLetters = (bits & 2) !== 0;
      this.wDigits = (bits & 1) !== 0;
      this.wLower = false;
      i = this.run(start);
    }
  }
}

// One scanner and its ~50 buffers for all calls (built per call they cost ~3.5 µs); a nested call gets its own.
let idle: Scanner | undefined;

/**
 * Scans `text` for candidates and URLs. `jump` false reads every character instead of jumping between
 * windows and URLs found ahead: the same candidates by construction, the reference the jumps are tested
 * against. Short texts jump too: reading a line of order text a character at a time was ~7% slower in Node.
 */
export function scanText(text: string, visitor: ScanVisitor, jump = true): void {
  const scanner = idle ?? new Scanner();
  idle = undefined;
  scanner.scan(text, visitor, jump);
}

// findTrackingNumbers: scan once, ask the format families about each candidate, and let the words around a
// number decide for those that cannot prove themselves: the words before it first, then those after it.

import { type NumberContext, readContext } from './context';
import { letteredMayMatch } from './first-char';
import { detectFormat, needsKeyword } from './formats';
import { plainValidFor } from './plain-digits';
import { scanText } from './scanner';
import { isTrackingSiteLink } from './tracking-sites';
import type { Candidate, Detection, FindOptions, ScanVisitor, TrackingNumberMatch } from './types';
import { findTrackingNumbersInUrl } from './url';

/** The carriers with the one named near the number first: a new list, as the format's list is shared (carrierList). */
function withHint(d: Detection, hint: string | undefined): readonly string[] {
  const { carriers } = d;
  if (hint === undefined) return carriers;
  const at = carriers.indexOf(hint);
  if (at === 0) return carriers;
  if (at > 0) return [hint, ...carriers.slice(0, at), ...carriers.slice(at + 1)];
  // A plain run proves no carrier, so the named one joins the candidates unless its own check digit fails;
  // a format that proved its carrier keeps it.
  return d.strength === 'plain' && plainValidFor(hint, d.number) !== false ? [hint, ...carriers] : carriers;
}

/** What an idle finder points at, so it keeps no caller's matches alive (never pushed to). */
const NO_MATCHES: TrackingNumberMatch[] = [];

/**
 * The scan's visitor, one for all calls (the content script calls once per text segment): the scanner then
 * always calls the same two methods, never a fresh pair of closures.
 */
class Finder implements ScanVisitor {
  text = '';
  highOnly = false;
  matches: TrackingNumberMatch[] = NO_MATCHES;
  private readonly around: NumberContext = { polarity: 'none', hint: undefined };
  /**
   * The last candidate written as one word: the scanner offers only words with no letter or digit glued on
   * either side, so it is a whole word to the context reader too, which then need not walk back over it
   * (numbers listed one after another each read the one before).
   */
  wordStart = -1;
  wordEnd = -1;
  /**
   * Matches of the candidates and URLs visited during the scan, held (in one reused array) until the lone words
   * the scanner offers after it are merged in by position; `heldAt` is the next to place, -1 while scanning.
   */
  private readonly held: Array<TrackingNumberMatch | undefined> = [];
  private heldCount = 0;
  private heldAt = -1;

  private add(m: TrackingNumberMatch): void {
    if (this.heldAt < 0) {
      this.held[this.heldCount++] = m;
      return;
    }
    const { held, matches } = this;
    while (this.heldAt < this.heldCount && held[this.heldAt]!.start < m.start) matches.push(held[this.heldAt++]!);
    matches.push(m);
  }

  deferred(): void {
    this.heldAt = 0;
    // Offers leave the scan's order here: forget the word offered last, which the context reader steps over.
    this.wordStart = this.wordEnd = -1;
  }

  /** The held matches not yet placed, after a batch of lone words or the scan; then the finder holds none. */
  settled(): void {
    for (let i = Math.max(this.heldAt, 0); i < this.heldCount; i++) this.matches.push(this.held[i]!);
    this.release();
  }

  release(): void {
    // A loop, not fill(): most calls (one per text segment) hold none, and the native call cost ~45 ns each.
    for (let i = 0; i < this.heldCount; i++) this.held[i] = undefined;
    this.heldCount = 0;
    this.heldAt = -1;
  }

  candidate(c: Candidate): boolean {
    const { text, around } = this;
    const { start, end } = c;
    const knownStart = this.wordStart;
    const knownEnd = this.wordEnd;
    if (c.shape === 'word') {
      this.wordStart = start;
      this.wordEnd = end;
    }
    // A number with letters starts with one of a few characters at each length ("IBAN DE45…" never does).
    if (!c.digits && !letteredMayMatch(c.length, c.first)) return false;
    // Plain digit runs are reported only next to a keyword: read that first, it rejects most of them.
    let context = needsKeyword(c) ? readContext(text, start, end, around, knownStart, knownEnd) : undefined;
    if (context && context.polarity !== 'tracking') return false;
    const compact = c.compact();
    const { shape } = c;
    const d = detectFormat(compact, shape, c.groups, c.digits);
    if (!d) return false;
    let carriers = d.carriers;
    if (d.strength !== 'proven' || d.vetoable) {
      context ??= readContext(text, start, end, around, knownStart, knownEnd);
      if (context.polarity === 'contrary') return false;
      if (d.strength !== 'proven' && context.polarity !== 'tracking') return false;
      carriers = withHint(d, context.hint);
    }
    const confidence = d.strength === 'plain' ? 'medium' : 'high';
    if (this.highOnly && confidence !== 'high') return false;
    // Every field in one order, airline included: one shape for all matches keeps their reads monomorphic.
    this.add({
      number: d.number,
      // A one-word candidate is the text as written: no second copy.
      raw: shape === 'word' ? compact : text.slice(start, end),
      start,
      end,
      kind: d.kind,
      carriers,
      confidence,
      airline: d.airline,
    });
    return true;
  }

  url(start: number, end: number): void {
    if (!isTrackingSiteLink(this.text, start, end)) return;
    for (const m of findTrackingNumbersInUrl(this.text.slice(start, end))) {
      if (this.highOnly && m.confidence !== 'high') continue;
      this.add({ ...m, start: m.start + start, end: m.end + start });
    }
  }
}

let idleFinder: Finder | undefined;

export function findTrackingNumbers(text: string, options?: FindOptions): TrackingNumberMatch[] {
  return find(text, options, true);
}

/** findTrackingNumbers with every character read (scanText's `jump` off): what the jumps are tested against. */
export function findReadingEveryCharacter(text: string, options?: FindOptions): TrackingNumberMatch[] {
  return find(text, options, false);
}

function find(text: string, options: FindOptions | undefined, jump: boolean): TrackingNumberMatch[] {
  // A nested call (none is made today) gets a finder of its own.
  const finder = idleFinder ?? new Finder();
  idleFinder = undefined;
  finder.text = text;
  finder.highOnly = options?.minConfidence === 'high';
  finder.wordStart = finder.wordEnd = -1;
  const matches: TrackingNumberMatch[] = [];
  finder.matches = matches;
  try {
    scanText(text, finder, jump);
    finder.settled();
  } finally {
    finder.release();
    finder.text = '';
    finder.matches = NO_MATCHES;
    idleFinder = finder;
  }
  return matches;
}

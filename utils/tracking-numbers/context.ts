// Reads the few words before and after a candidate: the nearest tracking or contrary keyword decides whether
// a number that cannot prove itself is reported, and a carrier name nearby reorders its candidates (and
// counts as a tracking keyword: "300403513351 (4PX)", "1234567890 via DHL").
// Cost is bounded by WINDOW per candidate, so the scan stays linear.

import { CARRIER_HINTS, CJK_CONTRARY, CJK_TRACKING, CONTRARY_STEMS, TRACKING_STEMS } from './context-keywords';

/** Words read past a tracking keyword for a carrier name. */
const HINT_WORDS = 3;

/** Characters looked at on each side: enough for "Numer przesyłki / Tracking number:" and a little markup. */
const WINDOW = 48;

export type Polarity = 'tracking' | 'contrary' | 'none';

export interface NumberContext {
  polarity: Polarity;
  /** Carrier code named near the number, if any. */
  hint: string | undefined;
}

/**
 * For the char codes of words in alphabetic scripts written with spaces (ASCII letters and digits, Latin,
 * Greek, Cyrillic, all below 0x530): their lower case; 0 for every other code. One lookup, no range check,
 * tells a word character and lower-cases it (this runs on every character of the window of every plain
 * digit run).
 */
const WORD_LOWER = new Uint16Array(0x530);
for (let c = 0; c < 0x530; c++) {
  const word = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c >= 0x370;
  const l = String.fromCharCode(c).toLowerCase();
  WORD_LOWER[c] = word ? (l.length === 1 ? l.charCodeAt(0) : c) : 0;
}

/** Lower case of a word character (see WORD_LOWER). */
function lower(c: number): number {
  return c < 0x530 ? WORD_LOWER[c]! : c;
}

/** A stem (matched as a word prefix) or a carrier name (matched as the whole word). */
interface Keyword {
  text: string;
  whole: boolean;
  polarity: Polarity;
  hint?: string;
  /** Its first two characters as one number (prefix2) and its third, so a word in a shared bucket is told apart at once. */
  prefix?: number;
  third?: number;
}

/**
 * The first two (lower-case) characters as one exact number; word characters are below 0x530, so it fits 22
 * bits and stays a small integer (three in one number would be a heap object per word read).
 */
function prefix2(c0: number, c1: number): number {
  return c0 * 0x800 + c1;
}

/** Bucket of a word by its first three (lower-case) characters; words in one bucket are told apart by text. */
function keyOf(c0: number, c1: number, c2: number): number {
  return ((c0 * 31 + c1) * 31 + c2) & 0xfff;
}

/**
 * Keywords bucketed by their first three characters, so a word costs one array lookup and no allocation
 * (the scan reads the context of every plain digit run).
 */
const KEYWORDS: Array<Keyword[] | undefined> = new Array<Keyword[] | undefined>(0x1000).fill(undefined);
function addKeyword(k: Keyword): void {
  const [c0, c1, c2] = [k.text.charCodeAt(0), k.text.charCodeAt(1), k.text.charCodeAt(2)];
  k.prefix = prefix2(c0, c1);
  k.third = c2;
  (KEYWORDS[keyOf(c0, c1, c2)] ??= []).push(k);
}
for (const stem of TRACKING_STEMS) addKeyword({ text: stem, whole: false, polarity: 'tracking' });
for (const stem of CONTRARY_STEMS) addKeyword({ text: stem, whole: false, polarity: 'contrary' });

/**
 * What each char code is to the word walks: a word character of WORD_LOWER (1), a CJK ideograph (2), or
 * neither (0). One load per character tells both, and a walk goes on while the kind stays the same.
 */
const OTHER = 0;
const WORD = 1;
const CJK = 2;
const KIND = new Uint8Array(0x10000);
for (let c = 0; c < WORD_LOWER.length; c++) if (WORD_LOWER[c] !== 0) KIND[c] = WORD;
KIND.fill(CJK, 0x4e00, 0xa000); // one native fill: the engine is loaded while a page waits

const CJK_HINTS: Array<[string, string]> = [];
/**
 * The last characters (lower case) and the greatest length of the carrier names in alphabetic scripts: once
 * a keyword has decided the polarity, only a carrier name can still change the context, so a word that
 * cannot be one ("3318810025", "tracking" in "… tracking 3318810025 tracking 3318810025") is not looked up,
 * and the last word the walk reads is not even walked.
 */
const HINT_LAST = new Uint8Array(0x530);
let hintMaxLength = 0;
for (const [name, code] of Object.entries(CARRIER_HINTS)) {
  if (KIND[name.charCodeAt(0)] === CJK) CJK_HINTS.push([name, code]);
  else {
    addKeyword({ text: name, whole: true, polarity: 'tracking', hint: code });
    HINT_LAST[name.charCodeAt(name.length - 1)] = 1;
    hintMaxLength = Math.max(hintMaxLength, name.length);
  }
}

/** Whether the word `text[from..to)`, whose first three characters equal `k`'s, is `k` (or starts with it). */
function matches(text: string, from: number, to: number, k: Keyword): boolean {
  const n = k.text.length;
  if (k.whole ? to - from !== n : to - from < n) return false;
  for (let i = 3; i < n; i++) if (lower(text.charCodeAt(from + i)) !== k.text.charCodeAt(i)) return false;
  return true;
}

type Context = NumberContext;

/** What the word `text[from..to)` says; updates `ctx`. */
function readLatinWord(text: string, from: number, to: number, ctx: Context): void {
  if (to - from < 3) return;
  const c0 = lower(text.charCodeAt(from));
  const c1 = lower(text.charCodeAt(from + 1));
  // No keyword starts with two digits ("4px" has one): the numbers around a number are never read further.
  if (c1 <= 57 && c0 <= 57) return;
  const c2 = lower(text.charCodeAt(from + 2));
  const bucket = KEYWORDS[keyOf(c0, c1, c2)];
  if (!bucket) return;
  const prefix = prefix2(c0, c1);
  for (const k of bucket) {
    if (k.prefix !== prefix || k.third !== c2 || !matches(text, from, to, k)) continue;
    if (k.hint !== undefined) ctx.hint ??= k.hint;
    if (ctx.polarity === 'none') ctx.polarity = k.polarity;
  }
}

function readCjkRun(run: string, ctx: Context): void {
  // Check contrary first: 订单号 (order number) contains 单号.
  if (ctx.polarity === 'none') {
    if (CJK_CONTRARY.some((k) => run.includes(k))) ctx.polarity = 'contrary';
    else if (CJK_TRACKING.some((k) => run.includes(k))) ctx.polarity = 'tracking';
  }
  if (ctx.hint === undefined) {
    const hint = CJK_HINTS.find(([name]) => run.includes(name))?.[1];
    if (hint !== undefined) {
      ctx.hint = hint;
      if (ctx.polarity === 'none') ctx.polarity = 'tracking';
    }
  }
}

function readWord(text: string, from: number, to: number, cjk: boolean, ctx: Context): void {
  if (cjk) readCjkRun(text.slice(from, to), ctx);
  else readLatinWord(text, from, to, ctx);
}

/** Reads the words before `start` into `ctx` (reset first); `[knownStart, knownEnd)` is a word, if not -1. */
function readBefore(text: string, start: number, ctx: Context, knownStart: number, knownEnd: number): void {
  const from = start > WINDOW ? start - WINDOW : 0;
  let i = start;
  let hintWords = HINT_WORDS;
  // Walk words from the nearest to the farthest; the first keyword decides. A contrary word settles it;
  // after a tracking word the walk goes on a few words only, to find a carrier name ("DHL Express tracking").
  while (i > from) {
    const kind = KIND[text.charCodeAt(--i)]!;
    if (kind === OTHER) continue;
    const end = i + 1;
    // Once a keyword has decided the polarity, a word in an alphabetic script counts only as a whole carrier
    // name: one no name ends like is read no further, and is not even walked when it is the last word.
    const named = kind !== WORD || ctx.polarity === 'none' || HINT_LAST[lower(text.charCodeAt(i))] === 1;
    if (!named && hintWords === 1) break;
    if (kind === WORD && hintWords === 1 && ctx.polarity !== 'none') {
      const shortest = end - hintMaxLength;
      while (i > from && i >= shortest && KIND[text.charCodeAt(i - 1)] === kind) i--;
      if (i < shortest) break;
    } else if (end === knownEnd && knownStart >= from) {
      // The number before ("… tracking 3318810025 tracking 3318810025"): its start is known, not walked to.
      i = knownStart;
    } else while (i > from && KIND[text.charCodeAt(i - 1)] === kind) i--;
    // A word cut by the window edge is unreliable.
    if (i === from && from > 0) break;
    if (ctx.polarity !== 'none') hintWords--;
    if (named) readWord(text, i, end, kind === CJK, ctx);
    if (ctx.polarity === 'contrary' || (ctx.polarity !== 'none' && (ctx.hint !== undefined || hintWords <= 0))) break;
  }
}

/** Reads the words after `end` ("… is your tracking number", "(4PX)") into `ctx`. */
function readAfter(text: string, end: number, ctx: Context): void {
  const to = Math.min(text.length, end + WINDOW);
  let i = end;
  while (i < to) {
    const kind = KIND[text.charCodeAt(i)]!;
    if (kind === OTHER) {
      i++;
      continue;
    }
    const from = i;
    while (++i < to && KIND[text.charCodeAt(i)] === kind);
    if (i === to && to < text.length) break;
    readWord(text, from, i, kind === CJK, ctx);
    if (ctx.polarity === 'contrary' || (ctx.polarity !== 'none' && ctx.hint !== undefined)) break;
  }
}

/**
 * Context of the number at [start, end) in `text`, written into `ctx` (reused by the caller: this runs for
 * every plain digit run). The words before decide; where they hold no keyword, the words after do, and a
 * carrier named on either side counts. `[knownStart, knownEnd)`, when given, is a word of the text the
 * caller knows whole (no word character on either side): the walk back takes its start as read.
 */
export function readContext(text: string, start: number, end: number, ctx: NumberContext, knownStart = -1, knownEnd = -1): NumberContext {
  ctx.polarity = 'none';
  ctx.hint = undefined;
  readBefore(text, start, ctx, knownStart, knownEnd);
  if (ctx.polarity === 'none') readAfter(text, end, ctx);
  return ctx;
}

// Reads the few words before and after a candidate: the nearest tracking or contrary keyword decides whether
// a number that cannot prove itself is reported, and a carrier name nearby reorders its candidates (and
// counts as a tracking keyword: "300403513351 (4PX)", "1234567890 via DHL").
// Cost is bounded by WINDOW per candidate, so the scan stays linear.

import { CARRIER_HINTS, CJK_CONTRARY, CJK_TRACKING, CONTRARY_STEMS, TRACKING_STEMS } from './context-keywords';

/** Characters looked at on each side: enough for "Numer przesyłki / Tracking number:" and a little markup. */
const WINDOW = 48;

export type Polarity = 'tracking' | 'contrary' | 'none';

export interface NumberContext {
  polarity: Polarity;
  /** Carrier code named near the number, if any. */
  hint?: string;
}

interface Stem {
  stem: string;
  tracking: boolean;
}

/** Stems keyed by their first three characters so each word costs one map lookup. */
const STEMS = new Map<string, Stem[]>();
for (const [list, tracking] of [[TRACKING_STEMS, true], [CONTRARY_STEMS, false]] as const) {
  for (const stem of list) {
    const key = stem.slice(0, 3);
    const bucket = STEMS.get(key) ?? [];
    bucket.push({ stem, tracking });
    STEMS.set(key, bucket);
  }
}

function isWordChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x52f)
  );
}

function isCjk(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

function classifyWord(word: string): Polarity {
  if (word.length < 3) return 'none';
  const bucket = STEMS.get(word.slice(0, 3));
  if (!bucket) return 'none';
  for (const { stem, tracking } of bucket) if (word.startsWith(stem)) return tracking ? 'tracking' : 'contrary';
  return 'none';
}

function classifyCjk(run: string): Polarity {
  // Check contrary first: 订单号 (order number) contains 单号.
  if (CJK_CONTRARY.some((k) => run.includes(k))) return 'contrary';
  return CJK_TRACKING.some((k) => run.includes(k)) ? 'tracking' : 'none';
}

const HINTS = new Map(Object.entries(CARRIER_HINTS));
const CJK_HINTS = [...HINTS].filter(([name]) => isCjk(name.charCodeAt(0)));

function cjkHint(run: string): string | undefined {
  return CJK_HINTS.find(([name]) => run.includes(name))?.[1];
}

/** Whether the word `text[from..to)` is a keyword; updates `ctx` and returns true once polarity is known. */
function readWord(text: string, from: number, to: number, cjk: boolean, ctx: { polarity: Polarity; hint?: string }): void {
  if (to - from < 2 || (!cjk && isDigitRun(text, from, to))) return;
  const word = text.slice(from, to).toLowerCase();
  if (ctx.polarity === 'none') ctx.polarity = cjk ? classifyCjk(word) : classifyWord(word);
  if (ctx.hint === undefined) {
    const hint = cjk ? cjkHint(word) : HINTS.get(word);
    if (hint !== undefined) {
      ctx.hint = hint;
      if (ctx.polarity === 'none') ctx.polarity = 'tracking';
    }
  }
}

/** Context before the number starting at `start` in `text`. */
export function readContext(text: string, start: number): NumberContext {
  const from = Math.max(0, start - WINDOW);
  const ctx: { polarity: Polarity; hint?: string } = { polarity: 'none' };
  let i = start;
  // Walk words from the nearest to the farthest; the first keyword decides.
  while (i > from && (ctx.polarity === 'none' || ctx.hint === undefined)) {
    const c = text.charCodeAt(i - 1);
    const cjk = isCjk(c);
    if (!cjk && !isWordChar(c)) {
      i--;
      continue;
    }
    const end = i;
    while (i > from && (cjk ? isCjk(text.charCodeAt(i - 1)) : isWordChar(text.charCodeAt(i - 1)))) i--;
    // A word cut by the window edge is unreliable; pure digit words (other numbers) say nothing.
    if (i === from && from > 0) break;
    readWord(text, i, end, cjk, ctx);
  }
  return ctx;
}

/** Context after the number ending at `end` in `text` ("… is your tracking number", "(4PX)"). */
export function readContextAfter(text: string, end: number): NumberContext {
  const to = Math.min(text.length, end + WINDOW);
  const ctx: { polarity: Polarity; hint?: string } = { polarity: 'none' };
  let i = end;
  while (i < to && (ctx.polarity === 'none' || ctx.hint === undefined)) {
    const c = text.charCodeAt(i);
    const cjk = isCjk(c);
    if (!cjk && !isWordChar(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && (cjk ? isCjk(text.charCodeAt(i)) : isWordChar(text.charCodeAt(i)))) i++;
    if (i === to && to < text.length) break;
    readWord(text, start, i, cjk, ctx);
  }
  return ctx;
}

function isDigitRun(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

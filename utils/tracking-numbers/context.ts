// Reads the few words before a candidate: the nearest tracking or contrary keyword decides whether a number
// that cannot prove itself is reported, and a carrier name nearby reorders its candidates.
// Cost is bounded by WINDOW per candidate, so the scan stays linear.

import { CARRIER_HINTS, CJK_CONTRARY, CJK_TRACKING, CONTRARY_STEMS, TRACKING_STEMS } from './context-keywords';

/** Characters looked at before a number: enough for "Numer przesyłki / Tracking number:" and a little markup. */
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

/** Context of the number starting at `start` in `text`. */
export function readContext(text: string, start: number): NumberContext {
  const from = Math.max(0, start - WINDOW);
  let polarity: Polarity = 'none';
  let hint: string | undefined;
  let i = start;
  // Walk words from the nearest to the farthest; the first keyword decides.
  while (i > from && (polarity === 'none' || hint === undefined)) {
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
    if (end - i < 2 || (!cjk && isDigitRun(text, i, end))) continue;
    const word = text.slice(i, end).toLowerCase();
    if (polarity === 'none') polarity = cjk ? classifyCjk(word) : classifyWord(word);
    hint ??= cjk ? cjkHint(word) : HINTS.get(word);
  }
  return hint === undefined ? { polarity } : { polarity, hint };
}

function isDigitRun(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

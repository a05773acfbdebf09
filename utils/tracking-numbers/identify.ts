// What a string pasted into the search box is: tolerant of surrounding and inner spaces, dashes and lower
// case; a pasted tracking link is read like the content script reads one.

import { identifyCompact } from './identify-compact';
import type { TrackingNumberMatch } from './types';
import { findTrackingNumbersInUrl } from './url';

const SEPARATORS = /[\s\u00a0\u2009\u202f\-\u2010\u2011]+/g;

export function identifyTrackingNumber(input: string): TrackingNumberMatch | null {
  const start = input.search(/\S/);
  if (start < 0 || input.length > 2048) return null;
  const end = input.trimEnd().length;
  const raw = input.slice(start, end);
  if (/^(?:https?:\/\/|www\.)/i.test(raw)) {
    const [first] = findTrackingNumbersInUrl(raw);
    return first ? { ...first, start: first.start + start, end: first.end + start } : null;
  }
  // The length limit applies to the compact form: " 9 6 1 1 0 2 …" spaced out is still 22 digits.
  const compact = raw.replace(SEPARATORS, '').toUpperCase();
  if (!/^[A-Z0-9]+$/.test(compact)) return null;
  const groups = raw.split(SEPARATORS).filter((g) => g !== '').map((g) => g.length);
  const found = identifyCompact(compact, groups);
  return found ? { ...found, raw, start, end } : null;
}

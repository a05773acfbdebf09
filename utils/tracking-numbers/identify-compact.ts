// The verdict for a number whose intent is known (pasted in the search box, or sitting in a tracking link):
// no keyword is needed, but numbers that prove nothing stay at medium confidence.

import { detectFormat } from './formats';
import type { TrackingNumberMatch } from './types';

export type Identified = Omit<TrackingNumberMatch, 'raw' | 'start' | 'end'>;

/** `compact` is upper case with separators removed; `groups` are the digit groups as written. */
export function identifyCompact(compact: string, groups: readonly number[] = [compact.length]): Identified | null {
  const d = detectFormat(compact, 'pasted', groups);
  if (!d) return null;
  const found: Identified = {
    number: d.number,
    kind: d.kind,
    carriers: [...d.carriers],
    confidence: d.strength === 'plain' ? 'medium' : 'high',
  };
  if (d.airline) found.airline = d.airline;
  return found;
}

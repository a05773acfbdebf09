// findTrackingNumbers: scan once, ask the format families about each candidate, and let the words before a
// number decide for those that cannot prove themselves.

import { readContext } from './context';
import { detectFormat } from './formats';
import { scanText } from './scanner';
import type { Detection, FindOptions, TrackingNumberMatch } from './types';
import { findTrackingNumbersInUrl } from './url';

/** Put the carrier named near the number first. */
function withHint(carriers: string[], hint: string | undefined, strength: Detection['strength']): string[] {
  if (hint === undefined) return carriers;
  if (carriers.includes(hint)) return [hint, ...carriers.filter((c) => c !== hint)];
  // A plain run proves no carrier, so the named one joins the candidates; a format that proved its carrier
  // keeps it.
  return strength === 'plain' ? [hint, ...carriers] : carriers;
}

export function findTrackingNumbers(text: string, options: FindOptions = {}): TrackingNumberMatch[] {
  const highOnly = options.minConfidence === 'high';
  const matches: TrackingNumberMatch[] = [];
  scanText(text, {
    candidate(compact, start, end, shape, groups) {
      const d = detectFormat(compact, shape, groups);
      if (!d) return false;
      let carriers = d.carriers;
      if (d.strength !== 'proven' || d.vetoable) {
        const context = readContext(text, start);
        if (context.polarity === 'contrary') return false;
        if (d.strength !== 'proven' && context.polarity !== 'tracking') return false;
        carriers = withHint(carriers, context.hint, d.strength);
      }
      const confidence = d.strength === 'plain' ? 'medium' : 'high';
      if (highOnly && confidence !== 'high') return false;
      const match: TrackingNumberMatch = {
        number: d.number,
        raw: text.slice(start, end),
        start,
        end,
        kind: d.kind,
        carriers: [...carriers],
        confidence,
      };
      if (d.airline) match.airline = d.airline;
      matches.push(match);
      return true;
    },
    url(start, end) {
      for (const m of findTrackingNumbersInUrl(text.slice(start, end))) {
        if (highOnly && m.confidence !== 'high') continue;
        matches.push({ ...m, start: m.start + start, end: m.end + start });
      }
    },
  });
  return matches;
}

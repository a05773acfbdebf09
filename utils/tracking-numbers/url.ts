// Tracking numbers inside carrier tracking links, e.g. https://www.ups.com/track?tracknum=1Z…,
// https://t.17track.net/en#nums=…, https://www.dhl.com/…?tracking-id=…, https://parcelsapp.com/en/tracking/….
// Only links of known carriers and tracking sites count; elsewhere a number in a URL is an id, not a parcel.

import { identifyCompact } from './identify-compact';
import { plainValidFor } from './plain-digits';
import type { TrackingNumberMatch } from './types';
import { trackingSiteOf } from './tracking-sites';

/** Query keys and path segments that name a tracking number. */
const TRACKING_PARAM = /(?:track|num|awb|barcode|piece|label|sendung|shipment|parcel|sledz|search|query|[?&#]q|[?&#]id|code)[^/?#&=]*[=/]$/i;

function isTokenChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}

/** Every number in a carrier or tracking-site link; offsets are into `href`. */
export function findTrackingNumbersInUrl(href: string): TrackingNumberMatch[] {
  const link = trackingSiteOf(href);
  if (!link) return [];
  const { site, hostEnd: from } = link;
  const matches: TrackingNumberMatch[] = [];
  // Tokens after the host: path segments, query values, fragment parts ("nums=A,B"), split on anything that
  // is not a letter, digit or dash (dashes stay for "172-28891936").
  let i = from;
  while (i < href.length) {
    if (!isTokenChar(href.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < href.length && isTokenChar(href.charCodeAt(i))) i++;
    if (i - start < 10 || i - start > 40) continue;
    const raw = href.slice(start, i);
    // Most tokens have no dash: one group, no splitting (a long link holds thousands of tokens).
    const dashed = raw.includes('-');
    const groups = dashed ? raw.split('-').filter((g) => g !== '').map((g) => g.length) : [raw.length];
    const found = identifyCompact((dashed ? raw.replace(/-/g, '') : raw).toUpperCase(), groups);
    // A bare digit run in a link is only a tracking number where the link says so (?tracking-id=…).
    if (!found || (found.confidence === 'medium' && !TRACKING_PARAM.test(href.slice(Math.max(from, start - 24), start)))) {
      continue;
    }
    const { carrier } = site;
    let { carriers, confidence } = found;
    if (carrier !== undefined) {
      // Valid for the site's carrier: its check digit passes, or it has none and the shape is one it uses.
      if (carriers.includes(carrier) && plainValidFor(carrier, found.number) !== false) confidence = 'high';
      else if (found.kind === 'parcel' && confidence === 'medium') carriers = [carrier, ...carriers];
      carriers = [...new Set(carriers.includes(carrier) ? [carrier, ...carriers] : carriers)];
    }
    matches.push({ ...found, raw, start, end: i, carriers, confidence });
  }
  return matches;
}

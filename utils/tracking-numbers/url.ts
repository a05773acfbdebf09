// Tracking numbers inside carrier tracking links, e.g. https://www.ups.com/track?tracknum=1Z…,
// https://t.17track.net/en#nums=…, https://www.dhl.com/…?tracking-id=…, https://parcelsapp.com/en/tracking/….
// Only links of known carriers and tracking sites count; elsewhere a number in a URL is an id, not a parcel.

import { identifyCompact } from './identify-compact';
import { plainValidFor } from './plain-digits';
import type { TrackingNumberMatch } from './types';

interface TrackingSite {
  /** Host or parent domain, e.g. `ups.com` matches `www.ups.com`. */
  domain: string;
  /** The carrier the site tracks; absent for multi-carrier sites. */
  carrier?: string;
}

const SITES: readonly TrackingSite[] = [
  { domain: 'ups.com', carrier: 'ups' },
  { domain: 'fedex.com', carrier: 'fedex' },
  { domain: 'usps.com', carrier: 'usps' },
  { domain: 'dhl.com', carrier: 'dhl' },
  { domain: 'dhl.de', carrier: 'dhl-germany' },
  { domain: 'deutschepost.de', carrier: 'deutsche-post' },
  { domain: 'dpd.com', carrier: 'dpd' },
  { domain: 'dpd.de', carrier: 'dpd' },
  { domain: 'gls-group.eu', carrier: 'gls' },
  { domain: 'gls-group.com', carrier: 'gls' },
  { domain: 'myhermes.de', carrier: 'hermes-de' },
  { domain: 'evri.com', carrier: 'hermes-uk' },
  { domain: 'postnl.nl', carrier: 'postnl-3s' },
  { domain: 'postnl.post', carrier: 'postnl-3s' },
  { domain: 'inpost.pl', carrier: 'inpost-paczkomaty' },
  { domain: 'poczta-polska.pl', carrier: 'poczta-polska' },
  { domain: 'poste.it', carrier: 'poste-italiane' },
  { domain: 'pochta.ru', carrier: 'russian-post' },
  { domain: 'royalmail.com', carrier: 'royal-mail' },
  { domain: 'canadapost-postescanada.ca', carrier: 'canada-post' },
  { domain: 'canadapost.ca', carrier: 'canada-post' },
  { domain: 'auspost.com.au', carrier: 'australia-post' },
  { domain: 'cainiao.com', carrier: 'cainiao' },
  { domain: 'yuntrack.com', carrier: 'yunexpress' },
  { domain: 'yunexpress.com', carrier: 'yunexpress' },
  { domain: '4px.com', carrier: '4px' },
  { domain: 'sf-express.com', carrier: 'sf-express' },
  { domain: 'yw56.com.cn', carrier: 'yanwen' },
  { domain: '17track.net' },
  { domain: 'parcelsapp.com' },
  { domain: 'trackingmore.com' },
  { domain: 'trackru.ru' },
  { domain: 'aftership.com' },
];

/** Sites by the length of their domain, so a host suffix is compared only with domains as long as it. */
const BY_LENGTH: TrackingSite[][] = [];
for (const site of SITES) (BY_LENGTH[site.domain.length] ??= []).push(site);

/** Whether `t[from..to)`, lower-cased, is `domain` (ASCII). */
function sameDomain(t: string, from: number, domain: string): boolean {
  for (let i = 0; i < domain.length; i++) {
    let c = t.charCodeAt(from + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== domain.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * The site of the host `t[from..to)` or of one of its parent domains, compared on char codes: this runs for
 * every URL in the text, and most are no tracking site.
 */
function siteIn(t: string, from: number, to: number): TrackingSite | undefined {
  for (let i = from; i < to; i++) {
    if (i === from || t.charCodeAt(i - 1) === 0x2e) {
      const sites = BY_LENGTH[to - i];
      if (sites) for (const site of sites) if (sameDomain(t, i, site.domain)) return site;
    }
  }
  return undefined;
}

/** Where the host of an absolute or scheme-less ("www.…") link starts. */
function hostStart(href: string): number {
  const c = href.charCodeAt(0) | 0x20;
  if (c !== 0x68 || (href.charCodeAt(1) | 0x20) !== 0x74 || (href.charCodeAt(2) | 0x20) !== 0x74 || (href.charCodeAt(3) | 0x20) !== 0x70) return 0;
  const colon = (href.charCodeAt(4) | 0x20) === 0x73 ? 5 : 4;
  return href.startsWith('://', colon) ? colon + 3 : 0;
}

/** Where the host starting at `from` ends (at most 253 characters). */
function hostEnd(href: string, from: number): number {
  let to = from;
  const max = Math.min(href.length, from + 253);
  while (to < max) {
    const c = href.charCodeAt(to);
    // The characters that end a host: / ? # : @ and white space.
    if (c === 0x2f || c === 0x3f || c === 0x23 || c === 0x3a || c === 0x40 || isSpace(c)) break;
    to++;
  }
  return to;
}

function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Query keys and path segments that name a tracking number. */
const TRACKING_PARAM = /(?:track|num|awb|barcode|piece|label|sendung|shipment|parcel|sledz|search|query|[?&#]q|[?&#]id|code)[^/?#&=]*[=/]$/i;

function isTokenChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}

/** Every number in a carrier or tracking-site link; offsets are into `href`. */
export function findTrackingNumbersInUrl(href: string): TrackingNumberMatch[] {
  const hostFrom = hostStart(href);
  const from = hostEnd(href, hostFrom);
  const site = from > hostFrom ? siteIn(href, hostFrom, from) : undefined;
  if (!site) return [];
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

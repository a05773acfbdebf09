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

const BY_DOMAIN = new Map(SITES.map((s) => [s.domain, s]));

/** The site of `host` or of one of its parent domains: one map lookup per label, no regex. */
function siteFor(host: string): TrackingSite | undefined {
  let site = BY_DOMAIN.get(host);
  for (let dot = host.indexOf('.'); site === undefined && dot >= 0; dot = host.indexOf('.', dot + 1)) {
    site = BY_DOMAIN.get(host.slice(dot + 1));
  }
  return site;
}

/** Host of an absolute or scheme-less ("www.…") link, lower case; read on char codes (this runs per URL in text). */
function hostOf(href: string): string | null {
  let from = 0;
  if (/^https?:\/\//i.test(href)) from = href.indexOf('/') + 2;
  let to = from;
  const max = Math.min(href.length, from + 253);
  while (to < max) {
    const c = href.charCodeAt(to);
    // The characters that end a host, as the old regex [^/?#:@\s] read it.
    if (c === 0x2f || c === 0x3f || c === 0x23 || c === 0x3a || c === 0x40 || isSpace(c)) break;
    to++;
  }
  return to > from ? href.slice(from, to).toLowerCase() : null;
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
  const host = hostOf(href);
  const site = host ? siteFor(host) : undefined;
  if (!host || !site) return [];
  const matches: TrackingNumberMatch[] = [];
  // Tokens after the host: path segments, query values, fragment parts ("nums=A,B"), split on anything that
  // is not a letter, digit or dash (dashes stay for "172-28891936").
  const from = href.toLowerCase().indexOf(host) + host.length;
  let i = from;
  while (i < href.length) {
    if (!isTokenChar(href.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < href.length && isTokenChar(href.charCodeAt(i))) i++;
    const raw = href.slice(start, i);
    if (raw.length < 10 || raw.length > 40) continue;
    const groups = raw.split('-').filter((g) => g !== '').map((g) => g.length);
    const found = identifyCompact(raw.replace(/-/g, '').toUpperCase(), groups);
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

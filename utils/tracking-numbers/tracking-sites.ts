// The carriers' and tracking sites' own hosts: a number in a link counts only on one of these (url.ts), and the
// content script asks the engine about a link only when its host is one (prefilter.ts).

export interface TrackingSite {
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

/** Where the host of the absolute or scheme-less ("www.…") link `t[start..end)` starts. */
function hostStart(t: string, start: number, end: number): number {
  if (end - start < 7) return start;
  const c = t.charCodeAt(start) | 0x20;
  if (c !== 0x68 || (t.charCodeAt(start + 1) | 0x20) !== 0x74 || (t.charCodeAt(start + 2) | 0x20) !== 0x74 || (t.charCodeAt(start + 3) | 0x20) !== 0x70) return start;
  const colon = start + ((t.charCodeAt(start + 4) | 0x20) === 0x73 ? 5 : 4);
  return colon + 3 <= end && t.startsWith('://', colon) ? colon + 3 : start;
}

/** Where the host starting at `from` ends, before `end` (at most 253 characters). */
function hostEnd(t: string, from: number, end: number): number {
  let to = from;
  const max = Math.min(end, from + 253);
  while (to < max) {
    const c = t.charCodeAt(to);
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

/** The tracking site a link points to, and where its host ends; null for any other link. */
export function trackingSiteOf(href: string): { site: TrackingSite; hostEnd: number } | null {
  const from = hostStart(href, 0, href.length);
  const to = hostEnd(href, from, href.length);
  const site = to > from ? siteIn(href, from, to) : undefined;
  return site ? { site, hostEnd: to } : null;
}

/**
 * Whether the link written at `t[start..end)` points to a tracking site, read in place: the scanner meets
 * every URL of the text, and most are no tracking site, so they are passed over without a copy.
 */
export function isTrackingSiteLink(t: string, start: number, end: number): boolean {
  const from = hostStart(t, start, end);
  const to = hostEnd(t, from, end);
  return to > from && siteIn(t, from, to) !== undefined;
}

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

/** The tracking site a link points to, and where its host ends; null for any other link. */
export function trackingSiteOf(href: string): { site: TrackingSite; hostEnd: number } | null {
  const from = hostStart(href);
  const to = hostEnd(href, from);
  const site = to > from ? siteIn(href, from, to) : undefined;
  return site ? { site, hostEnd: to } : null;
}

// The carrier table served by GET /carriers and the rules behind POST /carriers/detect.
import { isValidDhlExpress, isValidS10, isValidUps, isValidUspsImpb } from './checksums';

export interface Carrier {
  name: string;
  code: string;
  phone: string;
  homepage: string;
  type: 'express' | 'globalpost';
  picture: string;
}

const carrier = (name: string, code: string, phone: string, homepage: string, type: Carrier['type']): Carrier => ({
  name,
  code,
  phone,
  homepage,
  type,
  picture: `//cdn.trackingmore.com/images/icons/${type}/${code}.png`,
});

export const CARRIERS: readonly Carrier[] = [
  carrier('DHL', 'dhl', '1 800 225 5345', '//www.dhl.com/', 'express'),
  carrier('UPS', 'ups', '1 800 742 5877', '//www.ups.com/', 'express'),
  carrier('Fedex', 'fedex', '1 800 247 4747', '//www.fedex.com/', 'express'),
  carrier('TNT', 'tnt', '1 800 558 5555', '//www.tnt.com/', 'express'),
  carrier('USPS', 'usps', '1 800 275 8777', '//www.usps.com/', 'globalpost'),
  carrier('China Post', 'china-post', '86 20 11185', '//www.chinapost.com.cn/', 'globalpost'),
  carrier('China EMS', 'china-ems', '86 20 11183', '//www.ems.com.cn/', 'globalpost'),
  carrier('Cainiao', 'cainiao', '400 820 6207', '//global.cainiao.com/', 'express'),
  carrier('PostNL 3S', 'postnl-3s', '31 88 868 6161', '//www.postnl.nl/', 'globalpost'),
  carrier('Poste Italiane', 'poste-italiane', '39 803 160', '//www.poste.it/', 'globalpost'),
  carrier('Russian Post', 'russian-post', '7 800 100 0000', '//www.pochta.ru/', 'globalpost'),
  carrier('Poczta Polska', 'poczta-polska', '48 43 842 06 00', '//www.poczta-polska.pl/', 'globalpost'),
  carrier('InPost Paczkomaty', 'inpost-paczkomaty', '48 722 444 000', '//inpost.pl/', 'express'),
  carrier('Deutsche Post', 'deutsche-post', '49 228 4333112', '//www.deutschepost.de/', 'globalpost'),
  carrier('Royal Mail', 'royal-mail', '44 345 774 0740', '//www.royalmail.com/', 'globalpost'),
  carrier('4PX', '4px', '86 755 23508000', '//www.4px.com/', 'express'),
  carrier('STO Express', 'sto', '86 95543', '//www.sto.cn/', 'express'),
  carrier('Yanwen', 'yanwen', '86 400 108 5656', '//www.yw56.com.cn/', 'express'),
  carrier('Turkey Post', 'turkey-post', '90 444 1 788', '//www.ptt.gov.tr/', 'globalpost'),
];

const CODES = new Set(CARRIERS.map((c) => c.code));

export function isCarrierCode(code: unknown): code is string {
  return typeof code === 'string' && CODES.has(code);
}

export function carrierByCode(code: string): Carrier | undefined {
  return CARRIERS.find((c) => c.code === code);
}

/** Which national post handles an S10 number, by its country suffix. */
const S10_POSTS: Record<string, string[]> = {
  CN: ['china-post', 'cainiao'],
  IT: ['poste-italiane'],
  RU: ['russian-post'],
  PL: ['poczta-polska'],
  NL: ['postnl-3s'],
  US: ['usps'],
  DE: ['deutsche-post'],
  GB: ['royal-mail'],
  TR: ['turkey-post'],
};

/** Candidate carriers for a number, best first; `known` (the carrier world's answer) wins. */
export function detectCarriers(number: string, known?: string): string[] {
  const found: string[] = [];
  if (known) found.push(known);
  const n = number.toUpperCase().replace(/[\s-]/g, '');
  if (isValidUps(n)) found.push('ups');
  if (isValidUspsImpb(n)) found.push('usps');
  if (isValidDhlExpress(n)) found.push('dhl');
  if (isValidS10(n)) found.push(...(S10_POSTS[n.slice(-2)] ?? []));
  if (/^LP\d{14}$/.test(n)) found.push('cainiao');
  if (/^3S[A-Z]{4}\d{7,9}$/.test(n)) found.push('postnl-3s');
  if (/^6\d{23}$/.test(n)) found.push('inpost-paczkomaty');
  if (/^\d{12}$/.test(n)) found.push('4px', 'sto');
  return [...new Set(found)];
}

// Digit runs without a distinctive prefix: what DHL Express, FedEx Express and Ground, GLS, DPD, Hermes,
// Canada Post, Purolator, Old Dominion, USPS, Почта России, СДЭК, BRT, SDA and the Chinese domestic express companies (STO, ZTO, YTO, Yunda,
// J&T) print. Nothing in the digits proves them, so they are reported only next to a tracking keyword, at
// medium confidence. Where a carrier's format has a check digit it is applied to that carrier alone: a
// failing check removes the carrier, a passing one puts it first; with no carrier left, nothing is reported.

import { canadaPost16Valid, purolator12Valid } from './canada';
import { carrierList, verdict } from './detection';
import { dhlExpressValid } from './dhl';
import { dpd15Valid } from './dpd';
import { fedex12Valid, fedex15Valid, fedexSscc18Valid } from './fedex';
import type { Detection } from './types';
import { russianPost14Valid } from './russian-post';
import { oldDominionValid } from './us-regional';
import { usps20Valid } from './usps';

/** Carriers that print plain runs of each length; those with a check digit come first. */
const CANDIDATES: Readonly<Record<number, readonly string[]>> = {
  10: ['dhl', 'yto', 'gls'],
  11: ['dhl', 'old-dominion', 'gls', 'jtexpress'],
  12: ['fedex', 'purolator', 'sto', 'zto', '4px', 'yto', 'jtexpress', 'gls'],
  13: ['sto', 'yto', 'zto', 'yunda', 'jtexpress'],
  14: ['russian-post', 'dpd', 'dhlglobalmail', 'hermes-de', 'zto', 'gls'],
  15: ['fedex', 'dpd', 'yunda', 'zto', 'sto'],
  16: ['canada-post', 'dhl-germany'],
  18: ['fedex'],
  20: ['usps'],
};

/** Each carrier's own check on a plain run of a given length (FedEx 12 vs 15, …). */
const CHECKS: Readonly<Record<string, (s: string) => boolean>> = {
  'dhl': dhlExpressValid,
  'old-dominion': oldDominionValid,
  'fedex': (s) => (s.length === 12 ? fedex12Valid(s) : s.length === 15 ? fedex15Valid(s) : fedexSscc18Valid(s)),
  'purolator': purolator12Valid,
  'dpd': (s) => s.length !== 15 || dpd15Valid(s),
  'canada-post': canadaPost16Valid,
  'usps': usps20Valid,
  'russian-post': russianPost14Valid,
};

/** Whether a plain run passes `carrier`'s own check digit; undefined when that carrier has none. */
export function plainValidFor(carrier: string, s: string): boolean | undefined {
  const check = CHECKS[carrier];
  return check && CANDIDATES[s.length]?.includes(carrier) ? check(s) : undefined;
}

/**
 * Per length: the checks of the carriers that have one, in list order, and for every combination of
 * passing checks (bit i: check i passed) the carriers kept, built once; a verdict costs the checks only.
 */
const CHECKED: Array<ReadonlyArray<(s: string) => boolean> | undefined> = [];
const KEPT: Array<ReadonlyArray<readonly string[]> | undefined> = [];
for (const [length, carriers] of Object.entries(CANDIDATES)) {
  const n = Number(length);
  const checked = carriers.filter((c) => CHECKS[c] !== undefined);
  CHECKED[n] = checked.map((c) => CHECKS[c]!);
  KEPT[n] = Array.from({ length: 1 << checked.length }, (_, mask) =>
    carrierList(...carriers.filter((c) => !checked.includes(c) || (mask & (1 << checked.indexOf(c))) !== 0)));
}

export function detectPlainDigits(s: string): Detection | null {
  const n = s.length;
  const kept = KEPT[n];
  if (!kept) return null;
  const checks = CHECKED[n]!;
  let mask = 0;
  for (let i = 0; i < checks.length; i++) if (checks[i]!(s)) mask |= 1 << i;
  const carriers = kept[mask]!;
  // Every detection gets a fresh carriers array: the match owns it.
  return carriers.length === 0 ? null : verdict(s, 'parcel', carriers, 'plain');
}

// Digit runs without a distinctive prefix: 10–16 digits is what DHL Express, FedEx Express, GLS, DPD,
// Hermes, Canada Post and the Chinese domestic express companies (STO, ZTO, YTO, Yunda, J&T) print.
// Nothing in the digits proves them, so they are reported only next to a tracking keyword; where a
// carrier's weak check digit passes, that carrier goes first.

import { dhlExpressValid } from './dhl';
import { fedex12Valid } from './fedex';
import type { Detection } from './types';

const CANDIDATES: Readonly<Record<number, readonly string[]>> = {
  10: ['dhl', 'yto', 'gls'],
  11: ['gls', 'jtexpress', 'dhl'],
  12: ['sto', 'zto', '4px', 'yto', 'jtexpress', 'gls', 'canada-post'],
  13: ['sto', 'yto', 'zto', 'yunda', 'jtexpress'],
  14: ['dpd', 'hermes-de', 'zto', 'gls'],
  15: ['yunda', 'zto', 'sto'],
  16: ['canada-post', 'dhl-germany'],
};

/** Carriers with a (weak) check digit of their own on plain runs. */
const CHECKED = ['dhl', 'fedex'];

/** Whether a plain run passes `carrier`'s own check digit; undefined when that carrier has none. */
export function plainValidFor(carrier: string, s: string): boolean | undefined {
  if (carrier === 'dhl' && s.length === 10) return dhlExpressValid(s);
  if (carrier === 'fedex' && s.length === 12) return fedex12Valid(s);
  return undefined;
}

export function detectPlainDigits(s: string): Detection | null {
  const base = CANDIDATES[s.length];
  if (!base) return null;
  // A carrier whose own check digit fails never issued the number; one whose check passes goes first.
  const carriers: string[] = [];
  for (const c of CHECKED) if (plainValidFor(c, s) === true) carriers.push(c);
  for (const c of base) if (!carriers.includes(c) && plainValidFor(c, s) !== false) carriers.push(c);
  return { number: s, kind: 'parcel', carriers, strength: 'plain' };
}

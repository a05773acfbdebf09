// Dispatch a compact candidate (upper case, separators removed) to the format families that can match its
// length and first characters. Every family is tried only where it can apply, so this is O(length).

import { detectAmazon } from './amazon';
import { detectAwb } from './awb';
import { detectCanada } from './canada';
import { ibanValid } from './check-digits';
import { detectChinaCarrier } from './china-carriers';
import { DHL_GERMANY_DEUTSCHE_POST, detectDhlPrefixed, dhlSsccValid } from './dhl';
import { carrierList, proven } from './detection';
import { detectDpd } from './dpd';
import { detectEuropeParcel } from './europe-parcel';
import { detectFedexBarcode } from './fedex';
import { looksLikePhone } from './phone';
import { detectPlainDigits } from './plain-digits';
import { detectS10 } from './s10';
import type { Candidate, Detection, Shape } from './types';
import { detectUkParcel } from './uk-parcel';
import { detectUps } from './ups';
import { detectUsRegional } from './us-regional';
import { impbFromRoutedBarcode, impbValid } from './usps';

const USPS = carrierList('usps');
const USPS_FEDEX = carrierList('usps', 'fedex');

function isAllDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function detectDigits(s: string, shape: Shape, groups: readonly number[]): Detection | null {
  const n = s.length;
  if (looksLikePhone(s, groups)) return null;
  if (n === 11) {
    const awb = detectAwb(s, shape, groups);
    if (awb) return awb;
  }
  // Dashes between digit groups are how AWBs, dates, ISBNs and phone numbers are written, not parcels.
  if (shape === 'dashed') return null;
  if (n === 20 && dhlSsccValid(s)) return proven(s, DHL_GERMANY_DEUTSCHE_POST);
  if (n <= 20) return detectPlainDigits(s);
  if (n === 22 || n === 26) {
    if (impbValid(s)) return s.startsWith('92') ? proven(s, USPS_FEDEX) : proven(s, USPS);
    return detectFedexBarcode(s);
  }
  if (n === 28) return detectDpd(s);
  if (n === 30 || n === 34) {
    const impb = impbFromRoutedBarcode(s);
    if (impb) return proven(impb, USPS);
  }
  return detectFedexBarcode(s) ?? detectEuropeParcel(s);
}

function detectAlphanumeric(s: string): Detection | null {
  // An IBAN can look like a letter prefix plus digits; its own check settles it.
  if (ibanValid(s)) return null;
  if (s.startsWith('1Z') || s.length === 11) {
    const ups = detectUps(s);
    if (ups) return ups;
  }
  return (
    (s.length === 13 ? detectS10(s) : null) ??
    detectUkParcel(s) ??
    detectDhlPrefixed(s) ??
    detectAmazon(s) ??
    detectUsRegional(s) ??
    detectCanada(s) ??
    detectDpd(s) ??
    detectChinaCarrier(s) ??
    detectEuropeParcel(s)
  );
}

/**
 * Whether every format a candidate can match needs a tracking keyword: plain digit runs of lengths no
 * proven format has. The finder reads the context of those first and skips detecting the rest (order
 * numbers, EANs), the commonest digit runs in text.
 */
export function needsKeyword(c: Pick<Candidate, 'length' | 'shape' | 'digits' | 'compact'>): boolean {
  const n = c.length;
  if (!c.digits || n < 10 || n > 20 || n === 17 || n === 19) return false;
  if (n === 11) return c.shape === 'word';
  return n !== 20 || !c.compact().startsWith('0034');
}

/**
 * The format a compact candidate matches, if any. `groups` are the lengths of the digit groups as written
 * (a single entry for an unbroken word); `digits` whether it is all digits, when the caller knows.
 */
export function detectFormat(s: string, shape: Shape, groups: readonly number[], digits = isAllDigits(s)): Detection | null {
  if (s.length < 10 || s.length > 34) return null;
  return digits ? detectDigits(s, shape, groups) : detectAlphanumeric(s);
}

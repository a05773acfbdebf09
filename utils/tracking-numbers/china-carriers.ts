// Letter-prefixed numbers of China-origin carriers seen on marketplace orders. None has a public check digit;
// the prefix plus the exact length is distinctive. Formats from the carriers' own tracking pages and the
// TrackingMore carrier auto-detect rules:
// - Cainiao (AliExpress Standard Shipping): "LP" + 14 digits;
// - YunExpress: "YT" + 16 digits;  YTO Express: "YT" + 13 digits;
// - 4PX: "4PX" + 10–18 letters or digits (at least 8 digits);
// - SF Express: "SF" + 12 or 13 digits;
// - Yanwen: S10-shaped with Yanwen's own suffix "YP" (2 letters + 9 digits + "YP");
// - J&T Express: "JT" + 13 digits.

import { digitCount, digitsIn } from './chars';
import { carrierList, proven } from './detection';
import type { Detection } from './types';

const C4PX = carrierList('4px');
const CAINIAO = carrierList('cainiao');
const JTEXPRESS = carrierList('jtexpress');
const SF_EXPRESS = carrierList('sf-express');
const YANWEN = carrierList('yanwen');
const YTO = carrierList('yto');
const YUNEXPRESS = carrierList('yunexpress');

/** The carrier of a two-letter prefix followed by digits only, by its letters and the total length. */
function prefixedCarrier(c0: number, c1: number, n: number): readonly string[] | undefined {
  if (c0 === 0x4c && c1 === 0x50) return n === 16 ? CAINIAO : undefined; // LP
  if (c0 === 0x59 && c1 === 0x54) return n === 18 ? YUNEXPRESS : n === 15 ? YTO : undefined; // YT
  if (c0 === 0x53 && c1 === 0x46) return n === 14 || n === 15 ? SF_EXPRESS : undefined; // SF
  if (c0 === 0x4a && c1 === 0x54) return n === 15 ? JTEXPRESS : undefined; // JT
  return undefined;
}

export function detectChinaCarrier(s: string): Detection | null {
  const n = s.length;
  const carrier = prefixedCarrier(s.charCodeAt(0), s.charCodeAt(1), n);
  if (carrier !== undefined && digitsIn(s, 2)) return proven(s, carrier);
  if (n >= 13 && n <= 21 && s.startsWith('4PX') && digitCount(s, 3) >= 8) return proven(s, C4PX);
  if (n === 13 && s.endsWith('YP') && digitCount(s, 2) === 9 && digitCount(s, 0) === 9) return proven(s, YANWEN);
  return null;
}

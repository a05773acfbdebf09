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
import { proven } from './detection';
import type { Detection } from './types';

/** Two-letter prefixes followed by digits only, by total length. */
const PREFIXED: ReadonlyArray<readonly [string, number, string]> = [
  ['LP', 16, 'cainiao'],
  ['YT', 18, 'yunexpress'],
  ['YT', 15, 'yto'],
  ['SF', 14, 'sf-express'],
  ['SF', 15, 'sf-express'],
  ['JT', 15, 'jtexpress'],
];

export function detectChinaCarrier(s: string): Detection | null {
  const n = s.length;
  for (const [prefix, length, carrier] of PREFIXED) {
    if (n === length && s.charCodeAt(0) === prefix.charCodeAt(0) && s.charCodeAt(1) === prefix.charCodeAt(1) && digitsIn(s, 2)) {
      return proven(s, carrier);
    }
  }
  if (n >= 13 && n <= 21 && s.startsWith('4PX') && digitCount(s, 3) >= 8) return proven(s, '4px');
  if (n === 13 && s.endsWith('YP') && digitCount(s, 2) === 9 && digitCount(s, 0) === 9) return proven(s, 'yanwen');
  return null;
}

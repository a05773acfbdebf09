// Letter-prefixed numbers of China-origin carriers seen on marketplace orders. None has a public check digit;
// the prefix plus the exact length is distinctive. Formats from the carriers' own tracking pages and the
// TrackingMore carrier auto-detect rules:
// - Cainiao (AliExpress Standard Shipping): "LP" + 14 digits;
// - YunExpress: "YT" + 16 digits;  YTO Express: "YT" + 13 digits;
// - 4PX: "4PX" + 10–18 letters or digits (at least 8 digits);
// - SF Express: "SF" + 12 or 13 digits;
// - Yanwen: S10-shaped with Yanwen's own suffix "YP" (2 letters + 9 digits + "YP");
// - J&T Express: "JT" + 13 digits.

import type { Detection } from './types';

function digitCount(s: string, from: number): number {
  let count = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) count++;
  }
  return count;
}

function proven(number: string, carrier: string): Detection {
  return { number, kind: 'parcel', carriers: [carrier], strength: 'proven' };
}

export function detectChinaCarrier(s: string): Detection | null {
  const n = s.length;
  const prefix = s.slice(0, 2);
  const tailDigits = digitCount(s, 2);
  if (tailDigits === n - 2) {
    if (prefix === 'LP' && n === 16) return proven(s, 'cainiao');
    if (prefix === 'YT' && n === 18) return proven(s, 'yunexpress');
    if (prefix === 'YT' && n === 15) return proven(s, 'yto');
    if (prefix === 'SF' && (n === 14 || n === 15)) return proven(s, 'sf-express');
    if (prefix === 'JT' && n === 15) return proven(s, 'jtexpress');
  }
  if (s.startsWith('4PX') && n >= 13 && n <= 21 && digitCount(s, 3) >= 8) return proven(s, '4px');
  if (n === 13 && s.endsWith('YP') && digitCount(s, 2) === 9 && digitCount(s, 0) === 9) return proven(s, 'yanwen');
  return null;
}

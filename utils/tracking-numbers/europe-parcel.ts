// Letter-prefixed or fixed-length European parcel formats without a public check digit; the prefix or the
// length is what makes them distinctive.
// - PostNL International 3S: "3S" + 4-letter customer code + 5–11 digits (PostNL "3S-code" label spec).
// - InPost Paczkomaty: 24 digits starting with 6 (InPost ShipX API docs, `tracking_number` examples).
// - Evri (Hermes UK): 16 characters, "H" + 2 digits + 3 letters + 10 digits (Evri "find my parcel" help).
// - Amazon Logistics: "TBA" + 12 digits (tracking_number_data, couriers/amazon.json).
// - Australia Post eParcel article ID: 2 digits + 3-character merchant location ID + 18 digits (Australia
//   Post eParcel barcode specification).

import type { Detection } from './types';

function allIn(s: string, from: number, to: number, lo: number, hi: number): boolean {
  if (to > s.length || from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < lo || c > hi) return false;
  }
  return true;
}

const digits = (s: string, from: number, to: number): boolean => allIn(s, from, to, 48, 57);
const letters = (s: string, from: number, to: number): boolean => allIn(s, from, to, 65, 90);

function proven(number: string, carrier: string): Detection {
  return { number, kind: 'parcel', carriers: [carrier], strength: 'proven' };
}

export function detectEuropeParcel(s: string): Detection | null {
  const n = s.length;
  if (s.startsWith('3S') && n >= 11 && n <= 17 && letters(s, 2, 6) && digits(s, 6, n)) return proven(s, 'postnl-3s');
  if (n === 24 && s.charCodeAt(0) === 54 && digits(s, 0, n)) return proven(s, 'inpost-paczkomaty');
  if (n === 16 && s.charCodeAt(0) === 72 && digits(s, 1, 3) && letters(s, 3, 6) && digits(s, 6, 16)) return proven(s, 'hermes');
  if (n === 15 && s.startsWith('TBA') && digits(s, 3, 15)) return proven(s, 'amazon');
  if (n === 23 && digits(s, 0, 2) && letters(s, 2, 5) && digits(s, 5, 23)) return proven(s, 'australia-post');
  return null;
}

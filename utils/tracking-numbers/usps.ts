// USPS Intelligent Mail package barcode (IMpb), USPS Publication 199 §3: a 22- or 26-digit package
// identification code (application identifier 91–95, service type, mailer ID, serial, GS1 mod 10 check
// digit), optionally preceded in the barcode by the routing code "420" + ZIP (5 digits → 30 total, ZIP+4 →
// 34 total). Legacy 20-digit USPS numbers use the same GS1 mod 10 check over 19 digits, either as written or
// with the application identifier "91" put before them (tracking_number_data, couriers/usps.json "USPS 20",
// "USPS Legacy"); being plain digits they are keyword-only (plain-digits.ts).

import { gs1Valid } from './check-digits';

/** The 22- or 26-digit IMpb package code (AI 91–95) with a valid check digit. */
export function impbValid(s: string): boolean {
  if (s.length !== 22 && s.length !== 26) return false;
  const ai = s.charCodeAt(1);
  return s.charCodeAt(0) === 57 && ai >= 49 && ai <= 53 && gs1Valid(s);
}

/** The package code inside a 30/34-digit barcode with its "420" + ZIP routing prefix, if valid. */
export function impbFromRoutedBarcode(s: string): string | null {
  if (!s.startsWith('420')) return null;
  if (s.length === 30 && impbValid(s.slice(8))) return s.slice(8);
  if (s.length === 34 && impbValid(s.slice(12))) return s.slice(12);
  if (s.length === 34 && impbValid(s.slice(8))) return s.slice(8);
  return null;
}

export function usps20Valid(s: string): boolean {
  return s.length === 20 && (gs1Valid(s) || gs1Valid(`91${s}`));
}

// FedEx tracking numbers. Rules from FedEx's barcode specifications as collected in tracking_number_data
// (github.com/jkeen/tracking_number_data, couriers/fedex.json):
// - Express 12 digits: weights 3,1,7 over the first 11 digits, sum mod 11 mod 10 = check digit (plain digits);
// - Ground 15 digits: GS1 mod 10 over the first 14 (plain digits);
// - Ground SSCC-18: GS1 mod 10 over the first 17 (plain digits: every GS1 member prints SSCCs);
// - Ground "96" 22 digits: GS1 mod 10 over digits 8–21 (serial without the 96/SCNC/service prefix);
// - 34-digit barcodes (Express, first digit 0–8; Ground GSN, "96…"): weights 1,7,3 over the 13-digit serial
//   at 20–32, sum mod 11 mod 10 = last digit;
// - ASTRA 32 digits ("3…"): weights 3,1,7 over the 11-digit serial at 16–26, check digit at 27.

import { gs1Valid, weightedMod11Valid } from './check-digits';
import { carrierList, proven } from './detection';
import type { Detection } from './types';

const FEDEX = carrierList('fedex');

const EXPRESS_WEIGHTS = [3, 1, 7];
const BARCODE_WEIGHTS = [1, 7, 3];

export function fedex12Valid(s: string): boolean {
  return s.length === 12 && weightedMod11Valid(s, EXPRESS_WEIGHTS, 0, 11);
}

export function fedex15Valid(s: string): boolean {
  return s.length === 15 && gs1Valid(s);
}

export function fedexSscc18Valid(s: string): boolean {
  return s.length === 18 && gs1Valid(s);
}

/** Long all-digit FedEx barcodes (22, 32, 34 digits); the caller guarantees digits only. */
export function detectFedexBarcode(s: string): Detection | null {
  const n = s.length;
  const ok =
    (n === 22 && s.startsWith('96') && gs1Valid(s, 7, 21)) ||
    (n === 32 && s.charCodeAt(0) === 51 && weightedMod11Valid(s, EXPRESS_WEIGHTS, 16, 27)) ||
    (n === 34 && s.charCodeAt(0) !== 57 && weightedMod11Valid(s, BARCODE_WEIGHTS, 20, 33)) ||
    (n === 34 && s.startsWith('96') && weightedMod11Valid(s, BARCODE_WEIGHTS, 20, 33));
  return ok ? proven(s, FEDEX) : null;
}

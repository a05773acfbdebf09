// FedEx tracking numbers. Rules from FedEx's barcode specifications as collected in tracking_number_data
// (github.com/jkeen/tracking_number_data, couriers/fedex.json):
// - Express 12 digits: weights 3,1,7 over the first 11 digits, sum mod 11 mod 10 = check digit;
// - Ground 15 digits: GS1 mod 10 over the first 14;
// - SmartPost 20 digits: GS1 mod 10 over "92" + the first 19 (the application identifier is implied);
// - Ground "96" 22 digits: GS1 mod 10 over digits 8–21 (serial without the 96/SCNC/service prefix);
// - 34-digit barcodes ("100…" Express, "96…" Ground GSN): weights 1,7,3 over the 13-digit serial at 21–33,
//   sum mod 11 mod 10 = last digit.

import { gs1Valid, weightedMod11Valid } from './check-digits';

const EXPRESS_WEIGHTS = [3, 1, 7];
const BARCODE_WEIGHTS = [1, 7, 3];

/** 12-digit Express check; too weak to prove a bare 12-digit run (one in ten passes by chance). */
export function fedex12Valid(s: string): boolean {
  return s.length === 12 && weightedMod11Valid(s, EXPRESS_WEIGHTS, 0, 11);
}

export function fedex15Valid(s: string): boolean {
  return s.length === 15 && gs1Valid(s);
}

export function fedexSmartPost20Valid(s: string): boolean {
  return s.length === 20 && gs1Valid(`92${s}`);
}

export function fedexGround96Valid(s: string): boolean {
  return s.length === 22 && s.startsWith('96') && gs1Valid(s, 7, 21);
}

export function fedex34Valid(s: string): boolean {
  return s.length === 34 && (s.startsWith('100') || s.startsWith('96')) && weightedMod11Valid(s, BARCODE_WEIGHTS, 20, 33);
}

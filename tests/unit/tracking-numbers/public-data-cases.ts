// The public test numbers of tracking_number_data (tests/fixtures, MIT) as cases for the detection engine,
// shared by public-data.test.ts and the detection bench. The tables below are the one place that says which
// TrackingMore carrier each format of the data is, which formats stay keyword-only, and which numbers the
// data contradicts — each with its reason, so nothing is skipped silently.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const COURIERS_DIR = fileURLToPath(new URL('../../fixtures/tracking_number_data/couriers/', import.meta.url));
const CARRIER_LIST = fileURLToPath(new URL('../../fixtures/trackingmore-carriers.json', import.meta.url));

interface CourierFile {
  courier_code: string;
  tracking_numbers: { name: string; test_numbers?: { valid?: string[]; invalid?: string[] } }[];
}

export interface PublicCase {
  /** The data's courier code, e.g. `fedex`. */
  courier: string;
  /** The data's format name, e.g. `FedEx Ground`. */
  format: string;
  number: string;
  valid: boolean;
  /** TrackingMore code the engine must name; null when the format has none (see UNSUPPORTED). */
  carrier: string | null;
}

/** S10 items name their postal operator by the country suffix. */
const S10_OPERATORS: Readonly<Record<string, string>> = {
  GB: 'royal-mail',
  US: 'usps',
  CV: 'correios-cabo-verde',
};

/** Courier of the data → TrackingMore code (TrackingMore list, tests/fixtures/trackingmore-carriers.json). */
export const COURIER_CARRIERS: Readonly<Record<string, string | ((n: string) => string | null)>> = {
  amazon: 'amazon', // "Amazon Logistics"
  canada_post: 'canada-post',
  canpar: 'canpar', // "Canpar Courier"
  dhl: 'dhl', // piece ids and waybills are DHL Express; the e-commerce formats are overridden below
  dpd: 'dpd',
  fedex: 'fedex',
  landmark: 'landmark-global',
  lasership: 'lasership',
  old_dominion: 'old-dominion', // "Old Dominion Freight Line"
  ontrac: 'ontrac',
  purolator: 'purolator',
  s10: (n) => S10_OPERATORS[n.replace(/\s/g, '').slice(-2)] ?? null,
  speedee: 'speedee', // "Spee-Dee Delivery"
  ups: 'ups',
  usps: 'usps',
  yodel: 'yodel',
  yunexpress: 'yunexpress',
};

/** Formats whose TrackingMore code differs from their courier's. */
export const FORMAT_CARRIERS: Readonly<Record<string, string>> = {
  'DHL E-Commerce': 'dhlglobalmail', // TrackingMore "DHL ECommerce"
  'DHL E-Commerce (14)': 'dhlglobalmail',
};

/** Formats Trackpin does not claim at all. */
export const UNSUPPORTED: Readonly<Record<string, string>> = {
  gofo: 'GOFO Express has no TrackingMore carrier code (not in the 2024 or 2021 list): Trackpin could not track it',
};

/**
 * Formats of plain digits (or a generic letter + digits) that nothing distinguishes from other numbers in
 * text: reported only next to a tracking keyword, at `medium`, with the carrier among the candidates.
 */
export const KEYWORD_ONLY: Readonly<Record<string, string>> = {
  'DHL Express': '10/11 plain digits; mod 7 passes one random run in seven',
  'DHL E-Commerce (14)': '14 plain digits, no check digit',
  'FedEx Express (12)': '12 plain digits; mod 11 check passes one run in ten',
  'FedEx Ground': '15 plain digits; GS1 mod 10 passes one run in ten',
  'FedEx Ground (SSCC-18)': '18 plain digits (GS1 SSCC), used by every GS1 member',
  'Canada Post (16)': '16 plain digits; mod 10 passes one run in ten',
  'Purolator (12)': '12 plain digits; Luhn passes one run in ten',
  'Purolator (alpha + 9)': 'three letters + 9 digits, no check digit',
  'Old Dominion': '11 plain digits; Luhn passes one run in ten',
  'Old Dominion Guaranteed Shipment': '11 plain digits; Luhn passes one run in ten',
  'USPS 20': '20 plain digits; GS1 mod 10 passes one run in ten',
  'Amazon International': 'one letter + 10 digits, no check digit',
  'UPS Waybill': 'one letter + 10 digits; its mod 10 check passes one run in ten',
};

/** Numbers of a format otherwise proven that are keyword-only on their own. */
const KEYWORD_ONLY_NUMBERS: Readonly<Record<string, string>> = {
  '71969010756003077385': 'USPS Legacy 20 digits: plain digits (the 22-digit legacy forms are IMpb, proven)',
};

/** Why a case is keyword-only, if it is. */
export function keywordOnly(c: PublicCase): string | undefined {
  return KEYWORD_ONLY[c.format] ?? KEYWORD_ONLY_NUMBERS[c.number.replace(/\s/g, '')];
}

/** Numbers whose expectation the data itself contradicts. */
export const CONTRADICTED: Readonly<Record<string, string>> = {
  RB123456785CF:
    'valid S10 of the Central African Republic, whose post has no TrackingMore code: nothing to route it to',
  '000000000000000': 'listed invalid for Amazon, but a valid FedEx Ground 15 (GS1 check passes on zeros)',
  '000000000000': 'listed invalid for Amazon, but a valid FedEx Express 12 and Purolator 12 (checks pass on zeros)',
  '331426749957': 'listed invalid for Purolator "alpha + 9", but a valid Purolator (12): starts 0–5, Luhn passes',
  JFV247545960:
    'valid Purolator "alpha + 9", but also the shape of a DHL Express piece id (J + 2–3 letters + 9–10 digits): ' +
    'reported as DHL first, Purolator second, high',
};

export function publicCases(): PublicCase[] {
  const cases: PublicCase[] = [];
  for (const file of readdirSync(COURIERS_DIR).sort()) {
    if (!file.endsWith('.json')) continue;
    const data = JSON.parse(readFileSync(COURIERS_DIR + file, 'utf8')) as CourierFile;
    const courier = data.courier_code;
    for (const format of data.tracking_numbers) {
      const mapped = FORMAT_CARRIERS[format.name] ?? COURIER_CARRIERS[courier];
      for (const [valid, list] of [[true, format.test_numbers?.valid], [false, format.test_numbers?.invalid]] as const) {
        for (const number of list ?? []) {
          const carrier = typeof mapped === 'function' ? mapped(number) : (mapped ?? null);
          cases.push({ courier, format: format.name, number, valid, carrier });
        }
      }
    }
  }
  return cases;
}

/** TrackingMore's carrier codes (2024 list, the current one). */
export function trackingMoreCodes(): Set<string> {
  const list = JSON.parse(readFileSync(CARRIER_LIST, 'utf8')) as { carriers: Record<string, { lists: string[] }> };
  return new Set(Object.entries(list.carriers).filter(([, c]) => c.lists.includes('2024')).map(([code]) => code));
}

// @vitest-environment node
// Context written after the number, phone numbers in any grouping, numbers written in groups, and the
// leftover digits of longer tokens, in the languages Trackpin's users write in (en, pl, it, ru, de).
import { describe, expect, it } from 'vitest';
import { findTrackingNumbers, identifyTrackingNumber } from '@/utils/tracking-numbers';

/** A 10-digit DHL Express waybill (mod 7 passes) and a 12-digit run no carrier's check rejects for 4PX. */
const DHL = '3318810025';
const RUN = '300403513351';

// [language, text with the keyword or carrier after the number, text with a contrary word after it]
const AFTER: Array<[string, string, string]> = [
  ['en', `${DHL} is your tracking number`, `${DHL} is your order number`],
  ['en', `${DHL} via DHL`, `${DHL} (phone)`],
  ['en', `${RUN} (4PX)`, `${RUN} (invoice)`],
  ['pl', `${DHL} to numer przesyłki`, `${DHL} to numer zamówienia`],
  ['pl', `${DHL} – numer nadania`, `${DHL} – numer telefonu`],
  ['pl', `${DHL}: śledzenie paczki`, `${DHL}: faktura`],
  ['it', `${DHL} è il numero di tracciamento`, `${DHL} è il numero d’ordine`],
  ['it', `${DHL} (spedizione)`, `${DHL} (telefono)`],
  ['ru', `${DHL} — ваш трек-номер`, `${DHL} — номер заказа`],
  ['ru', `${DHL} номер отслеживания`, `${DHL} тел.`],
  ['de', `${DHL} ist Ihre Sendungsnummer`, `${DHL} ist Ihre Bestellnummer`],
  ['de', `${DHL} (Paket)`, `${DHL} (Rechnung)`],
];

describe('a keyword or carrier name after the number counts', () => {
  it.each(AFTER)('%s: "%s" reports it, "%s" does not', (_lang, tracking, contrary) => {
    expect(findTrackingNumbers(tracking)).toHaveLength(1);
    expect(findTrackingNumbers(contrary)).toEqual([]);
  });

  it('a carrier named after the number goes first', () => {
    expect(findTrackingNumbers(`${RUN} (4PX)`)[0]!.carriers[0]).toBe('4px');
    expect(findTrackingNumbers(`${DHL} via DHL`)[0]!.carriers[0]).toBe('dhl');
  });

  it('the words before win over the words after', () => {
    expect(findTrackingNumbers(`Order ${DHL} tracking`)).toEqual([]);
    expect(findTrackingNumbers(`Tracking ${DHL} order`)).toHaveLength(1);
  });

  it('a carrier named near one number does not reorder the carriers of the next of the same format', () => {
    // Matches of one format share its carrier list (a frozen array); a named carrier gives one match its own.
    const filler = ' Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. ';
    const text = `Tracking number 1234567890.${filler}GLS tracking number 1234567890.${filler}Tracking number 1234567890.`;
    expect(findTrackingNumbers(text).map((m) => m.carriers)).toEqual([['yto', 'gls'], ['gls', 'yto'], ['yto', 'gls']]);
    expect(Object.isFrozen(findTrackingNumbers(text)[0]!.carriers)).toBe(true);
  });

  it('a carrier whose check digit fails is not added by its name', () => {
    expect(findTrackingNumbers('1234567890 via DHL')[0]!.carriers).not.toContain('dhl');
  });
});

// [language, a phone number written after a tracking keyword]
const PHONES: Array<[string, string]> = [
  ['de', 'Sendungsnummer: +49 370 62387801'],
  ['de', 'Luftfracht, Fragen: +49 172 28891936'],
  ['de', 'Sendungsnummer: +49 (0) 370 62387801'],
  ['de', 'Paket 0049 370 623 87 80'],
  ['pl', 'Numer przesyłki +48 22 123 45 67'],
  ['pl', 'Numer nadania 0048 22 123 45 67'],
  ['it', 'Tracciamento +39 02 1234 5678'],
  ['it', 'Spedizione +39 347 123 4567'],
  ['ru', 'Трек-номер +7 (495) 123-45-67'],
  ['ru', 'Трек-номер 8 800 555-35-35'],
  ['ru', 'Отслеживание 8 (800) 555 35 35'],
  ['en', 'Tracking +44 20 7946 0958'],
  ['en', 'Tracking number +1 800 463 3339'],
  ['en', 'Tracking +4917012345678'],
];

describe('phone numbers are never any kind of number', () => {
  it.each(PHONES)('%s: %s', (_lang, text) => {
    expect(findTrackingNumbers(text)).toEqual([]);
  });

  it.each(['+49 370 62387801', '+48 22 123 45 67', '+7 (495) 123-45-67', '8 800 555-35-35'])('pasted %s', (phone) => {
    expect(identifyTrackingNumber(phone)).toBeNull();
  });
});

// [as written, normalised number, first carrier]
const GROUPED: Array<[string, string, string | null]> = [
  ['RR 123 456 785 CN', 'RR123456785CN', 'china-post'],
  ['1Z 999 AA1 01 2345 6784', '1Z999AA10123456784', 'ups'],
  ['AWB 172-2889 1936', '172-28891936', null],
  ['AWB 172 2889 1936', '172-28891936', null],
  ['Tracking number 33 1881 0025', '3318810025', 'dhl'],
  ['DHL tracking 33 1881 0025', '3318810025', 'dhl'],
  ['33 1881 0025 via DHL', '3318810025', 'dhl'],
  ['9400 1112 0108 0805 4830 16', '9400111201080805483016', 'usps'],
  ['LX 176 35035 USPS', 'LX17635035', 'lasership'],
  ['C 110 31 500 00187 9', 'C11031500001879', 'ontrac'],
  ['00 81827 0998 0000 0200 33 350 276 C', '008182709980000020033350276C', 'dpd'],
  ['Tracking: RR123456785CN 2 pcs', 'RR123456785CN', 'china-post'],
];

describe('numbers written in groups', () => {
  it.each(GROUPED)('%s', (text, number, carrier) => {
    const found = findTrackingNumbers(text);
    expect(found.map((m) => m.number)).toEqual([number]);
    if (carrier) expect(found[0]!.carriers[0]).toBe(carrier);
  });
});

describe('leftover digits of a longer token are never a number of their own', () => {
  it.each([
    'Tracking: 1234567890123456789012345',
    'Tracking: 1234 5678901234567',
    'USPS: 9400 1112 0108 0805 4830 17',
    'Tracking 3318810025 3318810025 3318810025 3318810025',
    'tracking 1 L S 7 1 1 9 0 1 3 6 1 8 1 2 7 - 1',
    'Sendung JJD0002257639032011-Rücksendung',
  ])('%s', (text) => {
    const found = findTrackingNumbers(text);
    for (const m of found) expect(text.includes(`${m.raw} `) || text.endsWith(m.raw) || text.includes(`${m.raw}\n`)).toBe(true);
    if (!text.includes('3318810025 3318810025')) expect(found).toEqual([]);
  });

  it('a list of numbers separated by spaces is read as separate numbers', () => {
    expect(findTrackingNumbers('Tracking 3318810025 3318810036').map((m) => m.number)).toEqual(['3318810025', '3318810036']);
  });
});

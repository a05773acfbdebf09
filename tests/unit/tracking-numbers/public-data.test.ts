// @vitest-environment node
// Every valid and invalid test number of tracking_number_data (tests/fixtures, MIT): valid ones identified
// with their TrackingMore carrier and found in a sentence and in a table row; invalid ones rejected. The
// exceptions are listed with their reasons in public-data-cases.ts and below; none is skipped silently.
import { describe, expect, it } from 'vitest';
import { findTrackingNumbers, identifyTrackingNumber } from '@/utils/tracking-numbers';
import { CONTRADICTED, KEYWORD_ONLY, keywordOnly, publicCases, UNSUPPORTED, type PublicCase } from './public-data-cases';

const cases = publicCases();
const compact = (n: string): string => n.replace(/[\s-]/g, '');

/** Numbers written with a space between every character: found when pasted, never in running text. */
function spacedOut(n: string): boolean {
  return /^\s*(?:\S\s+){8,}\S\s*$/.test(n);
}

const IN_TEXT_EXCEPTIONS: Readonly<Record<string, string>> = {
  'J J D 0 0 0 2 2 5 7 6 3 9 0 3 2 0 2 0': 'spaced out character by character: a list of single letters and digits in text',
};

function inTextException(c: PublicCase): string | undefined {
  if (spacedOut(c.number)) return 'spaced out character by character: a list of single digits in running text';
  return IN_TEXT_EXCEPTIONS[c.number];
}

const valid = cases.filter((c) => c.valid && !UNSUPPORTED[c.courier] && !CONTRADICTED[compact(c.number)]);
const invalid = cases.filter((c) => !c.valid && !CONTRADICTED[compact(c.number)]);
const label = (c: PublicCase): [string, string] => [c.format, c.number];

function foundIn(text: string, c: PublicCase) {
  const written = c.number.trim();
  const at = text.indexOf(written);
  return findTrackingNumbers(text).find((m) => m.start <= at && m.end >= at + written.length);
}

describe('valid public test numbers', () => {
  it.each(valid.map(label))('%s %s: identified with its TrackingMore carrier', (format, number) => {
    const c = valid.find((v) => v.number === number && v.format === format)!;
    const found = identifyTrackingNumber(number);
    expect(found?.carriers).toContain(c.carrier);
    // Keyword-only formats prove nothing on their own: medium, never high.
    expect(found?.confidence).toBe(keywordOnly(c) ? 'medium' : 'high');
  });

  const inText = valid.filter((c) => !inTextException(c));
  it.each(inText.map(label))('%s %s: found in a sentence and in a table row', (format, number) => {
    const c = inText.find((v) => v.number === number && v.format === format)!;
    const written = number.trim();
    const keyword = keywordOnly(c) ? 'tracking number ' : '';
    for (const text of [
      `It left the warehouse today, ${keyword}${written}, and arrives on Friday.`,
      `${keyword ? 'Tracking number' : 'Shipped'}\t${written}\tIn transit\n`,
    ]) {
      expect(foundIn(text, c)?.carriers, text).toContain(c.carrier);
    }
  });

  it.each(valid.filter((c) => keywordOnly(c)).map(label))('%s %s: keyword-only, not reported without one', (_f, number) => {
    expect(findTrackingNumbers(`It left the warehouse today, ${number.trim()}, and arrives on Friday.`)).toEqual([]);
  });
});

describe('invalid public test numbers', () => {
  it.each(invalid.map(label))('%s %s: rejected', (format, number) => {
    const c = invalid.find((v) => v.number === number && v.format === format)!;
    const found = identifyTrackingNumber(number);
    // Plain digits: the failing check removes this carrier; carriers without a check digit that print the
    // same shape may remain (at medium), and with none left nothing is reported.
    if (keywordOnly(c)) expect(found?.carriers ?? []).not.toContain(c.carrier);
    else expect(found).toBeNull();
  });
});

describe('exceptions are listed, not skipped', () => {
  it('every contradicted number is in the data', () => {
    const numbers = new Set(cases.map((c) => compact(c.number)));
    for (const n of Object.keys(CONTRADICTED)) expect(numbers.has(n), n).toBe(true);
  });

  it('every keyword-only format is in the data', () => {
    const formats = new Set(cases.map((c) => c.format));
    for (const f of Object.keys(KEYWORD_ONLY)) expect(formats.has(f), f).toBe(true);
  });

  it('JFV247545960 is DHL Express first, Purolator second', () => {
    expect(identifyTrackingNumber('JFV247545960')).toMatchObject({ carriers: ['dhl', 'purolator'], confidence: 'high' });
  });

  it('unsupported couriers are not claimed', () => {
    for (const c of cases.filter((x) => UNSUPPORTED[x.courier])) expect(identifyTrackingNumber(c.number)).toBeNull();
  });

  it.each(cases.filter((c) => c.valid && inTextException(c)).map(label))('%s %s: found when pasted', (format, number) => {
    const c = cases.find((v) => v.number === number && v.format === format)!;
    expect(identifyTrackingNumber(number)?.carriers).toContain(c.carrier);
  });
});

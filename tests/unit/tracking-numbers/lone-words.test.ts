// @vitest-environment node
// In a text of 256 characters or more the scanner queues lone words (a word of ten or more letters and digits
// that no separator joins to a next word) and offers them 64 at a time after the candidates around them; the
// finder merges their matches back in by position. Each piece here is found as it is in a short text (each word
// offered as it is read), in text order, across many batches.
import { describe, expect, it } from 'vitest';
import { findTrackingNumbers } from '@/utils/tracking-numbers';
import type { TrackingNumberMatch } from '@/utils/tracking-numbers';

const pieces = [
  'UPS tracking: 1Z999AA10123456784 placed', // lone, then a space and lower case
  'tracking 5398237890.', // lone of exactly ten digits, after a keyword
  'tracking 539823789.', // nine digits: no number
  'Tracking number: RR 123 456 785 CN', // grouped: read by the run reader, between lone words
  'tracking 2026-01-01 5398237890', // a date joined to a number by a space
  'on 2026-01-01, tracking 5398237890', // a date, then a lone number
  'Order #100023, tracking #1234567890', // glued on the left: never a number
  'Call +49 370 62387801 or +4937062387801', // after a country code
  'https://www.ups.com/track?tracknum=1Z999AA10123456784 and RR123456785CN', // a URL, then a lone word
  '1Z999AA10123456784 1234', // a lone word? no: a group follows; cut back to the UPS number
  'AWB 172-28891936 and 172 2889 1936', // dashed and grouped air waybills
  `tracking ${'7'.repeat(34)} ${'7'.repeat(35)}`, // the longest compact form, and one longer
  'RR123456785CN-Sendung, RR123456785CN.', // glued on the right by a dash, then lone
];

const gap = '\nlorem ipsum dolor sit amet, lorem ipsum dolor sit\n';

describe('lone words offered in batches', () => {
  it('finds every piece as in a short text, in order, across many batches', () => {
    let whole = '';
    const expected: TrackingNumberMatch[] = [];
    for (let round = 0; round < 40; round++) {
      for (const piece of pieces) {
        const shift = whole.length;
        for (const m of findTrackingNumbers(gap + piece + gap)) expected.push({ ...m, start: m.start + shift, end: m.end + shift });
        whole += gap + piece;
      }
    }
    whole += gap;
    const found = findTrackingNumbers(whole);
    // More lone words than one batch holds, and numbers of every kind between them.
    expect(found.filter((m) => m.raw === '1Z999AA10123456784').length).toBeGreaterThan(64);
    expect(found.length).toBeGreaterThan(200);
    expect(found).toEqual(expected);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });

  it('reports the same for a piece alone and in a long text', () => {
    for (const piece of pieces) {
      const short = findTrackingNumbers(piece).map((m) => [m.number, m.start]);
      const long = findTrackingNumbers(gap.repeat(6) + piece).map((m) => [m.number, m.start - gap.length * 6]);
      expect(long).toEqual(short);
    }
  });
});

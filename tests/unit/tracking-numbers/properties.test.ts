// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTrackingNumbers, identifyTrackingNumber } from '@/utils/tracking-numbers';
import { findReadingEveryCharacter } from '@/utils/tracking-numbers/find';
import { scanText } from '@/utils/tracking-numbers/scanner';

// Pieces that exercise the scanner's edges: numbers, near-numbers, separators, keywords, URLs.
const piece = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom(
    '1Z999AA10123456784', 'RR123456785CN', '172-28891936', '172 2889 1936', '300403513351', 'Tracking number: ',
    'Numer przesyłki ', 'заказ ', ' ', '-', '.', '/', '+', '1Z', '9400 1112 ', 'https://www.ups.com/track?tracknum=',
    'https://t.17track.net/en#nums=', '\u00a0', '运单号', 'é',
  ),
  fc.stringMatching(/^[0-9 -]{1,40}$/),
);
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

describe('properties', () => {
  it('never throws; offsets slice to raw; matches are ordered and disjoint', () => {
    fc.assert(
      fc.property(text, (t) => {
        let last = -1;
        for (const m of findTrackingNumbers(t)) {
          expect(t.slice(m.start, m.end)).toBe(m.raw);
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.number).toMatch(/^[A-Z0-9]+(?:-[0-9]{8})?$/);
          last = m.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('identifyTrackingNumber never throws and its offsets slice to raw', () => {
    fc.assert(
      fc.property(text, (t) => {
        const m = identifyTrackingNumber(t);
        if (m) expect(t.slice(m.start, m.end)).toBe(m.raw);
      }),
      { numRuns: 400 },
    );
  });

  it('a text segment gives the same matches alone, read a character at a time, as in a long text where the scan jumps', () => {
    // Neutral words, longer than the context window, around every segment: both texts show each number the same
    // words. The reference reads every character and, under 256 characters, offers lone words where it meets
    // them; the long text jumps between windows and URLs found ahead and offers its lone words in batches.
    const gap = '\nlorem ipsum dolor sit amet, lorem ipsum dolor sit\n';
    const edgy = fc.oneof(
      piece,
      fc.constantFrom('HTTP://ups.com/track?tracknum=1Z999AA10123456784', 'AB ', 'WWW.', 'Order ', 'RR 123 456 785 CN',
        'DHL 12 3456 7890 ', 'tracking:5398237890.'),
    );
    const segment = fc.array(edgy, { maxLength: 10 }).map((parts) => parts.join('').slice(0, 150));
    fc.assert(
      fc.property(fc.array(segment, { minLength: 5, maxLength: 8 }), (segments) => {
        let whole = '';
        const expected: unknown[] = [];
        for (const seg of segments) {
          const shift = whole.length;
          for (const m of findReadingEveryCharacter(gap + seg + gap)) {
            expected.push({ ...m, start: m.start + shift, end: m.end + shift });
          }
          whole += gap + seg;
        }
        whole += gap;
        expect(whole.length).toBeGreaterThan(256);
        expect(findTrackingNumbers(whole)).toEqual(expected);
        expect(findReadingEveryCharacter(whole)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('a short text gives the same matches jumping as read a character at a time', () => {
    const edgy = fc.oneof(
      piece,
      fc.constantFrom('HTTP://ups.com/track?tracknum=1Z999AA10123456784', 'AB ', 'WWW.', 'www.', 'Order ',
        'RR 123 456 785 CN', 'DHL 12 3456 7890 ', 'tracking:5398237890.', 'ab HTTP://', 'Hhttp://'),
    );
    fc.assert(
      fc.property(fc.array(edgy, { maxLength: 12 }).map((parts) => parts.join('')), (t) => {
        expect(findTrackingNumbers(t)).toEqual(findReadingEveryCharacter(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('a candidate offered as one word has no word character on either side (the context reader relies on it)', () => {
    // Word characters of the context reader: ASCII letters and digits, Latin, Greek and Cyrillic letters.
    const word = /[0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u052f]/;
    fc.assert(
      fc.property(text, (t) => {
        scanText(t, {
          candidate: (c) => {
            if (c.shape === 'word') {
              expect(word.test(t.charAt(c.start - 1))).toBe(false);
              expect(word.test(t.charAt(c.end))).toBe(false);
            }
            return false;
          },
          url: () => {},
          deferred: () => {},
          settled: () => {},
        });
      }),
      { numRuns: 400 },
    );
  });

  it('every number found in text is identified the same way when pasted alone', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const m of findTrackingNumbers(t)) expect(identifyTrackingNumber(m.raw)?.number).toBe(m.number);
      }),
      { numRuns: 300 },
    );
  });
});

// @vitest-environment node
// The prefilter decides whether the content script asks the engine at all (and loads it into the page): a
// number it let slip would never be marked. So it is held to being a superset of the engine, on data nobody
// here wrote, on the bench's generated order text line by line, and on random text; and it must say no to
// ordinary prose, or the engine would be loaded into every page for nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTrackingNumbers, findTrackingNumbersInUrl } from '@/utils/tracking-numbers';
import { mayHoldNumber, mayHoldNumberInUrl } from '@/utils/tracking-numbers/prefilter';
import { publicCases } from './public-data-cases';
import { generateCorpus } from '../../bench/detection-corpus';

const agrees = (text: string) => findTrackingNumbers(text).length === 0 || mayHoldNumber(text);

describe('mayHoldNumber: never says no to text the engine reports from', () => {
  it('every public test number, pasted, in a sentence, after a keyword and in a table row', () => {
    const misses: string[] = [];
    for (const c of publicCases()) {
      const n = c.number.trim();
      for (const text of [n, `It left the warehouse today, tracking number ${n}, and arrives on Friday.`, `Tracking number\t${n}\tIn transit\n`]) {
        if (!agrees(text)) misses.push(text);
      }
    }
    expect(misses).toEqual([]);
  });

  it('every line of the generated multilingual order corpus', () => {
    const lines = generateCorpus(400_000, 3).text.split('\n');
    expect(lines.filter((line) => findTrackingNumbers(line).length > 0).length).toBeGreaterThan(100);
    expect(lines.filter((line) => !agrees(line))).toEqual([]);
  });

  it('random text built from numbers, near-numbers, separators, keywords and URLs', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 10 }),
      fc.constantFrom(
        '1Z999AA10123456784', '1Z 999 AA1 01 2345 6784', 'RR123456785CN', 'RR 123 456 785 CN', '172-28891936',
        '172\u00a02889\u20111936', '12 3456 7890', 'DHL ', 'Tracking number: ', 'numer nadania ', '(4PX)', ' via DHL',
        ' ', '-', '\u2010', '\u202f', '<', 'https://www.ups.com/track?tracknum=', 'www.dhl.de/sendung?id=', 'JJD',
      ),
      fc.stringMatching(/^[0-9A-Z -]{1,24}$/),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 16 }).map((p) => p.join('')), agrees), { numRuns: 3000 });
  });

  it('numbers in carrier links, which the engine reads in running text too', () => {
    const text = 'Track it at https://www.ups.com/track?tracknum=1z999aa10123456784 today';
    expect(findTrackingNumbers(text).length).toBeGreaterThan(0);
    expect(mayHoldNumber(text)).toBe(true);
  });
});

describe('mayHoldNumber: says no to what holds no number', () => {
  it.each([
    'Your order has shipped and will arrive on Friday, 12 March 2026.',
    'Total: $1,234.56 · 3 items · Call 370 623 878',
    'FREE SHIPPING ON ALL ORDERS OVER $50',
    'Order 123-456 · SKU AB-12',
    'Zamówienie zostało wysłane. Заказ отправлен 12.03.2026.',
  ])('%s', (text) => {
    expect(findTrackingNumbers(text)).toEqual([]);
    expect(mayHoldNumber(text)).toBe(false);
  });
});

describe('mayHoldNumberInUrl', () => {
  it('is true for every carrier or tracking-site link the engine reads a number from', () => {
    for (const href of [
      'https://www.ups.com/track?tracknum=1Z999AA10123456784',
      'https://t.17track.net/en#nums=RR123456785CN',
      'https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094042557',
    ]) {
      expect(findTrackingNumbersInUrl(href).length, href).toBeGreaterThan(0);
      expect(mayHoldNumberInUrl(href), href).toBe(true);
    }
  });

  it('is false for other links, however many digits they hold', () => {
    for (const href of ['https://shop.example/orders/1Z999AA10123456784', 'https://www.amazon.com/dp/B0123456789?ref=1234567890', '/orders/12345678']) {
      expect(findTrackingNumbersInUrl(href)).toEqual([]);
      expect(mayHoldNumberInUrl(href), href).toBe(false);
    }
  });
});

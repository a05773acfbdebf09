// @vitest-environment node
// 10,000 random and adversarial strings through the detection engine: it never throws, every match's
// offsets slice back to its raw text, and matches stay ordered and disjoint. Adds to
// tests/unit/tracking-numbers/properties.test.ts (400 runs of realistic text) what a hostile page would
// send: long digit and separator runs, repeated prefixes, bidi and zero-width characters, lone surrogates,
// non-ASCII digits and megabyte-sized inputs. Time per size is printed, never asserted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTrackingNumbers, identifyTrackingNumber } from '@/utils/tracking-numbers';

const NASTY = [
  '\u202E', '\u202D', '\u2066', '\u2069', '\u200B', '\u200D', '\uFEFF', '\u00AD', '\uD800', '\uDC00', '\u0000',
  '٠١٢٣٤٥٦٧٨٩', '０１２３', '𝟏𝟐𝟑', 'Ⅻ', '1Z', '1z', 'RR', 'CN', '172-', '-', ' ', '\u00a0', '\t', '\n', '.', '/',
  'Tracking', 'tracking number:', 'AWB', 'Sendungsnummer', '运单号', '<b>', '</b>', '&nbsp;', '"', "'", 'javascript:',
  '1Z999AA10123456784', 'RR123456785CN', '172-28891936', '300403513351', '9400111899223197428497',
];

const adversarial = fc.oneof(
  // Random text in every shape fast-check knows.
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  // Pieces of numbers, keywords and bidi/zero-width characters glued together.
  fc.array(fc.constantFrom(...NASTY), { maxLength: 40 }).map((p) => p.join('')),
  // Long runs that look almost like numbers: digits with separators, repeated prefixes.
  fc.tuple(fc.constantFrom('1', '9', '0', 'A', '1Z', '172-', 'RR'), fc.constantFrom('', ' ', '-', '\u00a0', '\u200B'), fc.integer({ min: 1, max: 400 })).map(
    ([unit, sep, n]) => Array.from({ length: n }, () => unit).join(sep),
  ),
  fc.stringMatching(/^[0-9A-Z -]{1,300}$/),
);

function checkFind(text: string): void {
  let last = 0;
  for (const m of findTrackingNumbers(text)) {
    expect(text.slice(m.start, m.end)).toBe(m.raw);
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.number).toMatch(/^[A-Z0-9]+(?:-[0-9]{8})?$/);
    last = m.end;
  }
}

function checkIdentify(text: string): void {
  const m = identifyTrackingNumber(text);
  if (m) expect(text.slice(m.start, m.end)).toBe(m.raw);
}

describe('detection engine under adversarial input', () => {
  it('10,000 generated strings: no throw, offsets slice to raw, ordered and disjoint', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        checkFind(text);
        checkIdentify(text);
      }),
      { numRuns: 10_000, seed: 8_2026 },
    );
  });

  it('calls reuse one scanner but never carry anything over: each text gives the same matches in any order', () => {
    const texts = fc.sample(adversarial, { numRuns: 400, seed: 18 });
    texts.push('Tracking number: 1Z999AA10123456784', 'RR 123 456 785 CN', 'AWB 172-2889 1936', 'tracking 300403513351');
    const inOrder = texts.map((t) => JSON.stringify(findTrackingNumbers(t)));
    // In reverse, each after a call with other options: neither the text nor the options stick.
    const reversed = texts.map((_, i) => texts.length - 1 - i).map((i) => {
      findTrackingNumbers(texts[(i + 1) % texts.length]!, { minConfidence: 'high' });
      return [i, JSON.stringify(findTrackingNumbers(texts[i]!))] as const;
    });
    for (const [i, json] of reversed) expect(json, JSON.stringify(texts[i])).toBe(inOrder[i]);
    expect(inOrder.filter((j) => j !== '[]').length).toBeGreaterThan(4);
  });

  it('megabyte-sized inputs of each adversarial shape (time per size printed, not asserted)', () => {
    const shapes: Record<string, (n: number) => string> = {
      digits: (n) => '7'.repeat(n),
      spacedDigits: (n) => '1 '.repeat(n / 2),
      prefixes: (n) => '1Z'.repeat(n / 2),
      awbDashes: (n) => '172-'.repeat(n / 4),
      keywords: (n) => 'tracking number: '.repeat(n / 17),
      bidi: (n) => '\u202E1\u200B'.repeat(n / 3),
      validNumbers: (n) => '1Z999AA10123456784 '.repeat(n / 19),
    };
    const rows: string[] = [];
    for (const [name, make] of Object.entries(shapes)) {
      const times: number[] = [];
      for (const size of [50_000, 400_000]) {
        const text = make(size);
        const t0 = performance.now();
        checkFind(text);
        checkIdentify(text.slice(0, 10_000));
        times.push(performance.now() - t0);
      }
      rows.push(`${name}: 50k ${times[0]!.toFixed(1)} ms, 400k ${times[1]!.toFixed(1)} ms (×${(times[1]! / Math.max(times[0]!, 0.01)).toFixed(1)}, linear ≈ ×8)`);
    }
    console.log(`[hostile] detection time by size\n  ${rows.join('\n  ')}`);
  });
});

// @vitest-environment node
// The scanner trusts nextWindow to return the very first window: a later one would skip a number, an
// earlier one only costs time. Checked against the definition on texts of short and long stretches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextWindow } from '@/utils/tracking-numbers/skip';

/** The definition: the first p in [from, limit) with ten digits, capitals, spaces or dashes from p on. */
function firstWindow(t: string, from: number, limit: number): number {
  for (let p = from; p < limit && p + 10 <= t.length; p++) if (/^[0-9A-Z \u00a0-]{10}$/.test(t.slice(p, p + 10))) return p;
  return limit;
}

const stretch = fc.oneof(
  fc.stringMatching(/^[0-9A-Z -]{1,13}$/),
  fc.stringMatching(/^[a-z.,:]{1,4}$/),
  fc.constantFrom('2026-01-01', '#100023', '1234567890', '123456789', ' ', 'x', '.'),
);

describe('nextWindow', () => {
  it('returns the first window of ten run characters at or after from, before limit', () => {
    fc.assert(
      fc.property(fc.array(stretch, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const t = parts.join('');
        const from = t.length === 0 ? 0 : a % (t.length + 1);
        const limit = from + (b % (t.length - from + 2));
        expect(nextWindow(t, from, limit)).toBe(firstWindow(t, from, limit));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a window of exactly ten, and none in nine', () => {
    expect(nextWindow('ab.1234567890.cd', 0, 16)).toBe(3);
    expect(nextWindow('ab.123456789.cd', 0, 15)).toBe(15);
    // A date next to a number: the window starts at the date's dash run, the first ten in a row.
    expect(nextWindow('on 2026-01-01 1234', 0, 18)).toBe(2);
    expect(nextWindow('#100023 x 9', 0, 11)).toBe(11);
  });
});

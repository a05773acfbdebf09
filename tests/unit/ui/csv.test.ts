import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv, csvField } from '@/utils/ui/csv';

describe('CSV', () => {
  it('round-trips any fields through export and parse', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 12 }), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const safe = rows.map((r) => r.map((f) => f.replace(/^[=+\-@\t\r']/, 'x')));
        const text = safe.map((r) => r.map(csvField).join(',')).join('\n');
        const parsed = parseCsv(text, ',');
        const expected = safe.filter((r) => r.some((f) => f.trim() !== ''));
        expect(parsed).toEqual(expected);
      }),
    );
  });
});

// @vitest-environment node
// The scanner's jump table (skip.ts) is built from ASCII and the separators' codes only, so the engine loads
// fast into a page; that is right only while no other code is a digit, a capital, a space or a dash.
import { describe, expect, it } from 'vitest';
import { CHAR_CLASS, DASH, DIGIT, SPACE, UPPER } from '@/utils/tracking-numbers/char-classes';
import { DASH_CODES, SPACE_CODES } from '@/utils/tracking-numbers/separators';

describe('char classes', () => {
  it('only ASCII and the separators are digits, capitals, spaces or dashes', () => {
    const run = new Set<number>([DIGIT, UPPER, SPACE, DASH]);
    const outside: string[] = [];
    for (let c = 0x80; c < 0x10000; c++) {
      if (run.has(CHAR_CLASS[c]!) && !SPACE_CODES.includes(c) && !DASH_CODES.includes(c)) outside.push(c.toString(16));
    }
    expect(outside).toEqual([]);
    expect([...'0Z'].map((ch) => CHAR_CLASS[ch.charCodeAt(0)])).toEqual([DIGIT, UPPER]);
  });
});

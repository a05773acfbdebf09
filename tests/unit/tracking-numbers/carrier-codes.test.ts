// @vitest-environment node
// Every carrier code the engine or the sandbox can emit is one TrackingMore accepts (its 2024 list,
// tests/fixtures/trackingmore-carriers.json): a code outside it is a failed API call for a real user.
import { describe, expect, it } from 'vitest';
import { findTrackingNumbers, identifyTrackingNumber } from '@/utils/tracking-numbers';
import { CARRIER_CODES } from '@/utils/tracking-numbers/carriers';
import { CARRIER_HINTS } from '@/utils/tracking-numbers/context-keywords';
import { CARRIERS, detectCarriers } from '@/sandbox/carriers';
import { publicCases, trackingMoreCodes } from './public-data-cases';

const known = trackingMoreCodes();
const emittable = new Set(CARRIER_CODES);

describe('carrier codes', () => {
  it.each([...CARRIER_CODES])('engine code %s is in TrackingMore’s list', (code) => {
    expect(known.has(code)).toBe(true);
  });

  it.each(Object.values(CARRIER_HINTS))('carrier-name hint %s is a code the engine names', (code) => {
    expect(emittable.has(code)).toBe(true);
  });

  it.each(CARRIERS.map((c) => c.code))('sandbox carrier %s is in TrackingMore’s list', (code) => {
    expect(known.has(code)).toBe(true);
  });

  it('every code emitted on the public data and in text is one the engine lists', () => {
    const seen = new Set<string>();
    for (const c of publicCases()) {
      for (const code of identifyTrackingNumber(c.number)?.carriers ?? []) seen.add(code);
      for (const m of findTrackingNumbers(`tracking number ${c.number.trim()} via DHL`)) for (const code of m.carriers) seen.add(code);
      for (const code of detectCarriers(c.number)) expect(known.has(code), code).toBe(true);
    }
    for (const code of seen) expect(emittable.has(code), code).toBe(true);
  });

  it('Deutsche Post is deutsche-post everywhere', () => {
    expect(detectCarriers('RB123456785DE')).toContain('deutsche-post');
    expect(identifyTrackingNumber('RB123456785DE')?.carriers).toEqual(['deutsche-post']);
  });
});

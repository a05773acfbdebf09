import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '@/utils/ui/hash-route';

describe('hash routes', () => {
  it('parses details routes, with "auto" as no carrier', () => {
    expect(parseHash('#/details/ups/1Z999AA10123456784')).toEqual({ view: 'details', carrier: 'ups', number: '1Z999AA10123456784' });
    expect(parseHash('#/details/auto/172-28891936')).toEqual({ view: 'details', carrier: null, number: '172-28891936' });
    expect(parseHash('#/')).toEqual({ view: 'list' });
    expect(parseHash('#/details/%E0%A4%A/x')).toEqual({ view: 'list' });
  });

  it('round-trips', () => {
    const r = { view: 'details' as const, carrier: 'china-post', number: 'RR 123' };
    expect(parseHash(formatHash(r))).toEqual(r);
  });
});

import { describe, expect, it } from 'vitest';
import { countryCode } from '@/utils/ui/format';

describe('countryCode', () => {
  it('keeps codes, reads English names in any case, and refuses the rest', () => {
    expect(countryCode('us')).toBe('US');
    expect(countryCode('United States')).toBe('US');
    expect(countryCode('china')).toBe('CN');
    expect(countryCode(' Italy ')).toBe('IT');
    expect(countryCode('Atlantis')).toBeNull();
    expect(countryCode('')).toBeNull();
    expect(countryCode(null)).toBeNull();
  });
});

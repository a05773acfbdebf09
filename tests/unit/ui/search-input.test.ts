import { describe, expect, it } from 'vitest';
import { looksLikeNumber } from '@/utils/ui/search-input';
import { normalizeNumber } from '@/utils/tracking-numbers';

describe('search input', () => {
  it('cleans pasted numbers', () => {
    expect(normalizeNumber(' 1z 999-aa1 ')).toBe('1Z999AA1');
    expect(looksLikeNumber('12 3')).toBe(false);
    // A non-breaking hyphen (U+2011, common in copied documents) no longer makes the number unsearchable.
    expect(looksLikeNumber('1Z999AA1\u20110123456784')).toBe(true);
  });
});

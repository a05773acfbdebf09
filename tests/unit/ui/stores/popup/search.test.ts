import { describe, expect, it, vi } from 'vitest';
import { createSearchStore } from '@/utils/ui/stores/popup/search';

const ups = { number: '1Z999AA10123456784', kind: 'parcel' as const, carriers: ['ups'], label: 'UPS' };

describe('popup search slice', () => {
  it('identifies what was typed, and Enter opens its details with the only carrier', () => {
    const go = vi.fn();
    const search = createSearchStore({ identify: () => ups }, go);
    search.setQuery('1z 999 aa1 0123456784');
    expect(search.identified.value).toBe(ups);
    search.submit();
    expect(go).toHaveBeenCalledWith({ view: 'details', number: ups.number, carrier: 'ups' });
  });

  it('an unknown number opens with the carrier left to the background; too short does nothing', () => {
    const go = vi.fn();
    const search = createSearchStore({ identify: () => null }, go);
    search.setQuery('ab');
    search.submit();
    expect(go).not.toHaveBeenCalled();
    search.setQuery('abc 123 456');
    search.submit();
    expect(go).toHaveBeenCalledWith({ view: 'details', number: 'ABC123456', carrier: null });
  });
});

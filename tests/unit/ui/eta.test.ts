import { describe, expect, it } from 'vitest';
import { etaRange } from '@/utils/ui/eta';
import { parcel } from '../components/fixtures';

describe('ETA', () => {
  it('counts the typical transit days from the first event', () => {
    const eta = etaRange(parcel(), { minDays: 10, maxDays: 14 });
    expect(new Date(eta!.from).getUTCDate()).toBe(22);
    expect(new Date(eta!.to).getUTCDate()).toBe(26);
    expect(etaRange(parcel({ status: 'delivered' }), { minDays: 10, maxDays: 14 })).toBeNull();
    expect(etaRange(parcel(), { minDays: null, maxDays: 14 })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { deliveryWindow, etaRange } from '@/utils/ui/eta';
import { parcel } from '../components/fixtures';

describe('ETA', () => {
  it('counts the typical transit days from the first event', () => {
    const eta = etaRange(parcel(), { minDays: 10, maxDays: 14 });
    expect(new Date(eta!.from).getUTCDate()).toBe(22);
    expect(new Date(eta!.to).getUTCDate()).toBe(26);
    expect(etaRange(parcel({ status: 'delivered' }), { minDays: 10, maxDays: 14 })).toBeNull();
    expect(etaRange(parcel(), { minDays: null, maxDays: 14 })).toBeNull();
  });

  it("prefers the carrier's expected day to the statistics, and shows nothing once delivered", () => {
    const stats = { minDays: 10, maxDays: 14 };
    expect(deliveryWindow(parcel({ expectedDelivery: '2026-12-03' }), stats)).toEqual({ source: 'carrier', day: Date.UTC(2026, 11, 3) });
    expect(deliveryWindow(parcel(), stats)).toMatchObject({ source: 'transit', minDays: 10, maxDays: 14 });
    expect(deliveryWindow(parcel(), null)).toBeNull();
    // Shipments stored before the field existed lack it.
    const { expectedDelivery: _, ...old } = parcel({ expectedDelivery: '2026-12-03' });
    expect(deliveryWindow(old, null)).toBeNull();
    expect(deliveryWindow(parcel({ status: 'delivered', expectedDelivery: '2026-12-03' }), stats)).toBeNull();
    expect(deliveryWindow(parcel({ status: 'expired', expectedDelivery: '2026-12-03' }), stats)).toBeNull();
  });
});

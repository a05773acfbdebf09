import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { createCardStore, type CardDeps } from '@/utils/ui/stores/card';
import { TrackCard } from '@/components/card/TrackCard';
import { placeCard } from '@/components/card/placement';
import { currentFlight } from '@/components/card/current-flight';
import { locale } from '@/utils/i18n';
import type { LookupReply } from '@/utils/messages/background-api';
import type { Result } from '@/utils/messages/protocol';
import type { Shipment } from '@/utils/shipments/types';

function shipment(over: Partial<Shipment> = {}): Shipment {
  return {
    id: 'ups:1Z999AA10123456784',
    number: '1Z999AA10123456784',
    carrier: { code: 'ups', name: 'UPS' },
    kind: 'parcel',
    status: 'transit',
    substatus: null,
    title: null,
    orderId: null,
    notes: null,
    originCountry: 'US',
    destinationCountry: 'PL',
    events: [
      { date: '2026-11-20 14:05', localTime: true, description: 'Departed from facility', location: 'Louisville, KY', status: 'transit', substatus: null, milestone: 'departed', leg: 'origin' },
      { date: '2026-11-19 09:00', localTime: true, description: 'Arrived at facility', location: 'Chicago, IL', status: 'transit', substatus: null, milestone: null, leg: 'origin' },
      { date: '2026-11-18 18:30', localTime: true, description: 'Picked up', location: 'Chicago, IL', status: 'transit', substatus: null, milestone: 'received', leg: 'origin' },
      { date: '2026-11-18 10:00', localTime: true, description: 'Label created', location: '', status: 'pending', substatus: null, milestone: null, leg: 'origin' },
    ],
    origin: null,
    destination: null,
    daysInTransit: 4,
    daysSinceLastEvent: 1,
    lastUpdate: null,
    weblink: null,
    archived: false,
    air: null,
    ...over,
  };
}

const reply = (s: Shipment, pinned = false): Result<LookupReply> => ({
  ok: true,
  data: { shipment: s, fetchedAt: Date.now(), fromCache: false, pinned },
});

function deps(over: Partial<CardDeps> = {}): CardDeps {
  return {
    lookup: vi.fn(async () => reply(shipment())),
    pin: vi.fn(async (number: string, carrier?: string) => ({
      ok: true as const,
      data: { key: `${carrier}:${number}`, number, carrier: carrier ?? '', kind: 'parcel' as const, pinnedAt: 1, title: null, notes: null, shipment: null, lastCheckedAt: null, lastError: null, unread: false, archived: false },
    })),
    unpin: vi.fn(async () => ({ ok: true as const, data: { removed: 1 } })),
    openDetails: vi.fn(async () => ({ ok: true as const, data: null })),
    copy: vi.fn(async () => true),
    ...over,
  };
}

const anyEvent = () => true;

/** `accept: null` keeps the card's own rule (only trusted events). */
async function openCard(d: CardDeps, accept: ((e: Event) => boolean) | null = anyEvent) {
  const store = createCardStore(d);
  const onClose = vi.fn();
  render(<TrackCard store={store} accept={accept ?? undefined} onClose={onClose} />);
  await act(async () => {
    await store.open({ number: '1Z999AA10123456784', carriers: ['ups'] });
  });
  return { store, onClose };
}

beforeEach(() => {
  cleanup();
  locale.value = 'en';
});

describe('card states', () => {
  it('shows loading, then carrier, number, status, last event, days and the last three events', async () => {
    let resolve!: (r: Result<LookupReply>) => void;
    const store = createCardStore(deps({ lookup: () => new Promise((r) => (resolve = r)) }));
    render(<TrackCard store={store} accept={anyEvent} onClose={() => {}} />);
    let pending!: Promise<void>;
    act(() => {
      pending = store.open({ number: '1Z999AA10123456784', carriers: ['ups'] });
    });
    expect(screen.getByText('Looking up the latest status…')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pin' }).getAttribute('aria-disabled')).toBe('true');
    await act(async () => {
      resolve(reply(shipment()));
      await pending;
    });
    expect(screen.queryByText('Looking up the latest status…')).toBeNull();
    expect(screen.getByText('UPS')).toBeTruthy();
    expect(screen.getByText('1Z999AA10123456784')).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Tracking 1Z999AA10123456784' })).toBeTruthy();
    expect(screen.getAllByText('Departed from facility').length).toBeGreaterThan(0);
    expect(screen.getByText('Days in transit: 4')).toBeTruthy();
    const recent = screen.getByRole('region', { name: 'Recent events' });
    expect(recent.querySelectorAll('li')).toHaveLength(3);
    expect(recent.textContent).not.toContain('Label created');
  });

  it('shows where the parcel is as a stepper: "Step 2 of 5: In transit"', async () => {
    await openCard(deps());
    const list = screen.getByRole('list', { name: 'Step 2 of 5: In transit' });
    expect(list.querySelector('[aria-current="step"]')!.textContent).toContain('In transit');
    expect(screen.getByText('Step 2 of 5: In transit').classList.contains('tp-sr-only')).toBe(false);
  });

  it("shows the carrier's expected day beside the stepper, from the lookup reply alone", async () => {
    await openCard(deps({ lookup: async () => reply(shipment({ expectedDelivery: '2026-12-03' })) }));
    const eta = screen.getByText("Expected delivery: Thursday, December 3 (the carrier's estimate)").parentElement!;
    expect(eta.closest('.tp-progress')).toBeTruthy();
    expect(eta.textContent).toContain('Expected Thu, Dec 3');
  });

  it('shows no expected window when the carrier gives none, or once delivered', async () => {
    await openCard(deps());
    expect(screen.getByRole('list', { name: 'Step 2 of 5: In transit' })).toBeTruthy();
    expect(document.querySelector('.tp-progress-eta')).toBeNull();
    cleanup();
    await openCard(deps({ lookup: async () => reply(shipment({ status: 'delivered', expectedDelivery: '2026-12-03' })) }));
    expect(screen.getByRole('list', { name: 'Step 5 of 5: Delivered' })).toBeTruthy();
    expect(document.querySelector('.tp-progress-eta')).toBeNull();
  });

  it('shows the route and the current flight for an air waybill', async () => {
    const awb = shipment({
      number: '172-28891936',
      kind: 'awb',
      carrier: { code: 'cargolux', name: 'Cargolux' },
      air: {
        pieces: 2,
        weight: '120 kg',
        origin: 'XMN',
        destination: 'MXP',
        route: ['XMN', 'LUX', 'MXP'],
        flights: [
          { flightNumber: 'CV7302', from: 'XMN', to: 'LUX', plannedDeparture: null, actualDeparture: '2026-11-19 01:00', plannedArrival: null, actualArrival: '2026-11-19 14:00', delayMinutes: null },
          { flightNumber: 'CV7350', from: 'LUX', to: 'MXP', plannedDeparture: null, actualDeparture: '2026-11-20 08:00', plannedArrival: null, actualArrival: null, delayMinutes: null },
        ],
        airline: null,
      },
    });
    await openCard(deps({ lookup: async () => reply(awb) }));
    expect(screen.getByRole('img', { name: /XMN → LUX → MXP/ })).toBeTruthy();
    expect(screen.getByText(/CV7350 LUX → MXP/)).toBeTruthy();
  });

  it('has a clear not-found state with Retry that looks up again', async () => {
    const lookup = vi
      .fn<CardDeps['lookup']>()
      .mockResolvedValueOnce({ ok: false, error: { kind: 'not-found', message: 'No such number' } })
      .mockResolvedValueOnce(reply(shipment()));
    await openCard(deps({ lookup }));
    expect(screen.getByText('No tracking information yet')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    });
    await act(async () => {});
    expect(lookup).toHaveBeenCalledTimes(2);
    expect(screen.queryByText('No tracking information yet')).toBeNull();
    expect(screen.getByText('Days in transit: 4')).toBeTruthy();
  });

  it.each([
    ['auth', 'The API key was refused'],
    ['quota', 'Out of quota'],
    ['rate-limited', 'Too many requests'],
    ['server', 'Server error 500'],
    ['network', 'Network down'],
    ['timeout', 'Timed out'],
    ['malformed-reply', 'Bad JSON'],
    ['no-key', 'No key set'],
  ] as const)('shows the %s error with its message and a Retry', async (kind, message) => {
    await openCard(deps({ lookup: async () => ({ ok: false, error: { kind, message } }) }));
    const alert = screen.getByRole('alert');
    expect(alert.getAttribute('data-kind')).toBe(kind);
    expect(alert.textContent).toContain(message);
    expect(screen.getAllByRole('button', { name: 'Retry' })).toHaveLength(1);
  });
});

describe('card actions', () => {
  it('pins and unpins with the carrier the lookup found', async () => {
    const d = deps();
    await openCard(d);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Pin' }));
    });
    expect(d.pin).toHaveBeenCalledWith('1Z999AA10123456784', 'ups');
    expect(screen.getByRole('button', { name: 'Unpin' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Pinned')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Unpin' }));
    });
    expect(d.unpin).toHaveBeenCalledWith(['ups:1Z999AA10123456784']);
    expect(screen.getByRole('button', { name: 'Pin' })).toBeTruthy();
  });

  it('reports a failed pin in words', async () => {
    await openCard(deps({ pin: async () => ({ ok: false, error: { kind: 'quota', message: 'Quota exhausted' } }) }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Pin' }));
    });
    expect(screen.getByText('That did not work: Quota exhausted')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pin' })).toBeTruthy();
  });

  it('a pin refused with 4122 names the fields and offers the details, where they can be entered', async () => {
    const needs = { kind: 'invalid-input' as const, code: 4122, message: 'This carrier needs more details.', fields: ['tracking_postal_code', 'tracking_ship_date'] };
    const d = deps({ pin: vi.fn(async () => ({ ok: false as const, error: needs })) });
    await openCard(d);
    expect(screen.queryByRole('button', { name: 'Enter them in the details' })).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Pin' }));
    });
    expect(screen.getByText('This carrier needs more details to pin the parcel: Postal code, Ship date.')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Enter them in the details' }));
    });
    expect(d.openDetails).toHaveBeenCalledWith('1Z999AA10123456784', 'ups');
  });

  it('pinning a number already pinned under another carrier says so and offers the details to merge', async () => {
    const base = await deps().pin('1Z999AA10123456784', 'ups');
    const d = deps({ pin: vi.fn(async () => (base.ok ? { ok: true as const, data: { ...base.data, duplicates: [{ key: 'dhl:1Z999AA10123456784', carrier: 'dhl' }] } } : base)) });
    await openCard(d);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Pin' }));
    });
    expect(screen.getByText('Pinned. This number was already pinned under DHL Express: merge them in details.')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Merge in details' }));
    });
    expect(d.openDetails).toHaveBeenCalledWith('1Z999AA10123456784', 'ups');
  });

  it('copies the number and opens details', async () => {
    const d = deps();
    await openCard(d);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    });
    expect(d.copy).toHaveBeenCalledWith('1Z999AA10123456784');
    expect(screen.getByText('Copied')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Open details' }));
    });
    expect(d.openDetails).toHaveBeenCalledWith('1Z999AA10123456784', 'ups');
  });

  it('ignores programmatic clicks (isTrusted false) by default', async () => {
    const d = deps();
    await openCard(d, null);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Pin' }));
    });
    expect(d.pin).not.toHaveBeenCalled();
  });

  it('drops a late reply for a card that was closed', async () => {
    let resolve!: (r: Result<LookupReply>) => void;
    const store = createCardStore(deps({ lookup: () => new Promise((r) => (resolve = r)) }));
    const pending = store.open({ number: '1Z999AA10123456784', carriers: ['ups'] });
    store.close();
    resolve(reply(shipment()));
    await pending;
    expect(store.data.value.phase).toBe('loading');
  });
});

describe('placement and flights', () => {
  it('puts the card below the mark, or above when there is no room, always inside the viewport', () => {
    const vp = { width: 800, height: 600 };
    expect(placeCard({ left: 100, top: 100, width: 80, height: 16 }, { width: 340, height: 200 }, vp)).toEqual({ left: 100, top: 122 });
    expect(placeCard({ left: 700, top: 500, width: 80, height: 16 }, { width: 340, height: 200 }, vp)).toEqual({ left: 452, top: 294 });
    const huge = placeCard({ left: 10, top: 300, width: 80, height: 16 }, { width: 340, height: 590 }, vp);
    expect(huge.top).toBeGreaterThanOrEqual(8);
  });

  it('picks the flight in the air, else the last departed', () => {
    const leg = (n: string, dep: string | null, arr: string | null) => ({ flightNumber: n, from: 'A', to: 'B', plannedDeparture: null, actualDeparture: dep, plannedArrival: null, actualArrival: arr, delayMinutes: null });
    expect(currentFlight([leg('1', 'x', 'y'), leg('2', 'x', null), leg('3', null, null)])?.flightNumber).toBe('2');
    expect(currentFlight([leg('1', 'x', 'y'), leg('2', 'x', 'y')])?.flightNumber).toBe('2');
    expect(currentFlight([leg('1', null, null)])?.flightNumber).toBe('1');
    expect(currentFlight([])).toBeNull();
  });
});

// Hostile replies at the unit level: what a provider sends in event texts, titles, airline names and
// links is kept as text by the normalisers, rendered as inert text by the card and the shared
// components, and reaches notifications as plain, capped text.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { cleanup, render } from '@testing-library/preact';
import { SingleGetSchema } from '@/utils/api/schema/tracking';
import { AirCargoSchema } from '@/utils/api/schema/aircargo';
import { normalizeAirCargo } from '@/utils/shipments/normalize-aircargo';
import { normalizeTracking } from '@/utils/shipments/normalize-tracking';
import { createCardStore } from '@/utils/ui/stores/card';
import { TrackCard } from '@/components/card/TrackCard';
import { ShipmentSummary } from '@/components/ShipmentSummary';
import { FlightLegs } from '@/components/FlightLegs';
import { Timeline } from '@/components/Timeline';
import { describeChange, planNotifications } from '@/utils/background/poll/notifications';
import { locale } from '@/utils/i18n';
import type { Shipment } from '@/utils/shipments/types';
import single4px from '@/tests/fixtures/api-trackingmore-get-4px.json';
import aircargo from '@/tests/fixtures/api-trackingmore-aircargo-172-28891936.json';
import { HOSTILE } from '../../fixtures/hostile-strings';
import { MAX_TEXT } from '@/utils/shipments/caps';

const ACTIVE = 'img, script, iframe, svg[onload], [onerror], [onload], [onclick], a[href^="javascript" i]';
const NOW = Date.UTC(2020, 10, 10);

function hostileTracking(): Shipment {
  const data = structuredClone(single4px.data) as Record<string, unknown> & { origin_info: Record<string, unknown> };
  data.title = HOSTILE.img;
  data.origin_info.weblink = 'javascript:alert(1)';
  data.origin_info.trackinfo = [
    { Date: '2018-04-14 15:12:00', StatusDescription: HOSTILE.long, Details: HOSTILE.rtl, checkpoint_status: 'delivered' },
    { Date: '2018-04-14 07:47:00', StatusDescription: HOSTILE.script, Details: HOSTILE.link, checkpoint_status: 'pickup' },
    { Date: '2018-04-13 07:47:00', StatusDescription: HOSTILE.svg, Details: '', checkpoint_status: 'transit' },
  ];
  return normalizeTracking(v.parse(SingleGetSchema, data), { now: NOW });
}

function hostileAir(trackUrl: string, url: string): Shipment {
  const reply = structuredClone(aircargo.data) as Record<string, { airline_info?: Record<string, unknown> }>;
  const entry = Object.values(reply)[0]!;
  entry.airline_info = { ...(entry.airline_info ?? {}), name: HOSTILE.img, track_url: trackUrl, url };
  const parsed = v.parse(AirCargoSchema, reply);
  return normalizeAirCargo(Object.values(parsed)[0]!);
}

beforeEach(() => {
  locale.value = 'en';
});
afterEach(cleanup);

describe('normalisers keep hostile text as text and drop non-http links', () => {
  it('a javascript: weblink becomes null; markup and bidi texts are kept verbatim, a 30,000-character one cut to MAX_TEXT', () => {
    const s = hostileTracking();
    expect(s.weblink).toBeNull();
    expect(s.origin?.weblink).toBeNull();
    expect(s.title).toBe(HOSTILE.img);
    expect(s.events.map((e) => e.description)).toEqual([`${HOSTILE.long.slice(0, MAX_TEXT - 1)}…`, HOSTILE.script, HOSTILE.svg]);
    expect(s.events[0]!.description).toHaveLength(MAX_TEXT);
    expect(s.events[0]!.location).toBe(HOSTILE.rtl);
  });

  it.each([
    ['javascript:alert(1)', null],
    [' JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['java\tscript:alert(1)', null],
    // Has a host, so only the scheme check stops it.
    ['javascript://example.com/%0Aalert(1)', null],
    ['ftp://example.com/track', null],
    ['https://airline.example/track?awb=1', 'https://airline.example/track?awb=1'],
  ])('airline links: track_url %j → %j', (input, expected) => {
    const s = hostileAir(input, 'javascript:alert(2)');
    expect(s.air?.airline?.trackUrl ?? null).toBe(expected);
    expect(s.air?.airline?.url).toBeNull();
    expect(s.weblink).toBe(expected);
    expect(s.carrier.name).toBe(HOSTILE.img);
  });
});

describe('rendering hostile shipments', () => {
  it('the in-page card shows every hostile text as text and creates no element from it', async () => {
    const shipment = hostileTracking();
    const store = createCardStore({
      lookup: async () => ({ ok: true, data: { shipment, fetchedAt: NOW, fromCache: false, pinned: false } }),
      pin: vi.fn(),
      unpin: vi.fn(),
      openDetails: vi.fn(),
      copy: vi.fn(),
    });
    const { container } = render(<TrackCard store={store} onClose={() => {}} now={NOW} />);
    await store.open({ number: shipment.number, carriers: ['4px'] });
    await new Promise((r) => setTimeout(r, 0));
    const text = container.textContent ?? '';
    expect(text).toContain(HOSTILE.long.slice(0, MAX_TEXT - 1));
    expect(text).toContain(HOSTILE.script);
    expect(text).toContain(HOSTILE.rtl);
    expect(container.querySelectorAll(ACTIVE)).toHaveLength(0);
    expect(container.querySelectorAll('a')).toHaveLength(0);
  });

  it('summary, timeline and flight legs: text stays text, javascript: links are never hrefs even in the model', () => {
    // Defence in depth: even a Shipment that somehow carries javascript: links renders no such link.
    const parcel = { ...hostileTracking(), weblink: 'javascript:alert(1)' };
    const air = hostileAir('javascript:alert(1)', 'javascript:alert(2)');
    const forgedAir = { ...air.air!, airline: { name: HOSTILE.img, url: 'javascript:alert(3)', trackUrl: 'javascript:alert(4)' } };
    const { container } = render(
      <div>
        <ShipmentSummary shipment={parcel} />
        <Timeline events={parcel.events} />
        <FlightLegs air={forgedAir} />
      </div>,
    );
    const text = container.textContent ?? '';
    expect(text).toContain(HOSTILE.img);
    expect(text).toContain(HOSTILE.svg);
    expect(container.querySelectorAll(ACTIVE)).toHaveLength(0);
    for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:/);
  });

  it('an http(s) link with markup in it is a link whose text and href stay inert', () => {
    const air = hostileAir(HOSTILE.httpWithMarkup, 'javascript:alert(2)');
    const { container } = render(<FlightLegs air={air.air!} />);
    const links = [...container.querySelectorAll('a')];
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe(new URL(HOSTILE.httpWithMarkup).href);
    expect(links[0]!.textContent).toBe(HOSTILE.img);
    expect(container.querySelectorAll(ACTIVE)).toHaveLength(0);
  });
});

describe('notifications get plain, capped text', () => {
  const change = {
    key: '4px:300403513351',
    number: '300403513351',
    carrier: '4px',
    title: `${HOSTILE.img}\n\u0007${HOSTILE.long}`,
    change: 'delivered' as const,
    status: 'delivered',
    detail: `${HOSTILE.script}\r\n\u0000${HOSTILE.long}`,
  };

  it('control characters go, length is capped, markup stays literal', () => {
    const n = describeChange(change);
    expect(n.title.length).toBeLessThanOrEqual(120);
    expect(n.message.length).toBeLessThanOrEqual(200);
    expect(n.title + n.message).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(n.message.startsWith(HOSTILE.script)).toBe(true);
  });

  it('grouped notifications too', () => {
    const [group] = planNotifications([change, change, change, change, change], 'all', 'run1');
    expect(group!.message.length).toBeLessThanOrEqual(400);
    expect(group!.message).not.toMatch(/[\u0000-\u001f\u007f]/);
  });
});

import { describe, expect, it, beforeEach } from 'vitest';
import { render, screen, fireEvent, cleanup, within } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { StatusBadge } from '@/components/StatusBadge';
import { Timeline } from '@/components/Timeline';
import { ErrorNotice } from '@/components/ErrorNotice';
import { ShipmentSummary } from '@/components/ShipmentSummary';
import { FlightLegs } from '@/components/FlightLegs';
import { RouteMap } from '@/components/RouteMap';
import { locale } from '@/utils/i18n';
import { CARGOLUX, event, parcel } from './fixtures';

beforeEach(() => {
  cleanup();
  locale.value = 'en';
});

describe('StatusBadge', () => {
  it('says the status in words next to an icon hidden from screen readers', () => {
    render(<StatusBadge status="delivered" />);
    expect(screen.getByText('Delivered')).toBeTruthy();
    const icon = document.querySelector('.tp-badge-icon');
    expect(icon?.getAttribute('aria-hidden')).toBe('true');
  });

  it('follows the UI language', () => {
    render(<StatusBadge status="transit" />);
    act(() => {
      locale.value = 'pl';
    });
    expect(screen.getByText('W drodze')).toBeTruthy();
  });
});

describe('Timeline', () => {
  const events = [
    event({ date: '2026-11-12 10:00', description: 'Received', milestone: 'received' }),
    event({ date: '2026-11-19 18:02', description: 'Arrived at facility' }),
    event({ date: '2026-11-20 09:15', description: 'Out for delivery', milestone: 'out-for-delivery', leg: 'destination' }),
    event({ date: '2026-11-19 07:40', description: 'Customs cleared', milestone: 'customs' }),
  ];

  it('groups by day, newest day and newest event first, with milestone labels', () => {
    render(<Timeline events={events} />);
    const days = [...document.querySelectorAll('.tp-day-head')].map((h) => h.textContent);
    expect(days).toHaveLength(3);
    expect(days[0]).toContain('20');
    expect(days[2]).toContain('12');
    const descs = [...document.querySelectorAll('.tp-event-desc')].map((d) => d.textContent);
    expect(descs).toEqual(['Out for delivery', 'Arrived at facility', 'Customs cleared', 'Received']);
    expect(screen.getByText('Customs')).toBeTruthy();
    expect(screen.getByText('Out for delivery', { selector: '.tp-milestone' })).toBeTruthy();
  });

  it('with a limit shows only the newest events, without day headings', () => {
    render(<Timeline events={events} limit={2} />);
    expect(document.querySelectorAll('.tp-day-head')).toHaveLength(0);
    const descs = [...document.querySelectorAll('.tp-event-desc')].map((d) => d.textContent);
    expect(descs).toEqual(['Out for delivery', 'Arrived at facility']);
  });

  it('labels the carrier leg when asked', () => {
    render(<Timeline events={events} showLeg />);
    expect(screen.getAllByText('Destination carrier')).toHaveLength(1);
    expect(screen.getAllByText('Origin carrier')).toHaveLength(3);
  });

  it('renders API text as text, never markup', () => {
    render(<Timeline events={[event({ date: '2026-11-20 09:15', description: '<img src=x onerror=alert(1)>' })]} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });

  it('says so when there are no events', () => {
    render(<Timeline events={[]} />);
    expect(screen.getByText('No tracking events yet.')).toBeTruthy();
  });
});

describe('ErrorNotice', () => {
  it('an auth error points to settings and shows the exact message', () => {
    let opened = 0;
    render(<ErrorNotice error={{ kind: 'auth', message: 'Invalid API key (4001)' }} onOpenSettings={() => opened++} />);
    expect(screen.getByRole('alert').textContent).toContain('API key rejected');
    expect(screen.getByText('Invalid API key (4001)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(opened).toBe(1);
  });

  it('a network error offers a retry, not settings', () => {
    let retried = 0;
    render(<ErrorNotice error={{ kind: 'network', message: 'Failed to fetch' }} onRetry={() => retried++} onOpenSettings={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Open settings' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retried).toBe(1);
  });

  it('a rate limit says when requests resume', () => {
    const now = new Date(2026, 10, 20, 14, 0).getTime();
    render(<ErrorNotice error={{ kind: 'rate-limited', message: '429', retryAfterMs: 30 * 60_000 }} now={now} />);
    expect(screen.getByRole('alert').textContent).toMatch(/Requests resume at 2:30/);
  });

  it('a missing key points to settings', () => {
    render(<ErrorNotice error={{ kind: 'no-key', message: '' }} onOpenSettings={() => {}} />);
    expect(screen.getByText(/No API key configured/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open settings' })).toBeTruthy();
  });
});

describe('ShipmentSummary', () => {
  it('shows status, carrier link, countries and ages', () => {
    render(<ShipmentSummary shipment={parcel()} />);
    expect(screen.getByText('In transit')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'UPS' });
    expect(link.getAttribute('href')).toContain('https://www.ups.com/');
    expect(screen.getByText(/China/).textContent).toContain('Italy');
    expect(screen.getByText('8 d')).toBeTruthy();
  });

  it('never links a javascript: URL', () => {
    render(<ShipmentSummary shipment={parcel({ weblink: 'javascript:alert(1)' })} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('UPS')).toBeTruthy();
  });
});

describe('FlightLegs and RouteMap', () => {
  it('draws the route left to right with a text alternative', () => {
    render(<RouteMap route={['XMN', 'LUX', 'MXP']} />);
    const svg = screen.getByRole('img');
    expect(svg.getAttribute('aria-label')).toBe('Route: XMN → LUX → MXP');
    const xs = [...svg.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cx')));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(svg.querySelectorAll('line')).toHaveLength(2);
  });

  it('lists each flight with planned vs actual times and a delay badge', () => {
    render(<FlightLegs air={CARGOLUX} />);
    const flights = document.querySelectorAll('.tp-flight');
    expect(flights).toHaveLength(2);
    expect(flights[0]!.textContent).toContain('CV9731');
    expect(flights[0]!.textContent).toContain('Delayed 2 hr 15 min');
    const departure = within(flights[0] as HTMLElement).getByRole('row', { name: /Departure/ });
    const cells = [...departure.querySelectorAll('td')].map((c) => c.textContent);
    expect(cells).toEqual(['Nov 18 01:10', 'Nov 18 03:25']);
    const head = [...flights[0]!.querySelectorAll('thead th')].map((c) => c.textContent);
    expect(head).toEqual(['planned', 'actual']);
    expect(flights[1]!.textContent).toContain('On time');
    expect(screen.getByRole('link', { name: 'Cargolux' }).getAttribute('href')).toContain('awb=172-28891936');
    expect(screen.getByText('12')).toBeTruthy();
    expect(screen.getByText('845 kg')).toBeTruthy();
  });
});

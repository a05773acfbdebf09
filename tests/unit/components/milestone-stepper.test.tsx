import { beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { MilestoneStepper } from '@/components/MilestoneStepper';
import { locale } from '@/utils/i18n';
import { CARGOLUX, event, parcel } from './fixtures';

beforeEach(() => {
  cleanup();
  locale.value = 'en';
});

const steps = () => within(screen.getByRole('list')).getAllByRole('listitem');

describe('MilestoneStepper', () => {
  it('names the list "Step 4 of 5: Out for delivery" and marks that step as current', () => {
    // the fixture parcel is out for delivery in Milano, after customs
    render(<MilestoneStepper shipment={parcel()} />);
    const list = screen.getByRole('list', { name: 'Step 4 of 5: Out for delivery' });
    expect(list.tagName).toBe('OL');
    expect(steps().map((li) => li.getAttribute('aria-current'))).toEqual([null, null, null, 'step', null]);
    expect(steps()[0]!.textContent).toBe('✓Received, done');
    expect(steps()[4]!.textContent).toBe('5Delivered');
    // the step numbers and ticks are decoration: the words carry the meaning
    expect(steps()[3]!.querySelector('.tp-step-dot')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('says where a problem happened, with "!" instead of colour alone', () => {
    render(
      <MilestoneStepper
        shipment={parcel({ status: 'exception', events: [event({ date: '2026-11-19 07:40', description: 'Held by customs', milestone: 'customs' })] })}
      />,
    );
    expect(screen.getByRole('list', { name: 'Step 3 of 5: In destination country, with a problem' })).toBeTruthy();
    expect(steps()[2]!.querySelector('.tp-step-dot')!.textContent).toBe('!');
  });

  it('has every step done once delivered, the last one still the current step', () => {
    render(<MilestoneStepper shipment={parcel({ status: 'delivered' })} />);
    expect(screen.getByRole('list', { name: 'Step 5 of 5: Delivered' })).toBeTruthy();
    expect(steps().every((li) => li.classList.contains('tp-step-done'))).toBe(true);
    expect(steps()[4]!.getAttribute('aria-current')).toBe('step');
  });

  it('before the carrier has it: no step current', () => {
    render(<MilestoneStepper shipment={parcel({ status: 'notfound', events: [] })} />);
    expect(screen.getByRole('list', { name: 'Not with the carrier yet' })).toBeTruthy();
    expect(steps().some((li) => li.hasAttribute('aria-current'))).toBe(false);
  });

  it('air waybills get four steps: booked, departed, arrived, delivered', () => {
    render(
      <MilestoneStepper
        shipment={parcel({
          kind: 'awb',
          air: CARGOLUX,
          status: 'transit',
          events: [event({ date: '2026-11-18 01:40', description: 'DEP (CV9731)', milestone: 'departed', substatus: 'DEP' })],
        })}
      />,
    );
    expect(screen.getByRole('list', { name: 'Step 2 of 4: Departed' })).toBeTruthy();
    expect(steps().map((li) => li.textContent!.replace(/^[\d✓!]+/, '').replace(', done', ''))).toEqual([
      'Booked',
      'Departed',
      'Arrived',
      'Delivered',
    ]);
  });

  it('shows the expected delivery window beside it when known', () => {
    render(
      <MilestoneStepper
        shipment={parcel()}
        eta={{ source: 'transit', from: Date.UTC(2026, 10, 22, 12), to: Date.UTC(2026, 10, 26, 12), minDays: 10, maxDays: 14 }}
      />,
    );
    expect(screen.getByText(/Nov 22 – Nov 26 \(usually 10–14 days\)/).textContent).toContain('Expected delivery');
  });

  it("shows the carrier's expected day short to the eye and in full to screen readers, in the UI language", () => {
    const day = { source: 'carrier' as const, day: Date.UTC(2026, 11, 3) };
    render(<MilestoneStepper shipment={parcel()} eta={day} />);
    const eta = document.querySelector('.tp-progress-eta')!;
    expect(eta.querySelector('[aria-hidden="true"]')!.textContent).toBe('Expected Thu, Dec 3');
    expect(eta.querySelector('.tp-sr-only')!.textContent).toBe("Expected delivery: Thursday, December 3 (the carrier's estimate)");
    cleanup();
    locale.value = 'pl';
    render(<MilestoneStepper shipment={parcel()} eta={day} />);
    const pl = document.querySelector('.tp-progress-eta')!;
    expect(pl.querySelector('[aria-hidden="true"]')!.textContent).toBe(
      `Przewidywane: ${new Intl.DateTimeFormat('pl', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(day.day)}`,
    );
    expect(pl.querySelector('.tp-sr-only')!.textContent).toContain('grudnia');
  });

  it('compact (the card): the current step in words, every step still listed for screen readers', () => {
    render(<MilestoneStepper shipment={parcel()} compact />);
    expect(document.querySelector('.tp-progress-summary')!.textContent).toBe('Step 4 of 5: Out for delivery');
    expect(steps()).toHaveLength(5);
    expect(steps()[1]!.querySelector('.tp-sr-only')!.textContent).toContain('In transit');
  });

  it('speaks the user’s language', () => {
    locale.value = 'pl';
    render(<MilestoneStepper shipment={parcel()} />);
    expect(screen.getByRole('list', { name: 'Etap 4 z 5: W doręczeniu' })).toBeTruthy();
  });
});

// One status vocabulary: a notification names a status with the same words as the popup's badge.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { StatusBadge } from '@/components/StatusBadge';
import { describeChange, planNotifications } from '@/utils/background/poll/notifications';
import { LOCALES, locale } from '@/utils/i18n';
import { STATUSES } from '@/utils/shipments/types';
import { statusLabel } from '@/utils/ui/labels';
import type { PendingChange } from '@/utils/background/poll/poll-state';

afterEach(() => {
  cleanup();
  locale.value = 'en';
});

const change = (status: string, title = 'Shoes'): PendingChange => ({
  key: `ups:1Z${status}`,
  number: `1Z${status}`,
  carrier: 'ups',
  title,
  change: 'status',
  status,
  detail: null,
});

function badgeText(status: (typeof STATUSES)[number]): string {
  const { container } = render(<StatusBadge status={status} />);
  const text = container.querySelector('.tp-badge-text')!.textContent!;
  cleanup();
  return text;
}

describe('status words', () => {
  it.each(LOCALES)('notification and popup badge agree for every status (%s)', (lang) => {
    locale.value = lang;
    for (const status of STATUSES) {
      const words = badgeText(status);
      const shown = describeChange(change(status));
      expect(shown.title).toContain(words);
      expect(shown.message).toBe(words);
      expect(planNotifications([1, 2, 3, 4].map((i) => change(status, `P${i}`)), 'all', 'r1')[0]!.message).toContain(`P1: ${words}`);
    }
  });

  it('uses the chosen English words', () => {
    expect(badgeText('pickup')).toBe('Ready for pickup');
    expect(badgeText('notfound')).toBe('No information yet');
    expect(badgeText('exception')).toBe('Problem');
    expect(badgeText('undelivered')).toBe('Delivery attempt failed');
    expect(describeChange(change('pickup')).message).toBe('Ready for pickup');
  });

  it('keeps a stored status it does not know as written', () => {
    expect(statusLabel('lost-in-space')).toBe('lost-in-space');
  });
});

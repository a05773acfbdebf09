// Turns the changes a poll found into system notifications. IDs are deterministic, so showing the same
// change again after a worker restart replaces the notification instead of adding a second one.
import { browser } from 'wxt/browser';
import type { NotifyRule } from '../../settings/model';
import type { PendingChange } from './poll-state';
import { t, type MessageKey } from '../../i18n';
import { statusLabel } from '../../ui/labels';
import { extensionUrl } from '../../extension';
import { detailsUrl, listUrl } from '../details-url';

export interface PlannedNotification {
  id: string;
  title: string;
  message: string;
}

/** More than this many at once become one grouped notification. */
export const GROUP_ABOVE = 3;
const PREFIX = 'tp';

export function isImportant(change: PendingChange): boolean {
  return change.change === 'delivered' || change.change === 'exception';
}

export function passesRule(change: PendingChange, rule: NotifyRule): boolean {
  if (rule === 'none') return false;
  return rule === 'all' || isImportant(change);
}

function label(change: Pick<PendingChange, 'title' | 'number'>): string {
  return change.title?.trim() || change.number;
}

/** Notification text is plain text: strip control characters and cap length (carrier texts can be long). */
export function plain(text: string, max = 200): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return clean.length > max ? clean.slice(0, max - 1) + '…' : clean;
}

export function shipmentNotificationId(kind: 'c' | 'l', carrier: string, number: string, suffix: string): string {
  return [PREFIX, kind, encodeURIComponent(carrier), encodeURIComponent(number), suffix].join('|');
}

export function describeChange(change: PendingChange): PlannedNotification {
  const name = label(change);
  const titles: Record<PendingChange['change'], string> = {
    delivered: t('bg_notifDelivered', name),
    'out-for-delivery': t('bg_notifOutForDelivery', name),
    exception: t('bg_notifException', name),
    status: t('bg_notifStatus', name, statusLabel(change.status)),
  };
  return {
    id: shipmentNotificationId('c', change.carrier, change.number, change.status),
    title: plain(titles[change.change], 120),
    message: plain(change.detail ?? statusLabel(change.status)),
  };
}

/** One notification per change, or one grouped notification when more than three arrive together. */
export function planNotifications(changes: PendingChange[], rule: NotifyRule, runId: string): PlannedNotification[] {
  const wanted = changes.filter((c) => passesRule(c, rule));
  if (wanted.length <= GROUP_ABOVE) return wanted.map(describeChange);
  const lines = wanted.slice(0, GROUP_ABOVE).map((c) => `${label(c)}: ${statusLabel(c.status)}`);
  if (wanted.length > GROUP_ABOVE) lines.push(t('bg_notifGroupMore', wanted.length - GROUP_ABOVE));
  return [
    {
      id: [PREFIX, 'g', runId].join('|'),
      title: plain(t('bg_notifGroupTitle', wanted.length), 120),
      message: plain(lines.join('\n').replace(/\n/g, '; '), 400),
    },
  ];
}

export async function showNotification(n: PlannedNotification): Promise<void> {
  await browser.notifications.create(n.id, {
    type: 'basic',
    iconUrl: extensionUrl('/icon/128.png'),
    title: n.title,
    message: n.message,
  });
}

export async function showAll(list: PlannedNotification[]): Promise<void> {
  for (const n of list) {
    try {
      await showNotification(n);
    } catch (error) {
      // A notification that cannot be shown (permission revoked, OS setting) must not fail the poll.
      console.warn('Trackpin: notification failed', error);
    }
  }
}

/** Where a click on one of our notifications leads; null for IDs that are not ours. */
export function clickTarget(id: string): string | null {
  const parts = id.split('|');
  if (parts[0] !== PREFIX) return null;
  if (parts[1] === 'g') return listUrl();
  if ((parts[1] === 'c' || parts[1] === 'l') && parts[2] !== undefined && parts[3] !== undefined) {
    return detailsUrl(decodeURIComponent(parts[2]), decodeURIComponent(parts[3]));
  }
  return null;
}

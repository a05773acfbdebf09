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

/** This many changes or more in one poll become one grouped notification. */
export const GROUP_FROM = 2;
/** A grouped notification names this many parcels, then "and N more". */
const GROUP_LINES = 3;
const PREFIX = 'tp';

export function isImportant(change: PendingChange): boolean {
  return change.change === 'delivered' || change.change === 'exception' || change.change === 'stalled';
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
    stalled: t('bg_notifStalled', name, change.days ?? 0),
  };
  return {
    id: shipmentNotificationId('c', change.carrier, change.number, change.change === 'stalled' ? 'stalled' : change.status),
    title: plain(titles[change.change], 120),
    message: plain(change.detail ?? statusLabel(change.status)),
  };
}

function grouped(wanted: PendingChange[], id: string, title: string): PlannedNotification {
  const lines = wanted.slice(0, GROUP_LINES).map((c) => `${label(c)}: ${c.change === 'stalled' ? t('bg_notifStalledShort') : statusLabel(c.status)}`);
  if (wanted.length > GROUP_LINES) lines.push(t('bg_notifGroupMore', wanted.length - GROUP_LINES));
  return { id: [PREFIX, 'g', id].join('|'), title: plain(title, 120), message: plain(lines.join('; '), 400) };
}

/** One notification for a single change; two or more in one poll become one grouped notification (click: the list). */
export function planNotifications(changes: PendingChange[], rule: NotifyRule, runId: string): PlannedNotification[] {
  const wanted = changes.filter((c) => passesRule(c, rule));
  if (wanted.length < GROUP_FROM) return wanted.map(describeChange);
  return [grouped(wanted, runId, t('bg_notifGroupTitle', wanted.length))];
}

/** What quiet hours held, told in one notification when they end (click: the list). */
export function planDigest(held: PendingChange[], id: string): PlannedNotification[] {
  return held.length === 0 ? [] : [grouped(held, `digest-${id}`, t('bg_notifDigestTitle', held.length))];
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

// The one table of status and milestone words and icons, for the popup, the in-page card and the
// notifications alike. A status is an icon glyph plus a text label, so it never rests on colour alone.
import { STATUSES, type Milestone, type Status } from '../shipments/types';
import { t, type MessageKey } from '../i18n';

export const STATUS_ICON: Record<Status, string> = {
  pending: '◷',
  notfound: '?',
  transit: '➜',
  pickup: '⌂',
  delivered: '✓',
  undelivered: '↺',
  exception: '!',
  expired: '⌛',
};

export const STATUS_LABEL: Record<Status, MessageKey> = {
  pending: 'ui_status_pending',
  notfound: 'ui_status_notfound',
  transit: 'ui_status_transit',
  pickup: 'ui_status_pickup',
  delivered: 'ui_status_delivered',
  undelivered: 'ui_status_undelivered',
  exception: 'ui_status_exception',
  expired: 'ui_status_expired',
};

export const MILESTONE_LABEL: Record<Milestone, MessageKey> = {
  received: 'ui_milestone_received',
  departed: 'ui_milestone_departed',
  'arrived-abroad': 'ui_milestone_arrivedAbroad',
  customs: 'ui_milestone_customs',
  'arrived-destination': 'ui_milestone_arrivedDestination',
  'out-for-delivery': 'ui_milestone_outForDelivery',
  delivered: 'ui_milestone_delivered',
};

const KNOWN: ReadonlySet<string> = new Set(STATUSES);

/** The status in words, for text-only surfaces (notifications); a stored status we don't know stays as is. */
export function statusLabel(status: string): string {
  return KNOWN.has(status) ? t(STATUS_LABEL[status as Status]) : status;
}

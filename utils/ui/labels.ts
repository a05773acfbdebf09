// The one table of status and milestone words and icons, for the popup, the in-page card and the
// notifications alike. A status is an icon glyph plus a text label, so it never rests on colour alone.
import { STATUSES, type Milestone, type Status } from '../shipments/types';
import type { ProgressStep } from '../shipments/milestones';
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

/** The stepper's steps (utils/shipments/milestones.ts), parcel and air waybill. */
export const STEP_LABEL: Record<ProgressStep, MessageKey> = {
  received: 'ui_step_received',
  'in-transit': 'ui_step_inTransit',
  'in-destination': 'ui_step_inDestination',
  'out-for-delivery': 'ui_step_outForDelivery',
  delivered: 'ui_step_delivered',
  booked: 'ui_step_booked',
  departed: 'ui_step_departed',
  arrived: 'ui_step_arrived',
};

const KNOWN: ReadonlySet<string> = new Set(STATUSES);

/** The status in words, for text-only surfaces (notifications); a stored status we don't know stays as is. */
export function statusLabel(status: string): string {
  return KNOWN.has(status) ? t(STATUS_LABEL[status as Status]) : status;
}

/** Carrier-specific fields a courier may require (v4 error 4122), as the popup's form and the messages name them. */
export const CARRIER_FIELD_LABEL: Record<string, MessageKey> = {
  tracking_postal_code: 'popup_field_postalCode',
  tracking_ship_date: 'popup_field_shipDate',
  tracking_destination_country: 'popup_field_destCountry',
  tracking_account_number: 'popup_field_account',
};

/** "Postal code, Ship date": the known fields in the user's language, unknown ones left out. */
export function carrierFieldNames(fields: readonly string[]): string {
  return fields.flatMap((f) => (CARRIER_FIELD_LABEL[f] ? [t(CARRIER_FIELD_LABEL[f])] : [])).join(', ');
}

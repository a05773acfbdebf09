// The provider-neutral shipment model. Everything the UI and the background show or store is in these
// shapes; provider replies are turned into them by the normalisers in this folder.

/** The 8 TrackingMore v2 package statuses (TrackRU uses the same set). */
export const STATUSES = [
  'pending',
  'notfound',
  'transit',
  'pickup',
  'delivered',
  'undelivered',
  'exception',
  'expired',
] as const;
export type Status = (typeof STATUSES)[number];

export type ShipmentKind = 'parcel' | 'awb';

/** Milestones a user recognises; from checkpoint `ItemNode`, substatus or carrier-info timestamps. */
export type Milestone =
  | 'received'
  | 'departed'
  | 'arrived-abroad'
  | 'customs'
  | 'arrived-destination'
  | 'out-for-delivery'
  | 'delivered';

export interface TrackingEvent {
  /** As the carrier wrote it: `YYYY-MM-DD HH:mm[:ss]`, carrier-local time. */
  date: string;
  /** True when `date` carries no zone (carrier-local time); the UI labels it so. */
  localTime: boolean;
  description: string;
  location: string;
  status: Status | null;
  substatus: string | null;
  milestone: Milestone | null;
  /** Which carrier leg reported it. */
  leg: 'origin' | 'destination';
}

export interface CarrierLeg {
  carrierCode: string;
  /** http(s) only, else null. */
  weblink: string | null;
  phone: string | null;
  events: TrackingEvent[];
}

export interface FlightLeg {
  flightNumber: string;
  from: string;
  to: string;
  plannedDeparture: string | null;
  actualDeparture: string | null;
  plannedArrival: string | null;
  actualArrival: string | null;
  /** Actual minus planned arrival (or departure when arrival is unknown), minutes; null when unknown. */
  delayMinutes: number | null;
}

export interface AirCargoInfo {
  pieces: number | null;
  weight: string | null;
  origin: string | null;
  destination: string | null;
  /** Stations in flight order, e.g. ['XMN', 'LUX', 'MXP']. */
  route: string[];
  flights: FlightLeg[];
  airline: { name: string; url: string | null; trackUrl: string | null } | null;
}

export interface Shipment {
  /** Provider id when known, else `${carrier}:${number}`. */
  id: string;
  number: string;
  carrier: { code: string; name: string };
  kind: ShipmentKind;
  status: Status;
  substatus: string | null;
  title: string | null;
  orderId: string | null;
  notes: string | null;
  originCountry: string | null;
  destinationCountry: string | null;
  /** All events of both legs, newest first. */
  events: TrackingEvent[];
  origin: CarrierLeg | null;
  destination: CarrierLeg | null;
  daysInTransit: number | null;
  daysSinceLastEvent: number | null;
  /** ISO time the provider last refreshed it, or the newest event's date. */
  lastUpdate: string | null;
  /** Carrier web link, http(s) only. */
  weblink: string | null;
  archived: boolean;
  /** Present for air waybills. */
  air: AirCargoInfo | null;
  /**
   * The carrier's own expected delivery day, `YYYY-MM-DD` (v4 `scheduled_delivery_date`), null when it gives
   * none or an unreadable one. Optional: shipments stored before it existed simply lack it.
   */
  expectedDelivery?: string | null;
}

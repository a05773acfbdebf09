// The "carrier world": what each carrier knows about a number, as a scripted history revealed as the
// sandbox clock passes each event. It is shared by all API keys; which numbers a key tracks is the account's
// business (state.ts).
import { createHash } from 'node:crypto';

export type Status = 'pending' | 'notfound' | 'transit' | 'pickup' | 'delivered' | 'undelivered' | 'exception' | 'expired';
export const STATUSES: readonly Status[] = ['pending', 'notfound', 'transit', 'pickup', 'delivered', 'undelivered', 'exception', 'expired'];

export type Milestone = 'ItemReceived' | 'ItemDispatched' | 'DepartfromAirport' | 'ArrivalfromAbroad' | 'CustomsClearance' | 'DestinationArrived';
export const MILESTONES: readonly Milestone[] = ['ItemReceived', 'ItemDispatched', 'DepartfromAirport', 'ArrivalfromAbroad', 'CustomsClearance', 'DestinationArrived'];

export interface ScriptedEvent {
  /** When the carrier reports it (ms); hidden until the clock reaches it. */
  at: number;
  Date: string;
  StatusDescription: string;
  Details: string;
  checkpoint_status: Status;
  substatus: string | null;
  ItemNode: Milestone | null;
  leg: 'origin' | 'destination';
}

export interface WorldShipment {
  number: string;
  carrier: string;
  /** Carrier of the destination leg, when the parcel changes hands at the border. */
  destinationCarrier: string | null;
  originalCountry: string;
  destinationCountry: string;
  destinationCode: string;
  weblink: string | null;
  /** Oldest first. */
  events: ScriptedEvent[];
  /** The carrier's expected delivery day (`YYYY-MM-DD`), which v4 replies carry as `scheduled_delivery_date`. */
  scheduledDelivery?: string;
  /** Seed replies served verbatim (the 4PX doc example); account fields are laid over it. */
  snapshot?: Record<string, unknown>;
}

const HOUR = 3_600_000;

/** `YYYY-MM-DD HH:mm:ss` in UTC, the carrier-local format of checkpoint dates. */
export function formatCarrierDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

export function parseCarrierDate(text: string): number {
  return Date.parse(text.replace(' ', 'T') + 'Z');
}

export function hashHex(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

export class World {
  private readonly shipments = new Map<string, WorldShipment>();

  constructor(
    readonly epoch: number,
    seeded: WorldShipment[],
  ) {
    for (const s of seeded) this.shipments.set(s.number, s);
  }

  get(number: string): WorldShipment | undefined {
    return this.shipments.get(number);
  }

  /** The carrier's view: nothing when asked under another carrier code than the one that has the parcel. */
  lookup(number: string, carrier: string): WorldShipment | undefined {
    const s = this.shipments.get(number);
    return s && s.carrier === carrier ? s : undefined;
  }

  /** A newly created tracking of an unknown number gets a plausible history, the same for the same number. */
  ensure(number: string, carrier: string): WorldShipment {
    const existing = this.shipments.get(number);
    if (existing) return existing;
    const generated = generateShipment(number, carrier, this.epoch);
    this.shipments.set(number, generated);
    return generated;
  }
}

/** Events visible at `now`, newest first (the API's order). */
export function revealed(ship: WorldShipment | undefined, now: number, leg?: ScriptedEvent['leg']): ScriptedEvent[] {
  if (!ship) return [];
  return ship.events.filter((e) => e.at <= now && (!leg || e.leg === leg)).reverse();
}

const ROUTES = [
  { from: 'China', fromCity: 'Shenzhen', to: 'Germany', toCode: 'DE', toCity: 'Frankfurt' },
  { from: 'China', fromCity: 'Guangzhou', to: 'Poland', toCode: 'PL', toCity: 'Warszawa' },
  { from: 'United States', fromCity: 'Memphis, TN', to: 'United States', toCode: 'US', toCity: 'Denver, CO' },
  { from: 'Netherlands', fromCity: 'Amsterdam', to: 'Italy', toCode: 'IT', toCity: 'Milano' },
  { from: 'Germany', fromCity: 'Leipzig', to: 'Spain', toCode: 'ES', toCity: 'Madrid' },
];

const STEPS: Array<[Status, string | null, string, 'from' | 'to', Milestone | null]> = [
  ['notfound', 'notfound001', 'Shipment information received', 'from', null],
  ['transit', 'transit001', 'Accepted at origin facility', 'from', 'ItemReceived'],
  ['transit', 'transit002', 'Departed from origin sorting center', 'from', 'DepartfromAirport'],
  ['transit', 'transit004', 'Arrived in destination country', 'to', 'ArrivalfromAbroad'],
  ['transit', 'transit005', 'Customs clearance completed', 'to', 'CustomsClearance'],
  ['transit', 'transit003', 'Arrived at delivery facility', 'to', 'DestinationArrived'],
  ['pickup', 'pickup001', 'Out for delivery', 'to', null],
  ['delivered', 'delivered001', 'Delivered', 'to', null],
];

function generateShipment(number: string, carrier: string, epoch: number): WorldShipment {
  const h = hashHex(number);
  const byte = (i: number) => parseInt(h.slice(i * 2, i * 2 + 2), 16);
  const route = ROUTES[byte(0) % ROUTES.length]!;
  // The parcel started 1–5 days before the sandbox epoch; later steps keep arriving as the clock advances.
  let at = epoch - (24 + (byte(1) % 97)) * HOUR;
  const events = STEPS.map(([status, substatus, description, where, node], i) => {
    if (i > 0) at += (6 + (byte(2 + i) % 25)) * HOUR;
    return {
      at,
      Date: formatCarrierDate(at),
      StatusDescription: description,
      Details: where === 'from' ? `${route.fromCity}, ${route.from}` : `${route.toCity}, ${route.to}`,
      checkpoint_status: status,
      substatus,
      ItemNode: node,
      leg: 'origin' as const,
    };
  });
  return {
    number,
    carrier,
    destinationCarrier: null,
    originalCountry: route.from,
    destinationCountry: route.to,
    destinationCode: route.toCode,
    weblink: null,
    events,
  };
}

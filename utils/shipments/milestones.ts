// Milestones, the one home: which milestone a checkpoint marks (from the provider's `ItemNode`, substatus or
// status, or an air-cargo status code), and how far a whole shipment has come on the stepper users read
// before any text (received → in transit → in the destination country → out for delivery → delivered;
// for air waybills booked → departed → arrived → delivered), with an exception flag.
import type { Milestone, Shipment, Status } from './types';

/** Carrier-info timestamp fields and checkpoint `ItemNode` values, as milestones. */
export const ITEM_NODE_MILESTONES: Readonly<Record<string, Milestone>> = {
  ItemReceived: 'received',
  ItemDispatched: 'departed',
  DepartfromAirport: 'departed',
  ArrivalfromAbroad: 'arrived-abroad',
  CustomsClearance: 'customs',
  DestinationArrived: 'arrived-destination',
};

const SUBSTATUS_MILESTONES: Readonly<Record<string, Milestone>> = {
  transit003: 'arrived-destination',
  transit004: 'arrived-abroad',
  transit005: 'customs',
  pickup001: 'out-for-delivery',
};

/** Milestone of a checkpoint: its `ItemNode` first, then its substatus, then its status. */
export function milestoneOf(
  itemNode: string | null,
  substatus: string | null,
  status: Status | null,
): Milestone | null {
  const fromNode = itemNode ? ITEM_NODE_MILESTONES[itemNode] : undefined;
  if (fromNode) return fromNode;
  if (substatus) {
    const fromSub = SUBSTATUS_MILESTONES[substatus];
    if (fromSub) return fromSub;
    if (substatus.startsWith('delivered')) return 'delivered';
  }
  if (status === 'delivered') return 'delivered';
  if (status === 'pickup') return 'out-for-delivery';
  return null;
}

/** Milestone of an air-cargo event (IATA Cargo-IMP code); arrival counts only at the final station. */
export function airMilestoneOf(code: string | null, station: string | null, destination: string | null): Milestone | null {
  switch (code) {
    case 'RCS':
      return 'received';
    case 'DEP':
      return 'departed';
    case 'ARR':
    case 'RCF':
      return station && station === destination ? 'arrived-destination' : null;
    case 'NFD':
    case 'AWD':
      return 'out-for-delivery';
    case 'DLV':
      return 'delivered';
    default:
      return null;
  }
}

export const PARCEL_STEPS = ['received', 'in-transit', 'in-destination', 'out-for-delivery', 'delivered'] as const;
export const AWB_STEPS = ['booked', 'departed', 'arrived', 'delivered'] as const;
export type ProgressStep = (typeof PARCEL_STEPS)[number] | (typeof AWB_STEPS)[number];

export interface Progress {
  steps: readonly ProgressStep[];
  /** Index of the step reached, -1 before the carrier has the parcel. */
  current: number;
  /** The shipment has a problem (exception, failed delivery) at the current step. */
  exception: boolean;
}

// Step index each milestone proves, for parcels and for air cargo (where the consignee collects at the
// destination airport, so "notified for delivery" is still "arrived").
const PARCEL_STEP_OF: Readonly<Record<Milestone, number>> = {
  received: 0,
  departed: 1,
  'arrived-abroad': 2,
  customs: 2,
  'arrived-destination': 2,
  'out-for-delivery': 3,
  delivered: 4,
};
const AWB_STEP_OF: Readonly<Record<Milestone, number>> = {
  received: 0,
  departed: 1,
  'arrived-abroad': 1,
  customs: 2,
  'arrived-destination': 2,
  'out-for-delivery': 2,
  delivered: 3,
};

/** The least step a status proves on its own (a status says less than a milestone: transit is only "moving"). */
function statusFloor(status: Status | null, last: number): number {
  switch (status) {
    case 'delivered':
      return last;
    case 'pickup':
    case 'undelivered':
      return last - 1;
    case 'transit':
      return 1;
    default:
      return -1;
  }
}

const PROBLEM: ReadonlySet<Status> = new Set(['exception', 'undelivered']);

/**
 * How far the shipment has come: the furthest step any checkpoint or the current status proves (steps never
 * go back: a later vague checkpoint does not undo an arrival). Any checkpoint at all means the carrier has it.
 */
export function shipmentProgress(shipment: Pick<Shipment, 'kind' | 'status' | 'events'>): Progress {
  const air = shipment.kind === 'awb';
  const steps = air ? AWB_STEPS : PARCEL_STEPS;
  const stepOf = air ? AWB_STEP_OF : PARCEL_STEP_OF;
  const last = steps.length - 1;
  let current = shipment.events.length > 0 ? 0 : -1;
  for (const e of shipment.events) {
    current = Math.max(current, e.milestone ? stepOf[e.milestone] : -1, statusFloor(e.status, last));
  }
  // A status the user set by hand ("mark delivered") or the provider's overall word counts too.
  current = Math.max(current, statusFloor(shipment.status, last));
  const exception = PROBLEM.has(shipment.status);
  // A problem before anything was scanned still sits on the first step, so the user sees where it is.
  return { steps, current: exception ? Math.max(current, 0) : current, exception };
}

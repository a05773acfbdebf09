import { STATUSES, type Milestone, type Status } from './types';

const STATUS_SET: ReadonlySet<string> = new Set(STATUSES);

// Write-side numeric codes (PUT status 4/7) echo back as "4"/"7" in TrackRU replies; later API versions
// say "inforeceived" and "intransit" where v2 says notfound/transit.
const ALIASES: Readonly<Record<string, Status>> = {
  '4': 'delivered',
  '7': 'exception',
  inforeceived: 'notfound',
  intransit: 'transit',
  outfordelivery: 'pickup',
};

/** A provider status string as one of the 8 statuses; `fallback` when missing or unknown. */
export function toStatus(raw: string | null | undefined, fallback: Status = 'notfound'): Status {
  const key = raw?.trim().toLowerCase().replace(/[\s_-]/g, '');
  if (!key) return fallback;
  if (STATUS_SET.has(key)) return key as Status;
  return ALIASES[key] ?? fallback;
}

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

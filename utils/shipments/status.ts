import { STATUSES, type Status } from './types';

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

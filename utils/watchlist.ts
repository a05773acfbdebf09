// A pinned shipment as kept in the watchlist.
import type { Shipment } from './shipments/types';
import type { ErrorInfo } from './messages/protocol';

export interface PinnedShipment {
  /** `${carrier}:${number}`: stable across providers and reinstalls. */
  key: string;
  number: string;
  carrier: string;
  pinnedAt: number;
  /** User's own title and notes (also sent to the provider as title/comment). */
  title: string | null;
  notes: string | null;
  /** Last good data; kept when a refresh fails. */
  shipment: Shipment | null;
  lastCheckedAt: number | null;
  lastError: ErrorInfo | null;
  unread: boolean;
  archived: boolean;
}

export function pinKey(carrier: string, number: string): string {
  return `${carrier}:${number}`;
}

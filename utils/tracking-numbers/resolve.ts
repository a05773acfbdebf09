// Which number a user typed or clicked, and which carrier to assume for it: the one home of that rule for
// the popup, the content script and the background (all built on the engine's identifyTrackingNumber).
import { identifyTrackingNumber } from './identify';
import type { TrackingNumberMatch } from './types';

/** An identified number: normalised as the engine writes it, with its candidate carriers, best first (its own copy). */
export type IdentifiedNumber = Pick<TrackingNumberMatch, 'number' | 'kind' | 'airline'> & { carriers: string[] };

/** Unicode spaces (incl. U+00A0, U+2009, U+202F) and dashes (U+2010, U+2011, '-'), as the engine reads them. */
const SEPARATORS = /[\s\u00a0\u2009\u202f\-\u2010\u2011]+/g;

/** A typed or clicked number without its separators, upper case. */
export function normalizeNumber(input: string): string {
  return input.replace(SEPARATORS, '').toUpperCase();
}

/** The engine's verdict on a typed or clicked number (or a tracking link); null when it is not one. */
export function identify(input: string): IdentifiedNumber | null {
  const match = identifyTrackingNumber(input);
  if (!match) return null;
  const id: IdentifiedNumber = { number: match.number, kind: match.kind, carriers: [...match.carriers] };
  if (match.airline) id.airline = match.airline;
  return id;
}

/** Like `identify`, but a number the engine does not know is still looked up: a parcel of unknown carrier. */
export function identifyOrParcel(input: string): IdentifiedNumber {
  return identify(input) ?? { number: normalizeNumber(input), kind: 'parcel', carriers: [] };
}

/**
 * Whether text could be a tracking number at all: one the engine identifies, or one with at least four
 * digits (formats it does not know still carry digits). "hello world" is answered without an API call.
 */
export function looksLikeTrackingNumber(input: string): boolean {
  return identify(input) != null || (input.match(/\d/g)?.length ?? 0) >= 4;
}

/** Carrier codes worth offering for a number (e.g. in "change carrier"). */
export function candidateCarriers(input: string): string[] {
  return identify(input)?.carriers ?? [];
}

/**
 * `first`: the best candidate even when others are possible (a list must pick one);
 * `only-if-unambiguous`: no carrier unless there is a single candidate (the lookup asks the provider).
 */
export type CarrierPolicy = 'first' | 'only-if-unambiguous';

/** An air waybill is carried by its airline: the IATA prefix is the carrier code. */
export function defaultCarrier(id: Pick<IdentifiedNumber, 'number' | 'kind' | 'carriers'>, policy: CarrierPolicy): string | undefined {
  if (id.kind === 'awb') return id.number.slice(0, 3);
  if (policy === 'first' || id.carriers.length === 1) return id.carriers[0];
  return undefined;
}

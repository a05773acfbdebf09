// Which number and carrier a lookup or pin is about: the detection engine first (free, local), the
// provider's detect endpoint only when the engine cannot decide (it costs quota).
import { identifyTrackingNumber } from '../tracking-numbers';
import type { TrackingClient } from '../api';
import { isApiError } from '../api/api-error';
import { noCarrier } from './background-error';
import { awbCarrier, isAwb, normaliseAwb } from './api';

export interface Identified {
  number: string;
  kind: 'parcel' | 'awb';
  /** Local candidates, best first (may be empty). */
  candidates: string[];
}

/** Local only: normalised number, kind and candidate carriers. */
export function identifyLocally(input: string): Identified {
  const match = identifyTrackingNumber(input);
  if (match) return { number: match.number, kind: match.kind, candidates: [...match.carriers] };
  if (isAwb(input)) return { number: normaliseAwb(input), kind: 'awb', candidates: [] };
  return { number: input.replace(/[\s-]+/g, '').toUpperCase(), kind: 'parcel', candidates: [] };
}

/** The carrier for a parcel: the caller's, else the only local candidate, else the provider's detection. */
export async function resolveCarrier(id: Identified, given: string | undefined, client: TrackingClient): Promise<string> {
  if (id.kind === 'awb') return awbCarrier(id.number);
  if (given) return given;
  if (id.candidates.length === 1) return id.candidates[0]!;
  let detected: { code: string }[] = [];
  try {
    detected = await client.detectCarrier(id.number);
  } catch (error) {
    // 4032 "cannot detect": fall back to the engine's best guess if it had one.
    if (!isApiError(error, 'not-found')) throw error;
  }
  const codes = detected.map((d) => d.code).filter(Boolean);
  const agreed = codes.find((c) => id.candidates.includes(c));
  const chosen = agreed ?? codes[0] ?? id.candidates[0];
  if (!chosen) throw noCarrier();
  return chosen;
}

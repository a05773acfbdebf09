// The carrier a lookup or pin goes to: the detection engine's first (free, local), the provider's detect
// endpoint only when the engine cannot decide (it costs quota).
import { defaultCarrier, type IdentifiedNumber } from '../tracking-numbers';
import type { TrackingClient } from '../api';
import { isApiError } from '../api/api-error';
import { noCarrier } from './background-error';

/** An AWB's airline; else the caller's carrier, the only local candidate, or the provider's detection. */
export async function resolveCarrier(id: IdentifiedNumber, given: string | undefined, client: TrackingClient): Promise<string> {
  const local = defaultCarrier(id, 'only-if-unambiguous');
  if (id.kind === 'awb' && local) return local;
  if (given) return given;
  if (local) return local;
  let detected: { code: string }[] = [];
  try {
    detected = await client.detectCarrier(id.number);
  } catch (error) {
    // 4032 "cannot detect": fall back to the engine's best guess if it had one.
    if (!isApiError(error, 'not-found')) throw error;
  }
  const codes = detected.map((d) => d.code).filter(Boolean);
  const agreed = codes.find((c) => id.carriers.includes(c));
  const chosen = agreed ?? codes[0] ?? id.carriers[0];
  if (!chosen) throw noCarrier();
  return chosen;
}

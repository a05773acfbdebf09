// The carrier a lookup or pin goes to: the detection engine's first (free, local), then the user's own
// earlier pick for this number, and the provider's detect endpoint only when neither decides (it costs
// quota). When nothing decides, the caller gets no-carrier with the candidates, for the user to pick.
import { defaultCarrier, type IdentifiedNumber } from '../tracking-numbers';
import type { TrackingClient } from '../api';
import { TrackingApiError } from '../api/api-error';
import { noCarrier } from './background-error';
import { rememberedCarrier } from './carrier-choices';

/** The provider could not detect: 4032, no detect endpoint (404/405), or detection not offered at all. */
function cannotDetect(error: unknown): boolean {
  if (!(error instanceof TrackingApiError)) return false;
  return error.kind === 'not-found' || error.kind === 'unsupported' || (error.kind === 'invalid-input' && (error.code === 404 || error.code === 405));
}

/** An AWB's airline; else the caller's carrier, the only local candidate, a remembered pick, or the provider's detection. */
export async function resolveCarrier(id: IdentifiedNumber, given: string | undefined, client: TrackingClient): Promise<string> {
  const local = defaultCarrier(id, 'only-if-unambiguous');
  if (id.kind === 'awb' && local) return local;
  if (given) return given;
  if (local) return local;
  const remembered = await rememberedCarrier(id.number);
  if (remembered) return remembered;
  let detected: { code: string }[] = [];
  try {
    detected = await client.detectCarrier(id.number);
  } catch (error) {
    if (!cannotDetect(error)) throw error;
  }
  const codes = detected.map((d) => d.code).filter(Boolean);
  const chosen = codes.find((c) => id.carriers.includes(c)) ?? codes[0];
  // Several fit and the provider could not tell: the user picks (a guess would show a wrong "not found").
  if (!chosen) throw noCarrier(id.carriers);
  return chosen;
}

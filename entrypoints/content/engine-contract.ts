// What the content script and the detection engine's script (entrypoints/engine.ts, loaded once a frame's
// text holds a candidate) share: the engine's script leaves its functions on the content script's global (an
// isolated world the page cannot see).
import type { findTrackingNumbers, findTrackingNumbersInUrl, identifyOrParcel } from '@/utils/tracking-numbers';

export const ENGINE_GLOBAL = '__trackpinEngine';

export interface PageEngine {
  find: typeof findTrackingNumbers;
  findInUrl: typeof findTrackingNumbersInUrl;
  identify: typeof identifyOrParcel;
}

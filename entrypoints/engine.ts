// The detection engine's script, injected by the background into a frame once its text holds a candidate
// (entrypoints/content/lazy-engine.ts): pages with nothing that looks like a number never parse it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { findTrackingNumbers, findTrackingNumbersInUrl, identifyOrParcel } from '@/utils/tracking-numbers';
import { ENGINE_GLOBAL, type PageEngine } from './content/engine-contract';

const engine: PageEngine = { find: findTrackingNumbers, findInUrl: findTrackingNumbersInUrl, identify: identifyOrParcel };

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = engine;
});

// The detection engine, loaded into the frame the first time its text may hold a number (prefilter.ts):
// most pages never have one and never parse the engine. Until it is in, finds report nothing; `onLoading`
// lets the page scan stop there, and `onLoaded` has the page read again with the engine.
import type { TrackingNumberMatch } from '@/utils/tracking-numbers';
import { mayHoldNumber, mayHoldNumberInUrl } from '@/utils/tracking-numbers/prefilter';
import { ENGINE_GLOBAL, type PageEngine } from './engine-contract';
import { loadPageScript } from './page-script';

const NONE: readonly TrackingNumberMatch[] = [];

export interface LazyEngine {
  /** The engine's matches in `text`; none while it is loading (which a possible number starts). */
  find(text: string): readonly TrackingNumberMatch[];
  findInUrl(href: string): readonly TrackingNumberMatch[];
  /** The engine, loading it if need be (a user's action: a failed load is tried again). */
  ready(): Promise<PageEngine>;
}

export interface LazyEngineEvents {
  onLoading(): void;
  onLoaded(): void;
  onError(error: unknown): void;
}

export function createLazyEngine({ onLoading, onLoaded, onError }: LazyEngineEvents): LazyEngine {
  let engine: PageEngine | null = null;
  let loading: Promise<PageEngine> | null = null;
  let failed = false;
  const load = () =>
    (loading ??= loadPageScript<PageEngine>('engine', ENGINE_GLOBAL).then((loaded) => {
      engine = loaded;
      onLoaded();
      return loaded;
    }, (error: unknown) => {
      loading = null;
      failed = true;
      throw error;
    }));
  // A page's text never asks twice after a failure (the extension was updated meanwhile, or the tab is gone).
  const start = () => {
    if (loading || failed) return;
    load().catch(onError);
    onLoading();
  };
  return {
    find(text) {
      if (!mayHoldNumber(text)) return NONE;
      if (engine) return engine.find(text);
      start();
      return NONE;
    },
    findInUrl(href) {
      if (!mayHoldNumberInUrl(href)) return NONE;
      if (engine) return engine.findInUrl(href);
      start();
      return NONE;
    },
    ready: () => (engine ? Promise.resolve(engine) : load()),
  };
}

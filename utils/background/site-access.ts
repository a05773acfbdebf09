// Where the content script runs, enforced by the browser: the script is registered at run time (not in the
// manifest) for `<all_urls>` in the default mode, or for the granted sites only in allow-only mode, where
// `<all_urls>` is given back so the browser itself withholds every other site. Registered scripts and
// permissions live in the browser, not in the worker: every start, settings change and permission change
// re-derives the registration from them.
import { browser } from 'wxt/browser';
import type { Settings } from '../settings/model';
import { readSettings } from '../settings/store';
import { ALL_SITES, allowedHosts, patternsFor } from '../page-safety/site-patterns';
import { withLock } from './lock';

export const CONTENT_SCRIPT_ID = 'trackpin-content';
/** WXT's bundle of entrypoints/content (registration: 'runtime' keeps it out of the manifest). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/** What the manifest said before: iframes too, and about:blank/srcdoc/blob frames by their creator's origin. */
export function contentScriptFor(matches: string[]) {
  return {
    id: CONTENT_SCRIPT_ID,
    js: [CONTENT_SCRIPT_FILE],
    matches,
    allFrames: true,
    // Covers about:blank too: neither browser takes matchAboutBlank in registerContentScripts.
    matchOriginAsFallback: true,
    runAt: 'document_idle' as const,
    // Pages loaded at browser start, before the worker runs, get the script as well.
    persistAcrossSessions: true,
  };
}

/** The match patterns the mode and the granted permissions call for. */
export function matchesFor(settings: Pick<Settings, 'siteAccess'>, origins: readonly string[] | undefined): string[] {
  return settings.siteAccess === 'allowed-only' ? patternsFor(allowedHosts(origins)) : [ALL_SITES];
}

/** Makes the registered content script (and, in allow-only mode, the permissions) match the settings. */
export function syncSiteAccess(settings?: Settings): Promise<string[]> {
  return withLock('site-access', async () => {
    const current = settings ?? (await readSettings());
    if (current.siteAccess === 'allowed-only' && (await browser.permissions.contains({ origins: [ALL_SITES] }))) {
      await browser.permissions.remove({ origins: [ALL_SITES] });
    }
    const { origins } = await browser.permissions.getAll();
    const matches = matchesFor(current, origins);
    const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    if (registered && sameList(registered.matches ?? [], matches)) return matches;
    if (registered) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    if (matches.length > 0) await browser.scripting.registerContentScripts([contentScriptFor(matches)]);
    return matches;
  });
}

/** Grants and revocations (from the popup, options, or the browser's own UI) re-register at once. */
export function watchSiteAccess(onError: (error: unknown) => void): void {
  const resync = () => void syncSiteAccess().catch(onError);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
}

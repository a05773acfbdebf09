// An in-memory stand-in for the browser's host permissions and registered content scripts (WXT's
// fakeBrowser has neither). Installed before every unit test; tests read and set `siteAccessFake`.
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Script = { id: string; matches?: string[]; [k: string]: unknown };
type Listener = (p: { origins?: string[] }) => void;

export const siteAccessFake = {
  origins: new Set<string>(),
  scripts: new Map<string, Script>(),
  added: new Set<Listener>(),
  removed: new Set<Listener>(),
  /** What the browser would do when the user grants or revokes in its own UI. */
  grant(origin: string) {
    this.origins.add(origin);
    this.added.forEach((l) => l({ origins: [origin] }));
  },
  revoke(origin: string) {
    this.origins.delete(origin);
    this.removed.forEach((l) => l({ origins: [origin] }));
  },
};

export function installSiteAccessFake(origins: string[] = []): void {
  const f = siteAccessFake;
  f.origins = new Set(origins);
  f.scripts = new Map();
  f.added = new Set();
  f.removed = new Set();
  const event = (set: Set<Listener>) => ({
    addListener: (l: Listener) => void set.add(l),
    removeListener: (l: Listener) => void set.delete(l),
    hasListener: (l: Listener) => set.has(l),
  });
  Object.assign(fakeBrowser, {
    permissions: {
      getAll: async () => ({ origins: [...f.origins], permissions: [] }),
      contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => f.origins.has(o)),
      request: async ({ origins = [] }: { origins?: string[] }) => (origins.forEach((o) => f.grant(o)), true),
      remove: async ({ origins = [] }: { origins?: string[] }) => (origins.forEach((o) => f.revoke(o)), true),
      onAdded: event(f.added),
      onRemoved: event(f.removed),
    },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids?: string[] } = {}) =>
        [...f.scripts.values()].filter((s) => !ids || ids.includes(s.id)),
      registerContentScripts: async (list: Script[]) => {
        for (const s of list) {
          if (f.scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          f.scripts.set(s.id, s);
        }
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => f.scripts.delete(id)),
    },
  });
}

beforeEach(() => installSiteAccessFake());

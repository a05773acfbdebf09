// The browser's host permissions as the popup and options pages use them: the allowed sites of allow-only
// mode, and all sites for the default mode. `request*` must be called synchronously from the user's
// click (both browsers refuse permissions.request outside a user gesture), so they return the promise
// without awaiting anything first.
import { browser } from 'wxt/browser';
import { ALL_SITES, allowedHosts, originFor } from '@/utils/page-safety/site-patterns';

export interface SitePermissions {
  /** Asks the browser to allow one site (the browser may prompt); true when granted. */
  request(host: string): Promise<boolean>;
  /** Gives one site back; true when it is no longer granted. */
  remove(host: string): Promise<boolean>;
  allowed(host: string): Promise<boolean>;
  /** The allowed sites, as the browser has them. */
  list(): Promise<string[]>;
  /** Asks for every site (the default mode); true when granted. */
  requestAll(): Promise<boolean>;
  hasAll(): Promise<boolean>;
  /** Calls back on every grant or revocation, wherever it was made; returns an unsubscribe. */
  watch(onChange: () => void): () => void;
}

export const sites: SitePermissions = {
  request: (host) => browser.permissions.request({ origins: [originFor(host)] }),
  remove: (host) => browser.permissions.remove({ origins: [originFor(host)] }),
  allowed: (host) => browser.permissions.contains({ origins: [originFor(host)] }),
  list: async () => allowedHosts((await browser.permissions.getAll()).origins),
  requestAll: () => browser.permissions.request({ origins: [ALL_SITES] }),
  hasAll: () => browser.permissions.contains({ origins: [ALL_SITES] }),
  watch(onChange) {
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  },
};

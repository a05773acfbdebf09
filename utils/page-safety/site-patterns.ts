// Sites as the browser's host permissions name them. In "only sites I allow" mode the granted permissions
// are the list of allowed sites (no copy is kept that could disagree with the browser).

/** Every site: what the default mode needs, and what allow-only mode must not hold. */
export const ALL_SITES = '<all_urls>';

/** The API hosts the background calls: required permissions, never "sites". */
export const API_ORIGINS: readonly string[] = ['https://api.trackingmore.com/*', 'https://api.trackru.ru/*'];

/** The permission that covers one site (any scheme the content script runs on, any port, every path). */
export function originFor(host: string): string {
  return `*://${host.toLowerCase()}/*`;
}

/** The sites a set of granted origins allows, one host each, sorted; `<all_urls>` and the API hosts are not sites. */
export function allowedHosts(origins: readonly string[] | undefined): string[] {
  const hosts = new Set<string>();
  for (const origin of origins ?? []) {
    if (origin === ALL_SITES || API_ORIGINS.includes(origin)) continue;
    const m = /^(?:\*|https?):\/\/([^/]+)\/.*$/.exec(origin);
    // A wildcard host ("*.example.com", granted in the browser's own UI) is kept as it is written.
    if (m?.[1] && m[1] !== '*') hosts.add(m[1].toLowerCase());
  }
  return [...hosts].sort();
}

/** The content script's match patterns for the allowed hosts. */
export function patternsFor(hosts: readonly string[]): string[] {
  return hosts.map(originFor);
}

// Popup routes in the URL hash, so the background and the card can open popup.html in a tab straight
// into a shipment: `#/details/<carrier>/<number>` (carrier "auto" = let the background identify it).
// The only owner of this format: the background builds its links with `formatHash` too.
// `#/archived` is the Archived view.
export type PopupRoute = { view: 'list' } | { view: 'archived' } | { view: 'details'; carrier: string | null; number: string };

export const AUTO_CARRIER = 'auto';

export function parseHash(hash: string): PopupRoute {
  if (/^#?\/archived\/?$/.test(hash)) return { view: 'archived' };
  const m = /^#?\/details\/([^/]+)\/([^/?#]+)/.exec(hash);
  if (!m) return { view: 'list' };
  try {
    const carrier = decodeURIComponent(m[1]!);
    const number = decodeURIComponent(m[2]!);
    if (!number.trim()) return { view: 'list' };
    return { view: 'details', carrier: carrier && carrier !== AUTO_CARRIER ? carrier : null, number };
  } catch {
    return { view: 'list' };
  }
}

export function formatHash(route: PopupRoute): string {
  if (route.view === 'list') return '#/';
  if (route.view === 'archived') return '#/archived';
  return `#/details/${encodeURIComponent(route.carrier || AUTO_CARRIER)}/${encodeURIComponent(route.number)}`;
}

// Merging duplicate pins on the user's word (popup details): one pin kept under the carrier the user
// chose, titles and notes combined (utils/watchlist/merge.ts), the others unpinned, and removed from the
// account only when the user asks, as with unpin.
import { normalizeNumber } from '../tracking-numbers/resolve';
import { mergePins } from '../watchlist/merge';
import { readWatchlist } from '../watchlist/store';
import { readSettings } from '../settings/store';
import type { PinnedShipment } from '../watchlist/model';
import { BackgroundError, notPinned } from './background-error';
import { clientFor } from './client';
import { EXTENSION } from './privacy-log';
import { updateWatchlist } from './transaction';
import { deleteRemote, inAccount } from './pins';
import { onTracking } from './remote-id';
import { t } from '../i18n';

export interface MergeInput {
  keep: string;
  drop: string[];
  removeFromAccount: boolean;
}

export async function merge(input: MergeInput): Promise<PinnedShipment> {
  const settings = await readSettings();
  const list = await readWatchlist();
  const keep = list[input.keep];
  const drop = input.drop.filter((k) => k !== input.keep).map((k) => list[k]);
  if (!keep || drop.some((p) => !p)) throw notPinned();
  const others = drop as PinnedShipment[];
  // Only the same number (as compared everywhere: normalised) under other carriers is a duplicate.
  if (others.some((p) => normalizeNumber(p.number) !== normalizeNumber(keep.number))) {
    throw new BackgroundError('invalid-input', t('bg_errNotDuplicates'));
  }
  const merged = mergePins(keep, others);
  let remote: PinnedShipment['remote'] = keep.remote ?? null;
  if (merged.title !== keep.title && inAccount(keep) && settings.apiKey) {
    // Best effort: the provider's title follows, as after an edit; the local merge stands either way.
    try {
      const client = clientFor(settings, EXTENSION);
      ({ remote } = await onTracking(client, keep, (ref) => client.updateTracking(ref, { title: merged.title ?? '' })));
    } catch (error) {
      console.warn('Trackpin: the merged title did not reach the account', error);
    }
  }
  const result = await updateWatchlist((watchlist) => {
    const current = watchlist[input.keep];
    if (!current) throw notPinned();
    const next = { ...mergePins(current, others.map((p) => watchlist[p.key] ?? p)), remote };
    for (const p of others) delete watchlist[p.key];
    watchlist[next.key] = next;
    return next;
  });
  if (input.removeFromAccount && settings.apiKey) await deleteRemote(clientFor(settings, EXTENSION), others.filter(inAccount));
  return result;
}

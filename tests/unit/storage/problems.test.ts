// @vitest-environment node
// An unreadable pin is set aside, listed with its number, kept until dismissed, and counted in the status.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readWatchlist, WATCHLIST_KEYS } from '@/utils/watchlist/store';
import { dismissProblems, readSetAside } from '@/utils/storage/problems';
import { status } from '@/utils/background/status-reply';
import { updateWatchlist } from '@/utils/background/transaction';
import { newPin } from '@/utils/watchlist/model';
import { useBackgroundHarness } from '../harness';

useBackgroundHarness();

describe('set-aside entries', () => {
  it('lists a corrupt pin with its number, counts it in the status, and dismisses it', async () => {
    const good = newPin({ number: '1Z999AA10123456784', carrier: 'ups', kind: 'parcel', title: 'Good' }, Date.now());
    await updateWatchlist((w) => void (w[good.key] = good));
    const raw = (await fakeBrowser.storage.local.get(WATCHLIST_KEYS.watchlist))[WATCHLIST_KEYS.watchlist] as Record<string, unknown>;
    raw['ups:BROKEN1'] = { number: 'BROKEN12345', carrier: 42, pinnedAt: 'yesterday' };
    await fakeBrowser.storage.local.set({ [WATCHLIST_KEYS.watchlist]: raw });

    expect(Object.keys(await readWatchlist())).toEqual([good.key]); // the good pin stays
    const { entries } = await readSetAside();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ item: 'watchlist', number: 'BROKEN12345' });
    expect(entries[0]!.value).toEqual({ number: 'BROKEN12345', carrier: 42, pinnedAt: 'yesterday' }); // verbatim
    expect((await status()).problems).toBeGreaterThan(0);

    await dismissProblems();
    expect((await readSetAside()).entries).toHaveLength(0);
    expect((await status()).problems).toBe(0);
  });
});

// @vitest-environment node
// Bulk import on v4: a courier that needs extra fields (4122) fails its numbers with the fields named, in
// the user's language, from the courier's own list; the others are pinned.
import { describe, expect, it } from 'vitest';
import { runBulk, startBulk } from '@/utils/background/bulk/bulk';
import { readWatchlist } from '@/utils/watchlist/store';
import { useBackgroundHarness } from '../../harness';
import { configure, DEMO_KEYS, numbers } from '../helpers';

const sb = useBackgroundHarness();

describe('bulk import and 4122', () => {
  it("names the courier's required fields for each number it could not create", async () => {
    await configure(sb, { provider: 'trackingmore-v4', apiKey: DEMO_KEYS.emptyV4, endpoint: sb.trackingmoreV4Url });
    const [postnl, dhl] = numbers(2, 'TPN');
    await startBulk([
      { number: postnl!, carrier: 'postnl-3s' },
      { number: dhl!, carrier: 'dhl' },
    ]);
    const final = await runBulk();
    expect(final).toMatchObject({ total: 2, done: 2, added: 1, state: 'done' });
    expect(final!.failed).toEqual([
      { number: postnl, message: 'This carrier needs: Postal code, Destination country (2 letters). Pin it from its details to enter them.' },
    ]);
    expect(Object.keys(await readWatchlist())).toEqual([`dhl:${dhl}`]);
    expect(sb.log().filter((e) => e.path === '/v4/couriers/all')).toHaveLength(1);
  });
});

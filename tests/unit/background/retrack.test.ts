// @vitest-environment node
// A tracking the provider reports as expired (v4: 30 silent days) is re-tracked on TrackingMore v4 over
// real HTTP against the sandbox, and comes back into the poll; v2 has no retrack and says so; a tracking
// that is not expired is refused with the provider's reason.
import { describe, expect, it } from 'vitest';
import { SEED } from '@/sandbox/seed-data';
import { lookup } from '@/utils/background/lookup';
import { pin } from '@/utils/background/pins';
import { retrack } from '@/utils/background/retrack';
import { isActive } from '@/utils/background/poll/plan';
import { pollRun } from '@/utils/background/poll/poller';
import { readWatchlist } from '@/utils/watchlist/store';
import { toUserError } from '@/utils/background/to-user-error';
import { useBackgroundHarness } from '../harness';
import { configure, DEMO_KEYS } from './helpers';

const sb = useBackgroundHarness();
const v4 = () => configure(sb, { provider: 'trackingmore-v4', apiKey: DEMO_KEYS.trackingmoreV4, endpoint: sb.trackingmoreV4Url });

describe('re-track an expired tracking', () => {
  it('v4: expired after 30 silent days, re-tracked by id, then polled again', async () => {
    await v4();
    const p = await pin({ number: SEED.chinaPost });
    sb.advance(24 * 40);
    expect(await pollRun()).toBe('done');
    const expired = (await readWatchlist())[p.key]!;
    expect(expired.shipment?.status).toBe('expired');
    expect(isActive(expired)).toBe(false);
    sb.clearLog();
    const revived = await retrack(p.key);
    expect(sb.log().map((e) => `${e.method} ${e.path.replace(/[0-9a-f]{32}/, ':id')}`)).toContain('POST /v4/trackings/retrack/:id');
    expect(revived.shipment?.status).not.toBe('expired');
    expect(isActive((await readWatchlist())[p.key]!)).toBe(true);
  });

  it('v4: a tracking that is not expired is refused with the reason (4113)', async () => {
    await v4();
    const p = await pin({ number: SEED.chinaPost });
    const error = await retrack(p.key).then(() => null, (e: unknown) => toUserError(e));
    expect(error).toMatchObject({ code: 4113 });
    expect(error?.message).toMatch(/expired/i);
  });

  it('v2 has no retrack: the call is refused as unsupported and nothing is sent', async () => {
    await lookup({ number: SEED.chinaPost });
    const p = await pin({ number: SEED.chinaPost });
    sb.clearLog();
    const error = await retrack(p.key).then(() => null, (e: unknown) => toUserError(e));
    expect(error?.kind).toBe('unsupported');
    expect(sb.log()).toHaveLength(0);
  });
});

// @vitest-environment node
// 4122 on TrackingMore v4: pinning a number whose courier needs extra fields says which ones (from
// couriers/all), and pinning again with them succeeds.
import { describe, expect, it } from 'vitest';
import { pin } from '@/utils/background/pins';
import * as v from 'valibot';
import { msg } from '@/utils/messages/background-api';
import { toUserError } from '@/utils/background/to-user-error';
import { readWatchlist } from '@/utils/watchlist/store';
import { useBackgroundHarness } from '../harness';
import { configure, DEMO_KEYS } from './helpers';

const sb = useBackgroundHarness();
const v4 = () => configure(sb, { provider: 'trackingmore-v4', apiKey: DEMO_KEYS.emptyV4, endpoint: sb.trackingmoreV4Url });
const NUMBER = '3SABCD1234567';

describe('carrier-specific fields (4122)', () => {
  it('names the fields the courier requires, in the user-facing error', async () => {
    await v4();
    const error = toUserError(await pin({ number: NUMBER, carrier: 'postnl-3s' }).catch((e: unknown) => e));
    expect(error).toMatchObject({ kind: 'invalid-input', code: 4122, fields: ['tracking_postal_code', 'tracking_destination_country'] });
    expect(error.message).toMatch(/needs more details/);
    expect(await readWatchlist()).toEqual({});
  });

  it('maps v4 field names (and string lists) to the neutral ones', async () => {
    await v4();
    const error = toUserError(await pin({ number: 'RR123456785DE', carrier: 'deutsche-post' }).catch((e: unknown) => e));
    expect(error.fields).toEqual(['tracking_ship_date']);
  });

  it('pins once the fields are given, sending them to the provider', async () => {
    await v4();
    const p = await pin({ number: NUMBER, carrier: 'postnl-3s', fields: { tracking_postal_code: ' 1012AB ', tracking_destination_country: 'NL' } });
    expect(p.key).toBe(`postnl-3s:${NUMBER}`);
    const res = await fetch(`${sb.trackingmoreV4Url}/trackings/get?tracking_numbers=${NUMBER}`, { headers: { 'Tracking-Api-Key': DEMO_KEYS.emptyV4 } });
    expect((await res.json()).data[0]).toMatchObject({ tracking_postal_code: '1012AB', tracking_destination_country: 'NL' });
  });

  it('the pin message accepts only the known fields', () => {
    const ok = v.safeParse(msg.pin.schema, { number: NUMBER, carrier: 'postnl-3s', fields: { tracking_postal_code: '1012AB' } });
    expect(ok.success).toBe(true);
    expect(v.safeParse(msg.pin.schema, { number: NUMBER, fields: { api_key: 'x' } }).success).toBe(false);
  });
});

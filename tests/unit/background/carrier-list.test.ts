// @vitest-environment node
// The picker's carrier list comes from the provider once a day, not once per picker.
import { describe, expect, it } from 'vitest';
import { carrierList } from '@/utils/background/carrier-list';
import { calls, configure, DEMO_KEYS } from './helpers';
import { useBackgroundHarness } from '../harness';

const sb = useBackgroundHarness();

describe('carrier list', () => {
  it('lists the provider carriers by name with one API call, then again after a provider change', async () => {
    await configure(sb, { provider: 'trackru-v1', apiKey: DEMO_KEYS.trackru, endpoint: sb.trackruUrl });
    const first = await carrierList();
    expect(first.find((c) => c.code === 'sto')?.name).toBeTruthy();
    expect(first.map((c) => c.name)).toEqual([...first.map((c) => c.name)].sort((a, b) => a.localeCompare(b)));
    await carrierList();
    expect(calls(sb, 'carriers')).toBe(1);
    await configure(sb);
    await carrierList();
    expect(calls(sb, 'carriers')).toBe(2);
  });
});

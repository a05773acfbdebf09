// @vitest-environment node
// A parcel in transit that stops moving, against the sandbox over real HTTP (its clock): a "not moving"
// notice once the set days pass without a new checkpoint, told once per stall.
import { describe, expect, it } from 'vitest';
import { SEED } from '@/sandbox/seed-data';
import { pin } from '@/utils/background/pins';
import { lookup } from '@/utils/background/lookup';
import { pollRun } from '@/utils/background/poll/poller';
import { clearNotifications, configure, notifications } from '../helpers';
import { useBackgroundHarness } from '../../harness';

const sb = useBackgroundHarness();

async function titlesAfterDays(days: number): Promise<string[][]> {
  const told: string[][] = [];
  for (let day = 1; day <= days; day += 1) {
    sb.advance(24);
    await pollRun();
    told.push(Object.values(await notifications()).map((n) => n.title));
    await clearNotifications();
  }
  return told;
}

describe('stalled notice', () => {
  it('comes once when a parcel in transit has had no new checkpoint for the set days', async () => {
    await configure(sb, { stalledDays: 2 });
    await lookup({ number: SEED.cainiao });
    await pin({ number: SEED.cainiao });
    await pollRun();
    // Its last checkpoint arrives on day 2 (a status notification), then nothing more.
    const told = await titlesAfterDays(10);
    expect(told[1]).toHaveLength(1);
    expect(told[2]).toEqual([]);
    expect(told[3]).toEqual(['Not moving for 2 days: LED strip 5 m']);
    expect(told.slice(4).flat()).toEqual([]); // once per stall
  });

  it('waits the default 14 days', async () => {
    await lookup({ number: SEED.cainiao });
    await pin({ number: SEED.cainiao });
    await pollRun();
    const told = await titlesAfterDays(17);
    const stalledOn = told.map((t, i) => (t.some((x) => x.startsWith('Not moving')) ? i + 1 : 0)).filter(Boolean);
    expect(stalledOn).toEqual([16]); // day 2's checkpoint + 14 days
    expect(told[15]).toEqual(['Not moving for 14 days: LED strip 5 m']);
  });
});

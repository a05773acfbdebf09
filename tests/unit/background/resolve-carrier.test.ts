// @vitest-environment node
// When a number fits several carriers and the provider cannot detect one (TrackRU has no detect
// endpoint), the lookup says so with the candidates; the user's pick works and is remembered.
import { describe, expect, it } from 'vitest';
import { SEED } from '@/sandbox/seed-data';
import { lookup } from '@/utils/background/lookup';
import { pin } from '@/utils/background/pins';
import { candidateCarriers } from '@/utils/tracking-numbers';
import { calls, configure, DEMO_KEYS, failure } from './helpers';
import { useBackgroundHarness } from '../harness';

const sb = useBackgroundHarness();

describe('carrier picker on TrackRU (no detect endpoint)', () => {
  it('402934299065 → no-carrier with STO, ZTO and 4PX; picking STO shows its events and pins under STO', async () => {
    await configure(sb, { provider: 'trackru-v1', apiKey: DEMO_KEYS.trackru, endpoint: sb.trackruUrl });
    expect(candidateCarriers(SEED.sto).length).toBeGreaterThan(1);
    const error = await failure(lookup({ number: SEED.sto }));
    expect(error.kind).toBe('no-carrier');
    expect(error.candidates).toEqual(expect.arrayContaining(['sto', 'zto', '4px']));
    expect(error.message).toMatch(/Pick the carrier below/);

    const picked = await lookup({ number: SEED.sto, carrier: 'sto' });
    expect(picked.shipment.carrier.code).toBe('sto');
    expect(picked.shipment.events.length).toBeGreaterThan(0);

    // Remembered: a pin (or lookup) without a carrier now goes to STO without asking the provider.
    sb.clearLog();
    const p = await pin({ number: SEED.sto });
    expect(p.carrier).toBe('sto');
    expect(calls(sb, 'detect')).toBe(0);
    expect((await lookup({ number: SEED.sto })).shipment.carrier.code).toBe('sto');
  });
});

// @vitest-environment node
// Backup that restores: Trackpin's JSON export imported into a fresh profile brings back the same pins
// with their carriers, titles, notes and archive state; CSV keeps round-tripping.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SEED } from '@/sandbox/seed-data';
import { pin, edit } from '@/utils/background/pins';
import { archive } from '@/utils/background/archive';
import { runBulk, startBulk } from '@/utils/background/bulk/bulk';
import { readWatchlist } from '@/utils/watchlist/store';
import { sortedWatchlist } from '@/utils/watchlist/model';
import { buildCsv, buildJson } from '@/utils/ui/export-build';
import { parseImport } from '@/utils/ui/import-parse';
import { configure, stubMissingApis } from '../background/helpers';
import { useBackgroundHarness } from '../harness';

const sb = useBackgroundHarness();

const essentials = (list: Awaited<ReturnType<typeof readWatchlist>>) =>
  sortedWatchlist(list)
    .map((p) => ({ key: p.key, carrier: p.carrier, title: p.title, notes: p.notes, archived: p.archived }))
    .sort((a, b) => a.key.localeCompare(b.key));

async function profileWithPins() {
  const a = await pin({ number: SEED.ups, title: 'Mechanical keyboard' });
  await edit({ key: a.key, notes: 'Leave with the neighbour, flat 3' });
  const b = await pin({ number: SEED.sto, carrier: 'sto', title: 'Чехол для телефона' });
  await archive([b.key]);
  return readWatchlist();
}

async function freshProfile() {
  fakeBrowser.reset();
  stubMissingApis();
  await configure(sb);
}

describe('JSON backup', () => {
  it('restores the same pins with the same carriers, titles, notes and archive state in a fresh profile', async () => {
    const before = await profileWithPins();
    const json = buildJson(sortedWatchlist(before));
    const parsed = parseImport(json);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.entries).toHaveLength(2); // not every number-like string in the text

    await freshProfile();
    expect(Object.keys(await readWatchlist())).toHaveLength(0);
    await startBulk(parsed.entries);
    await runBulk();
    expect(essentials(await readWatchlist())).toEqual(essentials(before));
  });

  it('CSV still round-trips number, carrier and title', async () => {
    const before = await profileWithPins();
    const parsed = parseImport(buildCsv(sortedWatchlist(before)));
    expect(parsed.entries.map((e) => [e.number, e.carrier, e.title]).sort()).toEqual(
      sortedWatchlist(before).map((p) => [p.number, p.carrier, p.title]).sort(),
    );
  });
});

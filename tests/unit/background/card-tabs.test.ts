// @vitest-environment node
// A content script may unpin only the number its tab's card was opened for, and a card's unpin never
// deletes from the API account (over real HTTP against the sandbox).
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SEED } from '@/sandbox/seed-data';
import { msg } from '@/utils/messages/background-api';
import { envelope, type Result } from '@/utils/messages/protocol';
import { createBackgroundRouter } from '@/utils/background/routes';
import { readWatchlist } from '@/utils/watchlist/store';
import { configure } from './helpers';
import { useBackgroundHarness } from '../harness';

const sb = useBackgroundHarness();
const page = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
const tab = (id: number) => ({ id: fakeBrowser.runtime.id, url: 'https://shop.example/order/1', tab: { id } });
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies of several message types
const ask = async (message: unknown, sender: object): Promise<any> => (await createBackgroundRouter()(message, sender)) as Result<unknown>;
const deletes = () => sb.log().filter((e) => e.method === 'DELETE' || e.path.includes('delete'));

describe('unpin from a content script', () => {
  it('is refused for numbers its card did not open, allowed for its own, and stays in the account', async () => {
    await configure(sb, { keepInAccountOnUnpin: false });
    const ups = await ask(envelope(msg.pin, { number: SEED.ups, carrier: 'ups' }), page());
    const other = await ask(envelope(msg.pin, { number: SEED.upsUndelivered, carrier: 'ups' }), page());
    expect(ups.ok && other.ok).toBe(true);

    // Nothing opened in tab 7 yet.
    expect((await ask(envelope(msg.unpin, { keys: [ups.data.key] }), tab(7))).ok).toBe(false);
    // Tab 7's card shows UPS: the other pin stays out of reach, also mixed with its own.
    await ask(envelope(msg.lookup, { number: SEED.ups }), tab(7));
    expect((await ask(envelope(msg.unpin, { keys: [other.data.key] }), tab(7))).ok).toBe(false);
    expect((await ask(envelope(msg.unpin, { keys: [ups.data.key, other.data.key] }), tab(7))).ok).toBe(false);
    // Another tab that looked up the other number does not widen tab 7's rights.
    await ask(envelope(msg.lookup, { number: SEED.upsUndelivered }), tab(8));
    expect((await ask(envelope(msg.unpin, { keys: [other.data.key] }), tab(7))).ok).toBe(false);
    expect(Object.keys(await readWatchlist()).sort()).toEqual([ups.data.key, other.data.key].sort());

    sb.clearLog();
    expect(await ask(envelope(msg.unpin, { keys: [ups.data.key] }), tab(7))).toEqual({ ok: true, data: { removed: 1 } });
    expect(Object.keys(await readWatchlist())).toEqual([other.data.key]);
    expect(deletes()).toEqual([]);

    // The popup's unpin follows the user's setting and removes it from the account.
    expect((await ask(envelope(msg.unpin, { keys: [other.data.key] }), page())).ok).toBe(true);
    expect(deletes().length).toBe(1);
  });

  it('remembers the card in storage.session, so a restarted worker still knows it', async () => {
    await configure(sb, {});
    const ups = await ask(envelope(msg.pin, { number: SEED.ups, carrier: 'ups' }), page());
    await ask(envelope(msg.lookup, { number: SEED.ups }), tab(3));
    expect(await fakeBrowser.storage.session.get('cardTabs')).toEqual({ cardTabs: { 3: SEED.ups } });
    // A fresh router (what a new worker builds) reads it back.
    expect((await ask(envelope(msg.unpin, { keys: [ups.data.key] }), tab(3))).ok).toBe(true);
  });
});

// @vitest-environment node
// The API boundary: bad keys, numbers and carriers come back through the messages as specific errors in
// the user's words; and the paid API key never leaves the background: not in a reply to a content
// script, an ErrorInfo, a notification, stored progress/errors, or a log line, even under faults.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SEED } from '@/sandbox/seed-data';
import { msg } from '@/utils/messages/background-api';
import { envelope, type Result } from '@/utils/messages/protocol';
import { createBackgroundRouter } from '@/utils/background/routes';
import { registerBackground } from '@/utils/background/lifecycle';
import { POLL_ALARM, RETRY_ALARM } from '@/utils/background/alarms';
import { clientTuning } from '@/utils/background/client';
import { pollRun } from '@/utils/background/poll/poller';
import { runBulk } from '@/utils/background/bulk/bulk';
import { configure, DEMO_KEYS, fireAlarm, notifications, pinnedWatchlist } from './helpers';
import { useBackgroundHarness } from '../harness';
import { forgetLimiters } from '@/utils/api/rate-limiter';

const sb = useBackgroundHarness();
const page = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
const content = () => ({ id: fakeBrowser.runtime.id, url: 'https://shop.example/orders', tab: { id: 4 } });

async function ask(message: unknown, sender: object) {
  return (await createBackgroundRouter()(message, sender)) as Result<any>;
}

afterEach(() => {
  vi.restoreAllMocks();
});

const TEXT = {
  keyInvalid: "The API key is not valid. Check it in Trackpin's options.",
  keyRevoked: "The API key has been deleted from the tracking account. Add a new key in Trackpin's options.",
  badNumber: 'The tracking service says this is not a valid tracking number.',
  badCarrier: 'The tracking service does not know this carrier. Choose another carrier and try again.',
};

describe('bad input at the API boundary', () => {
  it('an invalid key (4001) is named as such for lookup, pin and the key check', async () => {
    await configure(sb, { apiKey: 'tm-not-a-real-key-42' });
    const error = { kind: 'auth', code: 4001, message: TEXT.keyInvalid };
    expect(await ask(envelope(msg.lookup, { number: SEED.ups }), content())).toEqual({ ok: false, error });
    expect(await ask(envelope(msg.pin, { number: SEED.ups }), content())).toEqual({ ok: false, error });
    const check = await ask(envelope(msg.checkKey, { provider: 'trackingmore-v2', apiKey: 'tm-typo', endpoint: sb.trackingmoreUrl }), page());
    expect(check).toEqual({ ok: false, error });
  });

  it('a deleted key (4002) says so, which is a different fix from a typo', async () => {
    const check = await ask(envelope(msg.checkKey, { provider: 'trackingmore-v2', apiKey: DEMO_KEYS.revoked, endpoint: sb.trackingmoreUrl }), page());
    expect(check).toEqual({ ok: false, error: { kind: 'auth', code: 4002, message: TEXT.keyRevoked } });
  });

  it('an invalid number (4014) and an invalid carrier (4015) get their own messages', async () => {
    // Passes the message schema and the local checks, but the provider refuses it.
    const tooShort = await ask(envelope(msg.pin, { number: '12 3-4', carrier: 'dhl' }), content());
    expect(tooShort).toEqual({ ok: false, error: { kind: 'invalid-input', code: 4014, message: TEXT.badNumber } });
    const lookupShort = await ask(envelope(msg.lookup, { number: '12 3-4', carrier: 'dhl' }), content());
    expect(lookupShort).toEqual({ ok: false, error: { kind: 'invalid-input', code: 4014, message: TEXT.badNumber } });
    const carrier = await ask(envelope(msg.pin, { number: SEED.ups, carrier: 'no-such-carrier' }), content());
    expect(carrier).toEqual({ ok: false, error: { kind: 'invalid-input', code: 4015, message: TEXT.badCarrier } });
    const lookupCarrier = await ask(envelope(msg.lookup, { number: SEED.ups, carrier: 'no-such-carrier' }), content());
    expect(lookupCarrier).toEqual({ ok: false, error: { kind: 'invalid-input', code: 4015, message: TEXT.badCarrier } });
    // Nothing was pinned by the failed attempts.
    const list = await ask(envelope(msg.watchlist, {}), page());
    expect(list).toEqual({ ok: true, data: [] });
  });

  it('pinning with the balance used up (4019) says to top up, and pins nothing', async () => {
    await configure(sb, { apiKey: DEMO_KEYS.lowQuota }); // 3 creations allowed
    for (let i = 1; i <= 3; i++) expect(await ask(envelope(msg.pin, { number: `TPQ000000${i}`, carrier: 'dhl' }), content())).toMatchObject({ ok: true });
    const fourth = await ask(envelope(msg.pin, { number: 'TPQ0000004', carrier: 'dhl' }), content());
    expect(fourth).toEqual({ ok: false, error: { kind: 'quota', code: 4019, message: "The tracking account's balance is too low to add numbers. Top up the account." } });
    expect(await ask(envelope(msg.watchlist, {}), page())).toMatchObject({ ok: true, data: { length: 3 } });
  });

  it('lookup errors under faults have clear kinds and messages', async () => {
    const cases = [
      { fault: { kind: '503' }, error: { kind: 'server', code: 503, message: 'The tracking service is having problems. Try again later.' } },
      { fault: { kind: 'html' }, error: { kind: 'server', code: 502, message: 'The tracking service is having problems. Try again later.' } },
      { fault: { kind: 'drop' }, error: { kind: 'network', message: 'The tracking service could not be reached. Check your connection.' } },
      { fault: { kind: 'malformed' }, error: { kind: 'malformed-reply', message: 'The tracking service sent an answer Trackpin could not read.' } },
      { fault: { kind: '429', retryAfterS: 30 }, error: { kind: 'rate-limited', code: 429, retryAfterMs: 30_000, message: 'Too many requests. Trackpin will try again in a few minutes.' } },
      { fault: { kind: 'quota' }, error: { kind: 'quota', code: 4021, message: 'Your tracking quota is used up. Top up the account or wait for the quota to renew.' } },
      { fault: { kind: 'revoked' }, error: { kind: 'auth', code: 4002, message: TEXT.keyRevoked } },
    ] as const;
    for (const c of cases) {
      sb.setFaults({ ...c.fault, path: '/v2/trackings/ups' });
      const r = await ask(envelope(msg.lookup, { number: SEED.ups, refresh: true }), content());
      expect(r, c.fault.kind).toEqual({ ok: false, error: c.error });
      forgetLimiters(); // the client holds back every call for the key after a 429; start over as a fresh worker
    }
    clientTuning.timing = { retryLimit: 0, timeoutMs: 200, totalTimeoutMs: 400 };
    sb.setFaults({ kind: 'delay', delayMs: 1_000, path: '/v2/trackings/ups' });
    const slow = await ask(envelope(msg.lookup, { number: SEED.ups, refresh: true }), content());
    expect(slow).toEqual({ ok: false, error: { kind: 'timeout', message: 'The tracking service took too long to answer. Try again.' } });
  });
});

describe('the API key stays secret under faults', () => {
  it('never appears in content-script replies, ErrorInfos, notifications, stored state or logs', async () => {
    const KEY = DEMO_KEYS.trackingmore;
    const logged: string[] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(inspect(args, { depth: 12 })));
    }
    const replies: unknown[] = [];
    const send = async (m: unknown, sender: object) => {
      const r = await ask(m, sender);
      replies.push(r);
      return r;
    };

    await pinnedWatchlist(sb, 45);
    registerBackground();
    await configure(sb, { keepInAccountOnUnpin: false });
    const LIST = '/v2/trackings/get';
    const faults = [
      { kind: '500', count: 3 },
      { kind: 'html', count: 3 },
      { kind: 'drop', count: 3 },
      { kind: 'malformed', count: 3 },
      { kind: '429', count: 3 },
      { kind: 'quota', count: 3 },
      { kind: 'revoked', count: 3 },
      { kind: 'delay', count: 3, delayMs: 600 },
    ] as const;
    clientTuning.timing = { retryLimit: 0, timeoutMs: 300, totalTimeoutMs: 500 };
    for (const [i, f] of faults.entries()) {
      sb.setFaults([{ ...f, path: LIST }, { ...f, path: '/v2/trackings/ups' }, { ...f, path: '/v2/trackings/batch' }, { ...f, path: '/v2/trackings/delete' }, { ...f, path: '/v2/trackings/dhl' }]);
      // A content script looks up, pins, unpins; the popup and options page do the rest; an alarm polls.
      await send(envelope(msg.lookup, { number: SEED.ups, refresh: true }), content());
      await send(envelope(msg.pin, { number: 'TPZ0000001', carrier: 'dhl' }), content());
      await send(envelope(msg.isPinned, { number: SEED.ups }), content());
      // Unpinning (from the popup: a card may unpin only its own number) removes the shipments from the
      // account too, which hits the fault (and its log line).
      const pair = [i * 2 + 3, i * 2 + 4].map((n) => `dhl:TPH${String(n).padStart(7, '0')}`);
      expect(await send(envelope(msg.unpin, { keys: pair }), page())).toEqual({ ok: true, data: { removed: 2 } });
      await send(envelope(msg.contentSettings, { host: 'shop.example' }), content());
      await send(envelope(msg.getSettings, {}), content()); // refused: page only
      await send(envelope(msg.checkKey, { provider: 'trackingmore-v2', apiKey: 'tm-wrong-key-123', endpoint: sb.trackingmoreUrl }), page());
      await send(envelope(msg.bulkPin, { entries: [{ number: `TPZ${f.kind.padStart(7, '0')}`, carrier: 'dhl' }] }), page());
      await runBulk(); // returns when done or waiting for its retry alarm
      await send(envelope(msg.status, {}), page());
      await fireAlarm(POLL_ALARM);
      await fireAlarm(RETRY_ALARM);
      await pollRun(); // joins what the alarms started
      await send(envelope(msg.watchlist, {}), page());
      sb.setFaults([]);
      await runBulk();
      sb.advance(5);
      await pollRun();
    }
    // A notification that fails to show is logged: make that happen too.
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('notifications disabled'));
    sb.advance(30);
    await pollRun();

    const storedAll = await fakeBrowser.storage.local.get(null);
    const { settings: _settings, ...stored } = storedAll as Record<string, unknown>; // the one place the key belongs
    const shown = await notifications();
    const haystacks = {
      replies: JSON.stringify(replies),
      errors: JSON.stringify(replies.filter((r) => !(r as Result<unknown>).ok)),
      notifications: JSON.stringify(shown),
      stored: JSON.stringify(stored),
      logs: logged.join('\n'),
    };
    // The run did produce errors, notifications and log lines, so the checks below look at something.
    expect(replies.filter((r) => !(r as Result<unknown>).ok).length).toBeGreaterThan(20);
    expect(logged.length).toBeGreaterThan(0);
    for (const [where, text] of Object.entries(haystacks)) {
      expect(text.includes(KEY), `API key found in ${where}`).toBe(false);
      expect(text.includes('tm-wrong-key-123'), `typed key found in ${where}`).toBe(false);
    }
  });
});

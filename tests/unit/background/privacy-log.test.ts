// @vitest-environment node
// The privacy log over real HTTP against the sandbox: every API call with its endpoint, numbers and why;
// 7 days kept; never the key.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SEED } from '@/sandbox/seed-data';
import { msg } from '@/utils/messages/background-api';
import { envelope, type Result } from '@/utils/messages/protocol';
import { createBackgroundRouter } from '@/utils/background/routes';
import { appendToLog, numbersIn, readPrivacyLog, type PrivacyLogEntry } from '@/utils/background/privacy-log';
import { pollRun } from '@/utils/background/poll/poller';
import { configure, DEMO_KEYS } from './helpers';
import { useBackgroundHarness } from '../harness';

const sb = useBackgroundHarness();
const page = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
const tab = () => ({ id: fakeBrowser.runtime.id, url: 'https://shop.example/order/1', tab: { id: 4 } });
const ask = async <T,>(message: unknown, sender: object) => (await createBackgroundRouter()(message, sender)) as Result<T>;

describe('privacy log', () => {
  it('records each request with its endpoint, numbers and why, as many as reached the API', async () => {
    await configure(sb);
    sb.clearLog();
    await ask(envelope(msg.lookup, { number: SEED.ups }), tab());
    await ask(envelope(msg.pin, { number: SEED.upsUndelivered, carrier: 'ups' }), page());
    await ask(envelope(msg.checkKey, { provider: 'trackingmore-v2', apiKey: DEMO_KEYS.trackingmore, endpoint: sb.trackingmoreUrl }), page());
    await pollRun();
    const r = await ask<PrivacyLogEntry[]>(envelope(msg.privacyLog, {}), page());
    if (!r.ok) throw new Error(r.error.message);
    const log = [...r.data].reverse();
    // In order: the card's lookup, the popup's pin, the key check, the scheduled poll.
    const kinds = log.map((e) => e.reason.kind).filter((k, i, all) => k !== all[i - 1]);
    expect(kinds).toEqual(['page', 'extension', 'key-check', 'scheduled']);
    expect(log.find((e) => e.reason.kind === 'key-check')?.endpoint).toBe('GET /trackings/getuserinfo');
    expect(log.find((e) => e.reason.kind === 'scheduled')?.endpoint).toBe('GET /trackings/get');
    expect(log[0]).toMatchObject({ reason: { kind: 'page', host: 'shop.example' }, numbers: [SEED.ups] });
    expect(log.some((e) => e.endpoint === 'POST /trackings/post' && e.numbers.includes(SEED.upsUndelivered))).toBe(true);
    expect(log.find((e) => e.reason.kind === 'scheduled')?.numbers).toContain(SEED.upsUndelivered);
    // One entry per request the sandbox saw (no retries configured in unit tests).
    expect(log.length).toBe(sb.log().length);
    expect(JSON.stringify(await fakeBrowser.storage.local.get('privacyLog'))).not.toContain(DEMO_KEYS.trackingmore);
    // Content scripts cannot read it.
    expect((await ask(envelope(msg.privacyLog, {}), tab())).ok).toBe(false);
  });

  it('keeps 7 days', async () => {
    const day = 24 * 60 * 60 * 1000;
    const now = Date.UTC(2026, 11, 1);
    await appendToLog({ at: now - 8 * day, endpoint: 'GET /trackings/get', numbers: [], reason: { kind: 'scheduled' } });
    await appendToLog({ at: now - 6 * day, endpoint: 'GET /trackings/get', numbers: [], reason: { kind: 'scheduled' } });
    await appendToLog({ at: now, endpoint: 'POST /trackings/batch', numbers: ['A1'], reason: { kind: 'import' } });
    expect((await readPrivacyLog(now)).map((e) => e.endpoint)).toEqual(['POST /trackings/batch', 'GET /trackings/get']);
  });

  it('finds the numbers in every argument shape', () => {
    expect(numbersIn([{ tracking_number: 'A', carrier_code: 'ups' }])).toEqual(['A']);
    expect(numbersIn([{ numbers: ['A', 'B'] }])).toEqual(['A', 'B']);
    expect(numbersIn(['172-12345675'])).toEqual(['172-12345675']);
    expect(numbersIn([[{ tracking_number: 'A' }, { tracking_number: 'B' }]])).toEqual(['A', 'B']);
    expect(numbersIn([{ limit: 1 }])).toEqual([]);
  });
});

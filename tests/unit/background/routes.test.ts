// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SEED } from '@/sandbox/seed-data';
import { msg } from '@/utils/messages/background-api';
import { envelope, type Result } from '@/utils/messages/protocol';
import { backgroundRoutes, createBackgroundRouter } from '@/utils/background/routes';
import { POLL_ALARM } from '@/utils/background/alarms';
import { configure, DEMO_KEYS } from './helpers';
import { useBackgroundHarness } from '../harness';

const sb = useBackgroundHarness();
const ID = fakeBrowser.runtime.id;
const page = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
const content = () => ({ id: fakeBrowser.runtime.id, url: 'https://shop.example/order/1', tab: { id: 7 } });

async function ask(message: unknown, sender: object) {
  const router = createBackgroundRouter();
  return (await router(message, sender)) as Result<any>;
}

describe('background router', () => {
  it('answers every message of the protocol', () => {
    const handled = new Set(backgroundRoutes().map((r) => r.def.type));
    expect([...handled].sort()).toEqual(Object.values(msg).map((d) => d.type).sort());
    expect(ID).toBeTruthy();
  });

  it('gives content scripts their settings without the key or endpoint', async () => {
    await configure(sb, { disabledSites: ['shop.example'] });
    const r = await ask(envelope(msg.contentSettings, { host: 'shop.example' }), content());
    expect(r).toEqual({ ok: true, data: { enabled: false, offOnPasswordPages: true, uiLanguage: 'auto' } });
    expect(JSON.stringify(r)).not.toContain(DEMO_KEYS.trackingmore);
  });

  it('reads an empty carrier as none, so handlers never see an empty string', async () => {
    const schema = msg.lookup.schema;
    expect(v.parse(schema, { number: SEED.ups, carrier: '' })).toEqual({ number: SEED.ups, carrier: undefined });
    expect(v.parse(schema, { number: SEED.ups, carrier: 'ups' })).toEqual({ number: SEED.ups, carrier: 'ups' });
    // The page's host is no part of a lookup: an old content script's `host` is dropped by the schema.
    expect(v.parse(schema, { number: SEED.ups, host: 'shop.example' })).toEqual({ number: SEED.ups });
    const r = await ask(envelope(msg.lookup, { number: SEED.ups, carrier: '' }), content());
    expect(r.ok && r.data.shipment.carrier.code).toBe('ups');
    await ask(envelope(msg.openDetails, { number: SEED.awb, carrier: '' }), content());
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/popup.html') + `#/details/172/${SEED.awb}`);
  });

  it('refuses page-only messages from content scripts and messages from other extensions', async () => {
    const fromContent = await ask(envelope(msg.getSettings, {}), content());
    expect(fromContent.ok).toBe(false);
    const stranger = await ask(envelope(msg.status, {}), { id: 'other-extension', url: 'chrome-extension://other/x.html' });
    expect(stranger.ok).toBe(false);
  });

  it('looks up for a content script and returns typed errors', async () => {
    const r = await ask(envelope(msg.lookup, { number: SEED.ups }), content());
    expect(r.ok && r.data.shipment.status).toBe('transit');
    await configure(sb, { apiKey: '' });
    const noKey = await ask(envelope(msg.lookup, { number: SEED.ups }), content());
    expect(noKey).toMatchObject({ ok: false, error: { kind: 'no-key' } });
  });

  it('reports status, and saving a new poll interval re-creates the alarm', async () => {
    const status = await ask(envelope(msg.status, {}), page());
    expect(status).toMatchObject({ ok: true, data: { configured: true, pinned: 0, unread: 0, pausedUntil: null, version: '0.1.0' } });
    const saved = await ask(envelope(msg.saveSettings, { settings: { pollMinutes: 60 } }), page());
    expect(saved).toMatchObject({ ok: true, data: { pollMinutes: 60 } });
    expect((await fakeBrowser.alarms.get(POLL_ALARM))?.periodInMinutes).toBe(60);
    const bad = await ask(envelope(msg.saveSettings, { settings: { pollMinutes: 7 } }), page());
    expect(bad).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
  });

  it('checks a typed key against the given endpoint, not the stored one', async () => {
    await configure(sb, { apiKey: '' });
    const good = await ask(envelope(msg.checkKey, { provider: 'trackingmore-v2', apiKey: DEMO_KEYS.trackingmore, endpoint: sb.trackingmoreUrl }), page());
    expect(good).toMatchObject({ ok: true, data: { email: expect.any(String) } });
    const bad = await ask(envelope(msg.checkKey, { provider: 'trackingmore-v2', apiKey: 'nope', endpoint: sb.trackingmoreUrl }), page());
    expect(bad).toMatchObject({ ok: false, error: { kind: 'auth' } });
    const trackru = await ask(envelope(msg.checkKey, { provider: 'trackru-v1', apiKey: DEMO_KEYS.trackru, endpoint: sb.trackruUrl }), page());
    expect(trackru.ok).toBe(true);
  });

  it('answers account, remote-area and transit-time questions', async () => {
    const account = await ask(envelope(msg.account, {}), page());
    expect(account).toMatchObject({ ok: true, data: { account: { remaining: expect.any(Number) }, counts: expect.any(Object) } });
    const remote = await ask(envelope(msg.remoteCheck, { country: 'JP', postcode: '7621094' }), page());
    expect(remote.ok).toBe(true);
    const transit = await ask(envelope(msg.transitTimes, { carrier: 'dhl', origin: 'cn', destination: 'us' }), page());
    expect(transit.ok).toBe(true);
  });

  it('pins from a page, lists the watchlist, toggles a site and opens details in a tab', async () => {
    const pinned = await ask(envelope(msg.pin, { number: SEED.ups }), page());
    expect(pinned.ok).toBe(true);
    const list = await ask(envelope(msg.watchlist, {}), page());
    expect(list.ok && list.data.map((p: { key: string }) => p.key)).toEqual([`ups:${SEED.ups}`]);
    const site = await ask(envelope(msg.setSiteEnabled, { host: 'shop.example', enabled: false }), page());
    expect(site).toEqual({ ok: true, data: { enabled: false, offOnPasswordPages: true, uiLanguage: 'auto' } });
    await ask(envelope(msg.openDetails, { number: SEED.ups }), content());
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/popup.html') + `#/details/ups/${SEED.ups}`);
  });
});

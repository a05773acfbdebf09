// @vitest-environment node
// What a hostile page could try through Trackpin's messaging: nothing that touches the key, settings or the
// watchlist may come from a content script (it runs inside untrusted pages), web pages and other
// extensions are not senders at all, and a content script's payloads are only short tracking numbers.
import { describe, expect, it, vi } from 'vitest';
import { msg } from '@/utils/messages/background-api';
import { createRouter, route } from '@/utils/messages/router';
import { classifySender } from '@/utils/messages/sender';

const OWN = { id: 'own-id', origin: 'chrome-extension://own-id/' };
const content = { id: 'own-id', url: 'https://evil.example/', tab: { id: 1 }, frameId: 0 };
const popup = { id: 'own-id', url: 'chrome-extension://own-id/popup.html' };

// Every message a content script may send. Anything else must stay extension-page only.
// content-strings: the UI strings of one language, public text the extension ships anyway.
// load-script: injects the engine's or the card's own code into the asking frame (nothing else, no data).
const CONTENT_ALLOWED = ['lookup', 'pin', 'unpin', 'is-pinned', 'content-settings', 'content-strings', 'load-script', 'open-details'];

function routerWithSpies() {
  const handlers = new Map<string, ReturnType<typeof vi.fn>>();
  const routes = Object.values(msg).map((def) => {
    const h = vi.fn(() => ({ handled: def.type }));
    handlers.set(def.type, h);
    return route(def, h as never);
  });
  return { router: createRouter(routes, OWN), handlers };
}

describe('message policy', () => {
  it('content scripts may send only the per-number messages; key, settings and watchlist stay with extension pages', () => {
    const fromContent = Object.values(msg).filter((d) => d.from.includes('content-script')).map((d) => d.type).sort();
    expect(fromContent).toEqual([...CONTENT_ALLOWED].sort());
    for (const type of ['get-settings', 'save-settings', 'check-key', 'account', 'status', 'watchlist', 'bulk-pin']) {
      expect(Object.values(msg).find((d) => d.type === type)?.from).toEqual(['extension-page']);
    }
  });

  it('a content script asking for settings, the key check, the account or the watchlist is refused before any handler runs', async () => {
    const { router, handlers } = routerWithSpies();
    for (const [type, payload] of [
      ['get-settings', {}],
      ['save-settings', { settings: { apiKey: 'stolen', endpoint: 'https://evil.example/' } }],
      ['check-key', { provider: 'trackingmore-v2', apiKey: 'x', endpoint: 'https://evil.example/' }],
      ['account', {}],
      ['watchlist', {}],
      ['status', {}],
    ] as const) {
      const reply = await router({ type, payload }, content);
      expect(reply.ok, type).toBe(false);
      expect(handlers.get(type)).not.toHaveBeenCalled();
    }
  });

  it('web pages and other extensions are not senders at all', async () => {
    const { router, handlers } = routerWithSpies();
    const senders = [
      { url: 'https://evil.example/', tab: { id: 1 } }, // externally_connectable-style: no id of ours
      { id: 'other-extension', url: 'chrome-extension://other-extension/x.html' },
      { id: 'other-extension', url: 'https://evil.example/', tab: { id: 1 } },
      { id: 'own-id', url: 'https://evil.example/' }, // not our page and not a tab
      {},
    ];
    for (const sender of senders) {
      expect(classifySender(sender, OWN.id, OWN.origin)).toBeNull();
      const reply = await router({ type: 'lookup', payload: { number: '1Z999AA10123456784' } }, sender);
      expect(reply.ok).toBe(false);
    }
    // A look-alike origin is not ours.
    expect(classifySender({ id: 'own-id', url: 'chrome-extension://own-id.evil/popup.html' }, OWN.id, OWN.origin)).toBeNull();
    for (const h of handlers.values()) expect(h).not.toHaveBeenCalled();
  });

  it('content-script payloads are short numbers: markup, URLs and huge strings are refused', async () => {
    const { router, handlers } = routerWithSpies();
    for (const number of ['<img src=x onerror=alert(1)>', 'javascript:alert(1)', '1'.repeat(65), 'A\u202E1234567', '../../etc']) {
      const reply = await router({ type: 'lookup', payload: { number } }, content);
      expect(reply.ok, number).toBe(false);
    }
    const pin = await router({ type: 'pin', payload: { number: '1Z999AA10123456784', carrier: 'UPS<script>' } }, content);
    expect(pin.ok).toBe(false);
    expect(handlers.get('lookup')).not.toHaveBeenCalled();
    expect(handlers.get('pin')).not.toHaveBeenCalled();
    // The same message from our popup goes through (the policy is about the sender).
    expect((await router({ type: 'get-settings', payload: {} }, popup)).ok).toBe(true);
  });
});

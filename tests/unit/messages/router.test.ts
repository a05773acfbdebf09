// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { defineMessage } from '@/utils/messages/protocol';
import { createRouter, route } from '@/utils/messages/router';

const self = { id: 'own-id', origin: 'chrome-extension://own-id/' };
const ping = defineMessage<{ pong: string }>()('ping', v.object({ text: v.string() }), ['extension-page']);
const look = defineMessage<string>()('look', v.object({ n: v.pipe(v.string(), v.maxLength(5)) }), [
  'extension-page',
  'content-script',
]);
const popup = { id: 'own-id', url: 'chrome-extension://own-id/popup.html' };
const content = { id: 'own-id', url: 'https://shop.example/order', tab: { id: 3 } };

function makeRouter() {
  const pingHandler = vi.fn((p: { text: string }) => ({ pong: p.text }));
  const lookHandler = vi.fn((p: { n: string }) => {
    if (p.n === 'boom') throw new Error('exploded');
    return p.n;
  });
  return { router: createRouter([route(ping, pingHandler), route(look, lookHandler)], self), pingHandler };
}

describe('background router', () => {
  it('answers a valid message from an extension page', async () => {
    const { router } = makeRouter();
    await expect(router({ type: 'ping', payload: { text: 'hi' } }, popup)).resolves.toEqual({ ok: true, data: { pong: 'hi' } });
  });

  it('rejects another extension, unknown types, malformed messages and bad payloads without calling handlers', async () => {
    const { router, pingHandler } = makeRouter();
    const bad = [
      await router({ type: 'ping', payload: { text: 'hi' } }, { ...popup, id: 'other-extension' }),
      await router({ type: 'nope', payload: {} }, popup),
      await router('ping', popup),
      await router({ type: 'ping', payload: { text: 42 } }, popup),
    ];
    for (const r of bad) expect(r).toMatchObject({ ok: false, error: { kind: 'invalid-message' } });
    expect(pingHandler).not.toHaveBeenCalled();
  });

  it('keeps page-only messages away from content scripts', async () => {
    const { router, pingHandler } = makeRouter();
    const r = await router({ type: 'ping', payload: { text: 'hi' } }, content);
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining('not allowed') } });
    expect(pingHandler).not.toHaveBeenCalled();
    await expect(router({ type: 'look', payload: { n: 'abc' } }, content)).resolves.toEqual({ ok: true, data: 'abc' });
  });

  it('names the invalid field and turns handler errors into data', async () => {
    const { router } = makeRouter();
    const tooLong = await router({ type: 'look', payload: { n: 'abcdefgh' } }, popup);
    expect(tooLong).toMatchObject({ ok: false, error: { message: expect.stringContaining('n:') } });
    await expect(router({ type: 'look', payload: { n: 'boom' } }, popup)).resolves.toEqual({
      ok: false,
      error: { kind: 'internal', message: 'exploded' },
    });
  });
});

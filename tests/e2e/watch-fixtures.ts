// Fixtures shared by the watch-loop e2e tests in Chromium and Firefox.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { SEED } from '../../sandbox/seed-data';
import type { startSandbox } from './harness';

/** Forwards to `target`; tracking replies come back with `count` scans in origin_info.trackinfo. */
export async function eventMultiplier(target: string, count: number): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== 'host' && k !== 'content-length')) as Record<string, string>;
    const upstream = await fetch(`${target}${req.url}`, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
    let body = await upstream.text();
    try {
      const json = JSON.parse(body);
      const items = Array.isArray(json.data?.items) ? json.data.items : json.data && typeof json.data === 'object' ? [json.data] : [];
      for (const t of items) {
        if (!t || typeof t !== 'object' || !('tracking_number' in t)) continue;
        t.origin_info = { ...(t.origin_info ?? {}), trackinfo: Array.from({ length: count }, (_, k) => ({ Date: new Date(Date.UTC(2026, 9, 1) + (count - 1 - k) * 60_000).toISOString().slice(0, 19).replace('T', ' '), StatusDescription: `Scan ${count - 1 - k}`, Details: 'Louisville, KY', checkpoint_status: 'transit' })) };
      }
      body = JSON.stringify(json);
    } catch {
      // not JSON: pass through
    }
    res.writeHead(upstream.status, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** What a backup must bring back of each pin, in a stable order. */
export function backupView(list: { key: string; title?: string; notes?: string; archived?: boolean }[]) {
  return list.map((p) => ({ key: p.key, title: p.title, notes: p.notes, archived: p.archived })).sort((x, y) => x.key.localeCompare(y.key));
}

export type Reply = { ok: boolean; data?: any; error?: { kind: string; message: string } };
/** Sends a background message from an extension page (each browser's test has its own way in). */
export type Send = (type: string, payload?: object) => Promise<Reply>;
type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

/**
 * With the 5,000-event stand-in configured: a lookup keeps 100 events (the newest and the first), the cache
 * stays small (`cacheBytes` reads its stored size), and later lookups get their own answers.
 */
export async function expectCappedBigReply(send: Send, cacheBytes: () => Promise<number>): Promise<void> {
  const big = await send('lookup', { number: SEED.ups, refresh: true });
  expect(big.ok).toBe(true);
  expect(big.data.shipment.events).toHaveLength(100);
  expect(big.data.shipment.events.at(-1).description).toBe('Scan 0'); // the first one stays
  expect(await cacheBytes()).toBeLessThan(2 * 1024 * 1024);
  for (const number of [SEED.upsUndelivered, SEED.ups]) {
    expect(await send('lookup', { number, refresh: true })).toMatchObject({ ok: true, data: { shipment: { number } } });
  }
}

/** A poll answered with `Retry-After` of ten years pauses for 6 hours at most (faults left set). */
export async function pollIntoTenYearRetryAfter(send: Send, sandbox: Sandbox): Promise<void> {
  sandbox.setFaults({ kind: '429', retryAfterS: 10 * 365 * 86_400, path: '/v2/trackings/get' });
  const t0 = Date.now();
  await send('poll-now');
  const { pausedUntil } = (await send('status')).data;
  expect(pausedUntil).toBeGreaterThan(t0);
  expect(pausedUntil).toBeLessThanOrEqual(Date.now() + 6 * 3_600_000);
}

/** A new key (or endpoint, or provider) clears the pause. */
export async function expectNewKeyClearsPause(send: Send): Promise<void> {
  await send('save-settings', { settings: { apiKey: 'another-key-1234' } });
  await send('save-settings', { settings: { apiKey: DEMO_KEYS.trackingmore } });
  expect((await send('status')).data.pausedUntil).toBeNull();
}

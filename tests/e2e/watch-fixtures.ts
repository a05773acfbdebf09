// Fixtures shared by the watch-loop e2e tests in Chromium and Firefox.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

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

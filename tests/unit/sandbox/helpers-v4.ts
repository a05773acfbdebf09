// Calls the sandbox's /v4 API over real HTTP with the v4 auth header.
import { DEMO_KEYS } from '../../../sandbox/demo-keys';
import type { SandboxHandle } from '../../../sandbox/server';
import type { Reply } from './helpers';

export async function call4(
  sb: SandboxHandle,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  opts: { body?: unknown; key?: string | null; rawBody?: string } = {},
): Promise<Reply> {
  const key = opts.key === undefined ? DEMO_KEYS.trackingmoreV4 : opts.key;
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (key !== null) headers['Tracking-Api-Key'] = key;
  const res = await fetch(`${sb.trackingmoreV4Url}${path}`, {
    method,
    headers,
    body: opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
  });
  const json = await res.json();
  return { status: res.status, headers: res.headers, meta: json.meta, data: json.data, json };
}

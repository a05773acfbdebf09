// Starts one sandbox per test file on a free port and talks to it over real HTTP.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { DEMO_KEYS } from '../../../sandbox/demo-keys';
import type { SandboxHandle, SandboxOptions } from '../../../sandbox/server';
import { startSandbox } from '../../../sandbox/server';

export const NOW = new Date('2026-11-21T12:00:00Z');

export interface Reply {
  status: number;
  headers: Headers;
  meta: { code: number; type?: string; message?: string };
  data: any;
  json: any;
}

export function useSandbox(options: SandboxOptions = {}) {
  const box = {} as { sb: SandboxHandle };
  beforeAll(async () => {
    box.sb = await startSandbox({ now: NOW, ...options });
  });
  afterAll(() => box.sb.close());
  beforeEach(() => box.sb.reset());
  return box;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Calls the v2 API (or v1 with `api: 'v1'`) with a key; `body` is sent as JSON. */
export async function call(
  sb: SandboxHandle,
  method: Method,
  path: string,
  opts: { body?: unknown; key?: string | null; api?: 'v2' | 'v1'; rawBody?: string } = {},
): Promise<Reply> {
  const api = opts.api ?? 'v2';
  const key = opts.key === undefined ? (api === 'v2' ? DEMO_KEYS.trackingmore : DEMO_KEYS.trackru) : opts.key;
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (key !== null) headers[api === 'v2' ? 'Trackingmore-Api-Key' : 'Api-Key'] = key;
  const res = await fetch(`${api === 'v2' ? sb.trackingmoreUrl : sb.trackruUrl}${path}`, {
    method,
    headers,
    body: opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
  });
  const json = await res.json();
  return { status: res.status, headers: res.headers, meta: json.meta, data: json.data, json };
}

export async function hook(sb: SandboxHandle, method: Method, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${sb.url}/__sandbox/${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

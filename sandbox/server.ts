// The sandbox HTTP server: TrackingMore v2 under /v2, TrackingMore v4 under /v4, TrackRU v1 under /v1, test hooks under /__sandbox/,
// demo shop pages under /shop/. Node's http module only; every route sends CORS headers because the
// extension's pages call it from a chrome-extension:// origin.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Envelope } from './envelope';
import { failure, httpStatusFor } from './envelope';
import type { Fault, FaultSpec } from './faults';
import { Faults } from './faults';
import { handleHook } from './hooks';
import { RateLimiter } from './rate-limit';
import type { Ctx, Endpoint, Route } from './route-types';
import { V2_ROUTES } from './routes-v2';
import { V1_ROUTES } from './routes-v1';
import { failure4, httpStatus4 } from './v4/envelope';
import { V4_RATE, V4_ROUTES, type V4Route } from './v4/routes';
import { renderShopPage } from './shop';
import type { SandboxConfig } from './state';
import { DEFAULT_CONFIG, SandboxState } from './state';
import type { LogEntry, Sandbox } from './types';

export interface SandboxOptions {
  port?: number;
  host?: string;
  mirrorHttpStatus?: boolean;
  rateLimit?: boolean;
  quota?: number;
  /** Fixes the clock (it then moves only by advance()); without it the clock follows real time. */
  now?: Date;
  /** false: no CORS headers, as the real APIs (a browser then needs the host permission to call it). */
  cors?: boolean;
}

export interface SandboxHandle {
  /** http://127.0.0.1:PORT */
  url: string;
  /** url + '/v2' */
  trackingmoreUrl: string;
  /** url + '/v1' */
  trackruUrl: string;
  /** url + '/v4' */
  trackingmoreV4Url: string;
  close(): Promise<void>;
  advance(hours: number): void;
  /** Replaces the pending faults (an empty array clears them). */
  setFaults(faults: FaultSpec | FaultSpec[]): void;
  log(): LogEntry[];
  clearLog(): void;
  reset(): void;
}

const API_HEADERS = { trackingmore: 'trackingmore-api-key', trackingmoreV4: 'tracking-api-key', trackru: 'api-key' } as const;

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Trackingmore-Api-Key, Tracking-Api-Key, Api-Key, Content-Type, Accept, Lang, Client-Id',
  'Access-Control-Allow-Private-Network': 'true',
  'Access-Control-Max-Age': '600',
};

const RATE_LIMITS = { general: 1, realtime: 3 };

class SandboxRuntime implements Sandbox {
  readonly state: SandboxState;
  readonly faults = new Faults();
  readonly limiter = new RateLimiter();
  log: LogEntry[] = [];

  constructor(config: SandboxConfig, now: Date | undefined) {
    this.state = new SandboxState(config, now);
  }

  advance(hours: number): void {
    this.state.clock.advance(hours * 3_600_000);
  }

  reset(): void {
    this.state.reset();
    this.faults.clear();
    this.limiter.reset();
    this.log = [];
  }
}

export async function startSandbox(options: SandboxOptions = {}): Promise<SandboxHandle> {
  const config: SandboxConfig = {
    mirrorHttpStatus: options.mirrorHttpStatus ?? DEFAULT_CONFIG.mirrorHttpStatus,
    rateLimit: options.rateLimit ?? DEFAULT_CONFIG.rateLimit,
    quota: options.quota ?? DEFAULT_CONFIG.quota,
    singleGetArray: DEFAULT_CONFIG.singleGetArray,
  };
  const sb = new SandboxRuntime(config, options.now);
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    if (options.cors === false) withoutCors(res);
    handle(sb, req, res, timers).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain', String(error));
    });
  });
  await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  const { port, address } = server.address() as AddressInfo;
  const url = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
  return {
    url,
    trackingmoreUrl: `${url}/v2`,
    trackruUrl: `${url}/v1`,
    trackingmoreV4Url: `${url}/v4`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    advance: (hours) => sb.advance(hours),
    setFaults: (faults) => {
      sb.faults.clear();
      sb.faults.add(Array.isArray(faults) ? faults : [faults]);
    },
    log: () => sb.log.map((e) => ({ ...e })),
    clearLog: () => {
      sb.log = [];
    },
    reset: () => sb.reset(),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Drops the Access-Control-* headers every route sends (the real APIs send none). */
function withoutCors(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (status: number, headers?: Record<string, string>) => ServerResponse;
  res.writeHead = ((status: number, headers?: Record<string, string>) =>
    writeHead(status, Object.fromEntries(Object.entries(headers ?? {}).filter(([k]) => !k.toLowerCase().startsWith('access-control-'))))) as typeof res.writeHead;
}

function send(res: ServerResponse, status: number, contentType: string, body: string, extraHeaders: Record<string, string> = {}): void {
  if (res.destroyed) return;
  res.writeHead(status, { ...CORS, 'Content-Type': contentType, 'Cache-Control': 'no-store', ...extraHeaders });
  res.end(body);
}

const JSON_TYPE = 'application/json; charset=utf-8';

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(raw: string): { body: unknown; badJson: boolean } {
  if (raw.trim() === '') return { body: undefined, badJson: false };
  try {
    return { body: JSON.parse(raw) as unknown, badJson: false };
  } catch {
    return { body: undefined, badJson: true };
  }
}

async function handle(sb: Sandbox, req: IncomingMessage, res: ServerResponse, timers: Set<NodeJS.Timeout>): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://sandbox');
  const method = req.method ?? 'GET';
  const path = url.pathname;
  if (method === 'OPTIONS') {
    res.writeHead(204, CORS);
    res.end();
    return;
  }
  const { body, badJson } = parseJson(await readBody(req));

  if (path.startsWith('/__sandbox/')) {
    const reply = badJson ? { status: 400, body: { error: 'body is not JSON' } } : handleHook(sb, method, path, body);
    send(res, reply.status, JSON_TYPE, JSON.stringify(reply.body));
    return;
  }
  const api = /^\/(v2|v1|v4)(\/|$)/.exec(path)?.[1] as LogEntry['api'] | undefined;
  if (!api) {
    if (path === '/' || path === '/shop') {
      res.writeHead(302, { ...CORS, Location: '/shop/' });
      res.end();
      return;
    }
    const page = renderShopPage(path);
    if (page) send(res, 200, 'text/html; charset=utf-8', page);
    else send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    return;
  }

  const entry: LogEntry = { method, path, api, endpoint: 'unknown', status: 0, metaCode: null, at: new Date(sb.state.now()).toISOString() };
  sb.log.push(entry);
  const subPath = path.slice(3);
  // v4 speaks with real HTTP statuses, its own codes and per-endpoint rate limits (contract v4 §1.3, §7).
  const v4 = api === 'v4';
  const fail = (code2: number, code4: number) => (v4 ? failure4(code4) : failure(code2));
  const route = matchRoute<Route | V4Route>(v4 ? V4_ROUTES : api === 'v2' ? V2_ROUTES : V1_ROUTES, subPath);
  const target = route?.route.methods[method];
  if (target) entry.endpoint = target[0];

  const fault = sb.faults.take(path);
  if (fault?.kind === 'delay') {
    await new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, fault.delayMs);
      timers.add(t);
    });
    if (res.destroyed) return;
  } else if (fault) {
    return answerFault(sb, fault, req, res, entry, v4);
  }

  const reply = (): Envelope => {
    if (!route) return fail(404, 404);
    if (!target) return fail(405, 400);
    const headerName = v4 ? API_HEADERS.trackingmoreV4 : api === 'v2' ? API_HEADERS.trackingmore : API_HEADERS.trackru;
    const key = req.headers[headerName];
    const account = typeof key === 'string' ? sb.state.accounts.get(key) : undefined;
    if (!account || account.api !== api) return fail(4001, 401);
    if (account.revoked) return fail(4002, 401);
    if (v4 && sb.state.config.rateLimit) {
      const endpoint = target[0] as Parameters<typeof V4_RATE>[0];
      if (!sb.limiter.allow(`${account.key}:${endpoint}`, V4_RATE(endpoint), sb.state.now())) return failure4(429);
    } else if (sb.state.config.rateLimit) {
      const bucket = target[0] === 'realtime' ? 'realtime' : 'general';
      if (!sb.limiter.allow(`${account.key}:${bucket}`, RATE_LIMITS[bucket], sb.state.now())) return failure(429);
    }
    const ctx: Ctx = { state: sb.state, account, api, params: route.params, query: url.searchParams, body, badJson, now: sb.state.now() };
    return target[1](ctx);
  };
  const envelope = reply();
  sendEnvelope(sb, res, entry, envelope, v4 ? httpStatus4(envelope.meta.code) : undefined);
}

function matchRoute<R extends Route | V4Route>(routes: R[], subPath: string): { route: R; params: string[] } | undefined {
  for (const route of routes) {
    if (typeof route.path === 'string') {
      if (route.path === subPath) return { route, params: [] };
    } else {
      const m = route.path.exec(subPath);
      if (m) return { route, params: m.slice(1).map((p) => decodeURIComponent(p ?? '')) };
    }
  }
  return undefined;
}

function sendEnvelope(sb: Sandbox, res: ServerResponse, entry: LogEntry, envelope: Envelope, status?: number, headers?: Record<string, string>): void {
  entry.status = status ?? httpStatusFor(envelope.meta.code, sb.state.config.mirrorHttpStatus);
  entry.metaCode = envelope.meta.code;
  send(res, entry.status, JSON_TYPE, JSON.stringify(envelope), headers);
}

function answerFault(sb: Sandbox, fault: Fault, req: IncomingMessage, res: ServerResponse, entry: LogEntry, v4: boolean): void {
  const fail = (code2: number, code4: number, status?: number, headers?: Record<string, string>) =>
    sendEnvelope(sb, res, entry, v4 ? failure4(code4) : failure(code2), status ?? (v4 ? httpStatus4(code4) : undefined), headers);
  switch (fault.kind) {
    case '500':
    case '503':
      // A failing server answers with a real 5xx whatever the mirror setting.
      return fail(Number(fault.kind), fault.kind === '500' ? 511 : 512, Number(fault.kind));
    case '429':
      return fail(429, 429, undefined, fault.retryAfterS === null ? undefined : { 'Retry-After': String(fault.retryAfterS) });
    case 'quota':
      return fail(4021, 4190);
    case 'revoked':
      return fail(4002, 401);
    case 'malformed':
      entry.status = 200;
      return send(res, 200, JSON_TYPE, '{"meta":{"code":200,"type":"Success","message":"Success"},"data":{"items":[{"id":"9eee8f3e');
    case 'html':
      entry.status = 502;
      return send(res, 502, 'text/html', '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n');
    case 'drop':
      entry.status = 0;
      req.socket.destroy();
      return;
    case 'delay':
      return; // handled before routing
  }
}

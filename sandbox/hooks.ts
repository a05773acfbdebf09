// Local test hooks under /__sandbox/ (no API key needed): clock, faults, request log, reset, settings.
import { parseFaults } from './faults';
import type { Sandbox } from './types';

export interface HookReply {
  status: number;
  body: unknown;
}

export function handleHook(sb: Sandbox, method: string, path: string, body: unknown): HookReply {
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const route = `${method} ${path.replace(/\/$/, '')}`;
  switch (route) {
    case 'POST /__sandbox/advance': {
      const hours = Number(input.hours ?? 0) + Number(input.minutes ?? 0) / 60 + Number(input.seconds ?? 0) / 3600;
      if (!Number.isFinite(hours) || hours < 0) return { status: 400, body: { error: 'hours must be a number >= 0' } };
      sb.advance(hours);
      return { status: 200, body: { now: new Date(sb.state.now()).toISOString() } };
    }
    case 'GET /__sandbox/faults':
      return { status: 200, body: { faults: sb.faults.pending() } };
    case 'POST /__sandbox/faults': {
      const specs = parseFaults(body);
      if (typeof specs === 'string') return { status: 400, body: { error: specs } };
      sb.faults.add(specs);
      return { status: 200, body: { faults: sb.faults.pending() } };
    }
    case 'DELETE /__sandbox/faults':
      sb.faults.clear();
      return { status: 200, body: { faults: [] } };
    case 'GET /__sandbox/log':
      return { status: 200, body: sb.log };
    case 'DELETE /__sandbox/log':
      sb.log = [];
      return { status: 200, body: [] };
    case 'POST /__sandbox/reset':
      sb.reset();
      return { status: 200, body: { now: new Date(sb.state.now()).toISOString() } };
    case 'GET /__sandbox/config':
      return { status: 200, body: { ...sb.state.config, now: new Date(sb.state.now()).toISOString() } };
    case 'POST /__sandbox/config': {
      const c = sb.state.config;
      for (const flag of ['mirrorHttpStatus', 'rateLimit', 'singleGetArray'] as const) {
        if (flag in input && typeof input[flag] !== 'boolean') return { status: 400, body: { error: `${flag} must be a boolean` } };
        if (typeof input[flag] === 'boolean') c[flag] = input[flag];
      }
      if ('quota' in input) {
        if (!Number.isInteger(input.quota) || (input.quota as number) < 0) return { status: 400, body: { error: 'quota must be an integer >= 0' } };
        sb.state.setQuota(input.quota as number);
      }
      return { status: 200, body: { ...c } };
    }
    default:
      return { status: 404, body: { error: `no hook ${route}` } };
  }
}

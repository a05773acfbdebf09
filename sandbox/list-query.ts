// Reading the v2 list and status-count queries: parameters from the body or the query string, comma lists,
// Unix-seconds windows.
import { isObject, text, type Json } from './json';
import type { Ctx } from './route-types';
import type { AccountTracking } from './state';

export function listParams(ctx: Ctx): Json | null {
  if (ctx.badJson) return null;
  if (isObject(ctx.body)) return ctx.body;
  return Object.fromEntries(ctx.query);
}

export function csv(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  const s = text(v);
  return s ? s.split(',').map((x) => x.trim()).filter(Boolean) : [];
}

/** Inclusive Unix-seconds window; an absent bound is open. */
export function inWindow(ms: number | null, min: unknown, max: unknown): boolean {
  const lo = text(min);
  const hi = text(max);
  if (!lo && !hi) return true;
  if (ms === null) return false;
  const s = Math.floor(ms / 1000);
  return (!lo || s >= Number(lo)) && (!hi || s <= Number(hi));
}

export function orderTimeMs(t: AccountTracking): number | null {
  return t.orderCreateTime ? Date.parse(t.orderCreateTime.replace(' ', 'T') + 'Z') : null;
}

// The provider takes at most 40 numbers per call (batch create, list `numbers`); the poller and bulk
// import chunk by this. sandbox/routes-v2.ts enforces the same limit on the server side.
export const MAX_PER_CALL = 40;

export function chunks<T>(items: readonly T[], size = MAX_PER_CALL): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Merges replies of the same bulk endpoint whose exact shape is unconfirmed: counts add up, lists
 * concatenate, anything else keeps the last value.
 */
export function mergeCounts<T extends Record<string, unknown>>(parts: readonly T[]): T {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const prev = merged[key];
      if (typeof prev === 'number' && typeof value === 'number') merged[key] = prev + value;
      else if (Array.isArray(prev) && Array.isArray(value)) merged[key] = [...prev, ...value];
      else merged[key] = value;
    }
  }
  return merged as T;
}

// Values found corrupt on read: a short list of what was wrong (`local:storageProblems`) and the values
// themselves, kept verbatim (`local:quarantine`) so nothing is deleted until the user dismisses them. The
// options page lists them (`readSetAside`), the popup shows a banner while there are any.
import { storage } from 'wxt/utils/storage';
import { lazyItem, readCopy } from './lazy-item';

export interface StorageProblem {
  item: string;
  message: string;
  at: number;
}

/** The most recent problems, oldest first. */
const MAX_PROBLEMS = 20;

export const storageProblemsItem = lazyItem<StorageProblem[]>('local:storageProblems', {
  fallback: [],
  version: 1,
  migrations: {},
});

export const quarantineItem = lazyItem<Record<string, unknown>>('local:quarantine', {
  fallback: {},
  version: 1,
  migrations: {},
});

/** Records a problem and keeps the offending value aside (never deletes it). */
export async function reportProblem(item: string, message: string, value?: unknown): Promise<void> {
  const list = await readStorageProblems();
  if (list.some((p) => p.item === item && p.message === message)) return;
  const next = [...list, { item, message, at: Date.now() }].slice(-MAX_PROBLEMS);
  const writes: Parameters<typeof storage.setItems>[0] = [{ item: storageProblemsItem, value: next }];
  if (value !== undefined) {
    const q = await readCopy(quarantineItem);
    writes.push({ item: quarantineItem, value: { ...(q && typeof q === 'object' ? q : {}), [`${item}@${Date.now()}`]: value } });
  }
  await storage.setItems(writes);
}

export async function readStorageProblems(): Promise<StorageProblem[]> {
  const problems = await readCopy(storageProblemsItem);
  return Array.isArray(problems) ? (problems as StorageProblem[]) : [];
}

/** One value set aside, as the options page lists it. */
export interface SetAsideEntry {
  id: string;
  /** Which stored item it came from ("watchlist", "settings", "pollState"). */
  item: string;
  at: number | null;
  /** The tracking number it held, when one can still be read from it. */
  number: string | null;
  value: unknown;
}

function numberIn(value: unknown): string | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as { number?: unknown; tracking_number?: unknown };
  const n = typeof v.number === 'string' ? v.number : typeof v.tracking_number === 'string' ? v.tracking_number : null;
  return n && n.length <= 64 ? n : null;
}

export async function readSetAside(): Promise<{ problems: StorageProblem[]; entries: SetAsideEntry[] }> {
  const q = await readCopy(quarantineItem);
  const entries = Object.entries(q && typeof q === 'object' && !Array.isArray(q) ? q : {}).map(([id, value]) => {
    const at = Number(id.slice(id.lastIndexOf('@') + 1));
    return { id, item: id.slice(0, id.lastIndexOf('@')) || id, at: Number.isFinite(at) && at > 0 ? at : null, number: numberIn(value), value };
  });
  return { problems: await readStorageProblems(), entries };
}

/** The user has seen (and maybe exported) them: both the list and the values go. */
export async function dismissProblems(): Promise<void> {
  await storage.removeItems([storageProblemsItem.key, quarantineItem.key]);
}

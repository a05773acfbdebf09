// Values found corrupt on read: a short list of what was wrong (`local:storageProblems`) and the values
// themselves, kept verbatim (`local:quarantine`) so nothing is deleted. Nothing shows the list to the user
// yet; `readStorageProblems` is the reader a page can use for that.
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

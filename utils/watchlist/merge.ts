// Duplicate pins (one number under two carriers) merged into one. Deterministic: the kept pin comes first,
// the others follow in key order, so the same pins give the same result whatever order they arrive in.
import type { PinnedShipment } from './model';

const TITLE_MAX = 200;
const NOTES_MAX = 2000;

/** Distinct non-empty texts, in order, joined; cut to what the edit form accepts. */
function combine(texts: (string | null)[], separator: string, max: number): string | null {
  const seen: string[] = [];
  for (const t of texts) {
    const s = t?.trim();
    if (s && !seen.includes(s)) seen.push(s);
  }
  return seen.length ? seen.join(separator).slice(0, max) : null;
}

/**
 * `keep` with the others folded in: titles joined with " / ", notes with a blank line, the earliest pin
 * time, unread if any was; archived only if all were. Data and provider id stay the kept pin's own (they
 * belong to its carrier).
 */
export function mergePins(keep: PinnedShipment, others: readonly PinnedShipment[]): PinnedShipment {
  const rest = others.filter((p) => p.key !== keep.key).sort((a, b) => a.key.localeCompare(b.key));
  const all = [keep, ...rest];
  return {
    ...keep,
    title: combine(all.map((p) => p.title), ' / ', TITLE_MAX),
    notes: combine(all.map((p) => p.notes), '\n\n', NOTES_MAX),
    pinnedAt: Math.min(...all.map((p) => p.pinnedAt)),
    unread: all.some((p) => p.unread),
    archived: all.every((p) => p.archived),
    archivedAt: all.every((p) => p.archived) ? keep.archivedAt ?? null : null,
  };
}

// Probes the frame, huge-text and big-table e2e tests run in pages (Chromium and Firefox alike).

/**
 * Runs in the page: whether the card's host covers part of the viewport. elementFromPoint is retargeted
 * to the host for points inside its (closed) shadow tree, so this sees the card from outside.
 */
export function cardCoversViewport(tag: string): boolean {
  const w = document.documentElement.clientWidth;
  const h = document.documentElement.clientHeight;
  for (let y = 1; y < h; y += 5) for (let x = 1; x < w; x += 5) if (document.elementFromPoint(x, y)?.localName === tag) return true;
  return false;
}

/** Runs in the page: the centre of the text of the element with this id (after scrolling it into view, if asked). */
export function textCentre([id, scroll]: [string, boolean]): { x: number; y: number } {
  const el = document.getElementById(id)!;
  if (scroll) el.scrollIntoView({ block: 'center' });
  const range = document.createRange();
  range.selectNodeContents(el);
  const r = range.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** Runs in the page: the text of every range Trackpin draws as a highlight, sorted (a range whose text moved away is collapsed). */
export function drawnNumbers(): string[] {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  return [...(registry.get('trackpin') ?? [])].map((r) => r.toString().replace(/\s/g, '')).sort();
}

/** Runs in the page: sorts a table as pages do, by moving its rows (here into reverse order). */
export function reverseRows(tableId: string): void {
  const body = (document.getElementById(tableId) as HTMLTableElement).tBodies[0]!;
  body.append(...[...body.rows].reverse());
}

/** Polls `probe` until `done` accepts its value; never a bare sleep. */
export async function poll<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await probe().catch(() => undefined);
    if (last !== undefined && done(last)) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
}

// A list that renders only the rows near the viewport (the page itself scrolls, as the popup does), so
// 2,000 rows cost what 30 do. Rows may differ in height: each rendered row is measured and remembered by
// key, unmeasured rows count as `estimate`. Screen readers still hear the whole list: every row carries
// aria-posinset/aria-setsize (renderItem puts them on its <li>), and the space of the rows not
// rendered is padding, not placeholder items. Keyboard users Tab through rows as before: the rows just past
// the viewport are rendered (overscan), and focusing one scrolls it into view, which renders the next.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  items: readonly T[];
  itemKey(item: T): string;
  /** Must render one keyed <li> with aria-posinset={index + 1} and aria-setsize={total}. Plain numbers, so
   *  memoised rows stay equal between scroll frames. */
  renderItem(item: T, index: number, total: number): ComponentChildren;
  /** The list's length when `items` are only its first rows (the rest still loading); default items.length. */
  total?: number;
  /** Height of a row not measured yet, px. */
  estimate: number;
  /** Rendered beyond the viewport on each side, px. */
  overscan?: number;
  class?: string;
  label?: string;
}

interface Range {
  start: number;
  end: number;
  before: number;
  after: number;
}

/** Which rows overlap [from, to] (list coordinates), and the heights of the rows above and below them. */
export function visibleRange(heights: readonly number[], from: number, to: number): Range {
  let y = 0;
  let start = 0;
  while (start < heights.length && y + heights[start]! < from) y += heights[start++]!;
  const before = y;
  let end = start;
  while (end < heights.length && y < to) y += heights[end++]!;
  let after = 0;
  for (let i = end; i < heights.length; i++) after += heights[i]!;
  return { start, end, before, after };
}

export function VirtualList<T>({ items, itemKey, renderItem, total = items.length, estimate, overscan = 600, class: cls, label }: VirtualListProps<T>) {
  const ref = useRef<HTMLUListElement>(null);
  const measured = useRef(new Map<string, number>()).current;
  const [, update] = useReducer((n: number) => n + 1, 0);
  const rendered = useRef<Range | null>(null);
  // The first render fills the viewport only: the overscan follows when the browser is idle, so the first
  // rows paint sooner.
  const [warm, setWarm] = useState(false);
  const over = warm ? overscan : 0;

  const heights = items.map((item) => measured.get(itemKey(item)) ?? estimate);
  const el = ref.current;
  // Before the first layout there is no position: start at the top.
  const top = el ? el.getBoundingClientRect().top : 0;
  const viewport = typeof innerHeight === 'number' && innerHeight > 0 ? innerHeight : 600;
  const range = visibleRange(heights, -top - over, -top + viewport + over);
  rendered.current = range;

  useLayoutEffect(() => {
    const list = ref.current;
    if (!list) return;
    // Remember the rendered rows' heights for when they leave the window (the padding is the rows not
    // rendered). No re-render here: rendered rows' heights change no padding, and the overscan covers a
    // shorter row; a second render and layout in every scroll frame was what cost frames.
    const r = rendered.current!;
    const rows = list.children;
    for (let i = 0; i < rows.length; i++) {
      const item = items[r.start + i];
      if (item === undefined) break;
      const h = (rows[i] as HTMLElement).offsetHeight;
      if (h > 0) measured.set(itemKey(item), h); // 0: not laid out (hidden, or a DOM without layout)
    }
  });

  useEffect(() => {
    if (warm) return;
    const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 50));
    const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
    const id = idle(() => setWarm(true), { timeout: 300 });
    return () => cancel(id as never);
  }, [warm]);

  useLayoutEffect(() => {
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const list = ref.current;
        if (!list) return;
        const t = list.getBoundingClientRect().top;
        const next = visibleRange(
          items.map((item) => measured.get(itemKey(item)) ?? estimate),
          -t - over,
          -t + innerHeight + over,
        );
        const cur = rendered.current;
        if (!cur || next.start !== cur.start || next.end !== cur.end) update(0);
      });
    };
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('resize', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', onScroll);
      removeEventListener('resize', onScroll);
    };
  }, [items, itemKey, estimate, over]);

  // Rows still loading hold their estimated space, so the scrollbar does not jump when they arrive.
  const missing = Math.max(0, total - items.length) * estimate;
  const style = { paddingTop: `${range.before}px`, paddingBottom: `${range.after + missing}px` };
  return (
    <ul ref={ref} class={cls} style={style} aria-label={label}>
      {items.slice(range.start, range.end).map((item, i) => renderItem(item, range.start + i, total))}
    </ul>
  );
}

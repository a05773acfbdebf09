// Numbers inside a huge text node or a big table are drawn with the CSS Custom Highlight API instead of
// elements. Splitting a text node of megabytes makes the browser lay all of its text out again (measured
// in the trace bench: about 0.5 s for 5 MB), and any change inside a table's cells lays the whole table
// out again (its columns depend on every cell: about 9 ms per 1,000 rows, 43–52 ms for 4,000 rows with
// its pre-paint); a highlight only repaints the text it covers. The number's own parent gets the
// attribute the highlight's style rule is scoped to (mark-style.ts). A click on the text is hit-tested
// (caretPositionFromPoint); keyboard and screen-reader users get a focusable stand-in per number, in one
// invisible box at the end of the body, shown in the top layer (a manual popover): a stand-in next to the
// text (even out of flow) made the browser lay the text out again (measured: 94 ms layout + 110 ms
// pre-paint for 5 MB), and a box in the body's own flow, even fixed, made it walk the whole page again
// before painting (12 ms on the 2 MB page); the top layer is laid out on its own (0.1 ms). Tab reaches
// these numbers after the page's own controls (a popover without an invoker keeps its place in the DOM
// order).
import { HIGHLIGHT_ATTR, PROXY_BOX_ATTR, RUN_TAG } from './dom-rules';
import { createMark } from './marker';

export const HIGHLIGHT_NAME = 'trackpin';
/** Text nodes at least this long are marked with highlights (where the browser supports them). */
export const HUGE_TEXT_CHARS = 50_000;
/** Text in a table of at least this many rows is marked with highlights. */
export const BIG_TABLE_ROWS = 1_000;

function inBigTable(node: Text): boolean {
  const table = node.parentElement?.closest('table') as HTMLTableElement | null | undefined;
  // `rows` is a cached live collection: one count per table until the page changes it.
  return (table?.rows?.length ?? 0) >= BIG_TABLE_ROWS;
}

/** The parents of the text nodes a range covers (a number may run across `<b>`/`<span>`). */
function textParents(range: Range, doc: Document): Element[] {
  const start = range.startContainer;
  if (start === range.endContainer) return start.parentElement ? [start.parentElement] : [];
  const out = new Set<Element>();
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
  walker.currentNode = start;
  for (let n: Node | null = start; n; n = walker.nextNode()) {
    if (n.parentElement) out.add(n.parentElement);
    if (n === range.endContainer) break;
  }
  return [...out];
}

export interface RangeMark {
  range: Range;
  number: string;
  /** The number as the page wrote it, to tell when the page has rewritten or removed it. */
  text: string;
  /** The focusable stand-in (role=button) that keyboard users reach. */
  proxy: Element;
}

/** The box of stand-ins, in the top layer where the browser supports popovers (else fixed in the body). */
function proxyBox(doc: Document, host: Element): Element {
  const box = doc.createElement(RUN_TAG) as HTMLElement;
  box.setAttribute(PROXY_BOX_ATTR, '');
  box.setAttribute('popover', 'manual');
  host.append(box);
  try {
    box.showPopover?.();
  } catch {
    // A page may have replaced or broken the popover API: the box still works as a fixed one.
  }
  return box;
}

type HighlightCtor = new (...ranges: Range[]) => Set<Range>;
type Registry = Map<string, Set<Range>>;

function registryOf(doc: Document): { Highlight: HighlightCtor; registry: Registry } | null {
  const win = doc.defaultView as (Window & { Highlight?: HighlightCtor; CSS?: { highlights?: Registry } }) | null;
  const registry = win?.CSS?.highlights;
  return win?.Highlight && registry ? { Highlight: win.Highlight, registry } : null;
}

export function createHighlightMarks(doc: Document) {
  const api = registryOf(doc);
  let highlight: Set<Range> | null = null;
  let marks: RangeMark[] = [];
  // The drawn numbers by the text node they start in: a subtree read again must not draw a number twice,
  // and asking every drawn range for its start made each number cost as much as all drawn before it.
  let byStart = new WeakMap<Node, RangeMark[]>();
  const index = (m: RangeMark) => {
    const start = m.range.startContainer;
    const list = byStart.get(start);
    if (list) list.push(m);
    else byStart.set(start, [m]);
  };
  let box: Element | null = null;
  const boxOn = (host: Element): Element => (box?.isConnected ? box : (box = proxyBox(doc, host)));
  const scoped = new Set<Element>();

  return {
    /** Whether `node` should be marked with highlights rather than elements. */
    wants(node: Text): boolean {
      return api !== null && (node.data.length >= HUGE_TEXT_CHARS || inBigTable(node));
    },
    /**
     * Puts the stand-ins' box on the page before a batch of writes: showing a popover makes the browser
     * work out styles at once, which must not come after the batch's other writes.
     */
    prepare(): void {
      const host = doc.body ?? doc.documentElement;
      if (api && host) boxOn(host);
    },
    /** Highlights from `from` in `node` to `to` in `endNode` and inserts its stand-in (a mark). */
    add(node: Text, from: number, endNode: Text, to: number, number: string, label: string): Element | null {
      const host = doc.body ?? doc.documentElement;
      if (!api || !host) return null;
      // Read again (a change elsewhere in its text node, its row moved): the number is still drawn.
      if (byStart.get(node)?.some((m) => m.range.startContainer === node && m.range.startOffset === from && m.number === number)) return null;
      const range = doc.createRange();
      range.setStart(node, from);
      range.setEnd(endNode, to);
      if (!highlight) {
        highlight = new api.Highlight();
        api.registry.set(HIGHLIGHT_NAME, highlight);
      }
      highlight.add(range);
      for (const parent of textParents(range, doc)) {
        parent.setAttribute(HIGHLIGHT_ATTR, '');
        scoped.add(parent);
      }
      const proxy = createMark(doc, number, 0, false, label);
      boxOn(host).append(proxy);
      const mark = { range, number, text: range.toString(), proxy };
      marks.push(mark);
      index(mark);
      return proxy;
    },
    /**
     * Forgets the numbers the page has since removed or rewritten (a table re-rendered, sorted or filtered),
     * with their stand-ins, so neither Tab nor the popup's list offers a number that is gone. Returns how
     * many it forgot.
     */
    prune(): number {
      if (marks.length === 0) return 0;
      const before = marks.length;
      marks = marks.filter((m) => {
        if (m.range.startContainer.isConnected && m.range.toString() === m.text) return true;
        highlight?.delete(m.range);
        m.proxy.remove();
        return false;
      });
      if (marks.length === before) return 0;
      byStart = new WeakMap();
      for (const m of marks) index(m);
      return before - marks.length;
    },
    /** The highlighted number under a point (a click), if any. */
    at(x: number, y: number): RangeMark | null {
      if (marks.length === 0) return null;
      const d = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
      let node: Node | null = null;
      let offset = 0;
      if (typeof doc.caretPositionFromPoint === 'function') {
        const pos = doc.caretPositionFromPoint(x, y);
        node = pos?.offsetNode ?? null;
        offset = pos?.offset ?? 0;
      } else if (d.caretRangeFromPoint) {
        const r = d.caretRangeFromPoint(x, y);
        node = r?.startContainer ?? null;
        offset = r?.startOffset ?? 0;
      }
      if (!node) return null;
      // A number may run across text nodes (`1Z999<b>AA…</b>`): ask the range, not its start node.
      for (const m of marks) {
        if (m.range.isPointInRange(node, offset)) return m;
      }
      return null;
    },
    /** Shows which number a focused stand-in stands for (the stand-in itself is invisible). */
    focus(proxy: Element | null): void {
      const m = proxy ? marks.find((x) => x.proxy === proxy) : undefined;
      if (!api) return;
      // Any change of the registry makes the browser rebuild the markers of every highlight: not on every focus change.
      if (!m) return void (api.registry.has(`${HIGHLIGHT_NAME}-focus`) && api.registry.delete(`${HIGHLIGHT_NAME}-focus`));
      api.registry.set(`${HIGHLIGHT_NAME}-focus`, new api.Highlight(m.range));
      const r = m.range.getBoundingClientRect();
      const view = doc.defaultView;
      if (view && (r.top < 0 || r.bottom > view.innerHeight)) view.scrollBy(0, r.top - view.innerHeight / 3);
    },
    /** The range a stand-in stands for (the card anchors to it). */
    rangeOf(proxy: Element): Range | null {
      return marks.find((m) => m.proxy === proxy)?.range ?? null;
    },
    proxies(): Element[] {
      return marks.filter((m) => m.proxy.isConnected).map((m) => m.proxy);
    },
    /** Removes every highlight and stand-in (the page's text was never changed). */
    removeAll(): void {
      box?.remove();
      box = null;
      for (const el of scoped) el.removeAttribute(HIGHLIGHT_ATTR);
      scoped.clear();
      marks = [];
      byStart = new WeakMap();
      highlight?.clear();
      if (api && highlight) api.registry.delete(HIGHLIGHT_NAME);
      highlight = null;
    },
  };
}

export type HighlightMarks = ReturnType<typeof createHighlightMarks>;

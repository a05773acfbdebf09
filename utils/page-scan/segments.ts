// Joins the page's text nodes into searchable strings. Adjacent inline pieces (`<b>1Z999</b><span>AA1…`)
// are joined with nothing between them so a split number is still one string; a block boundary adds a
// line break so numbers never run across cells or paragraphs. Each string remembers which text node
// every character came from, so a match can be mapped back and marked.

export interface Piece {
  node: Text;
  /** Offset in the segment text. */
  at: number;
  /** Range of `node.data` this piece covers. */
  from: number;
  to: number;
}

export interface Segment {
  text: string;
  pieces: Piece[];
  /** Matches starting before `ownFrom` or at/after `ownTo` belong to a neighbouring segment (context only). */
  ownFrom: number;
  ownTo: number;
  anchors: Element[];
}

export interface SegmentLimits {
  /** Aim for segments about this long; they are cut at block boundaries. */
  targetChars: number;
  /** Text kept from the previous segment so a keyword before a number is still seen. */
  contextChars: number;
  /** A single text node longer than this is read in windows of this size. */
  windowChars: number;
}

export const DEFAULT_LIMITS: SegmentLimits = { targetChars: 4000, contextChars: 120, windowChars: 20000 };

// Windows overlap by more than the longest number (with spaces) so none is cut in half.
const WINDOW_OVERLAP = 80;
const WHITESPACE_ONLY = /^\s*$/;
const SPACE = /\s/;

export class SegmentBuilder {
  // The text is kept as parts joined once per segment: `+=` builds a rope that every `endsWith` or
  // regex test flattens again (measured: a third of the scan's time on the 2 MB page).
  private parts: string[] = [];
  private length = 0;
  /** The last character appended ('' when empty). */
  private last = '';
  private pieces: Piece[] = [];
  private anchors: Element[] = [];
  private ownFrom = 0;
  private pendingBreak = false;

  constructor(
    private readonly emit: (segment: Segment) => void,
    private readonly limits: SegmentLimits = DEFAULT_LIMITS,
  ) {}

  private append(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    this.last = text[text.length - 1] ?? this.last;
  }

  /** The next text node starts a new block (a different paragraph, cell, line). */
  blockBreak(): void {
    this.pendingBreak = true;
  }

  addAnchor(anchor: Element): void {
    this.anchors.push(anchor);
  }

  /**
   * Text the page shows elsewhere that gives meaning to what follows (a table's column header): it is
   * read as context before the next piece but never marked.
   */
  addContext(context: string): void {
    if (!context) return;
    this.drainHuge();
    this.beginPiece();
    // Two parts, not one new string: a table adds this for every cell.
    this.append(context);
    this.append('\n');
  }

  private beginPiece(): void {
    if (this.pendingBreak) {
      this.pendingBreak = false;
      if (this.length - this.ownFrom >= this.limits.targetChars) this.flush();
      if (this.length > 0 && this.last !== '\n') this.append('\n');
    } else if (this.length - this.ownFrom >= this.limits.targetChars * 4) {
      // One enormous inline run: cut anyway rather than build an unbounded string.
      this.flush();
    }
  }

  addText(node: Text): void {
    this.drainHuge();
    const data = node.data;
    this.beginPiece();
    // Most text starts with a visible character: only the rest needs the whitespace test.
    const first = data.charCodeAt(0);
    if (!(first > 32 && first !== 160) && WHITESPACE_ONLY.test(data)) {
      // Formatting whitespace between elements: it separates words but is never part of a number.
      if (data.length > 0 && this.length > 0 && !SPACE.test(this.last)) this.append(' ');
      return;
    }
    if (data.length > this.limits.windowChars) {
      this.flush();
      this.addHuge(node);
      return;
    }
    this.pieces.push({ node, at: this.length, from: 0, to: data.length });
    this.append(data);
  }

  /** Emits what is buffered. */
  flush(): void {
    this.drainHuge();
    const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    if (this.pieces.length > 0 || this.anchors.length > 0) {
      this.emit({ text, pieces: this.pieces, ownFrom: this.ownFrom, ownTo: text.length, anchors: this.anchors });
    }
    this.reset(text.slice(-this.limits.contextChars));
    this.pieces = [];
    this.anchors = [];
  }

  /** Starts over with `context` (text before what comes next, never marked). */
  private reset(context: string): void {
    this.parts = context ? [context] : [];
    this.length = context.length;
    this.last = context[context.length - 1] ?? '';
    this.ownFrom = context.length;
  }

  // A huge text node (a 5 MB log, a data dump) is emitted one window per step, so the scanner can stop
  // between windows when its time slice is up instead of reading megabytes in one long task.
  private huge: { node: Text; data: string; own: number } | null = null;

  private addHuge(node: Text): void {
    const data = node.data;
    this.huge = { node, data, own: 0 };
    this.reset(data.slice(-this.limits.contextChars));
  }

  /** True while a huge text node still has windows to emit (see `stepHuge`). */
  get hugePending(): boolean {
    return this.huge !== null;
  }

  /** Emits the next window of a huge text node. */
  stepHuge(): void {
    const huge = this.huge;
    if (!huge) return;
    const { node, data, own } = huge;
    const size = this.limits.windowChars;
    const from = Math.max(0, own - this.limits.contextChars);
    const to = Math.min(data.length, own + size + WINDOW_OVERLAP);
    huge.own += size;
    if (huge.own >= data.length) this.huge = null;
    this.emit({
      text: data.slice(from, to),
      pieces: [{ node, at: 0, from, to }],
      ownFrom: own - from,
      ownTo: Math.min(data.length, own + size) - from,
      anchors: [],
    });
  }

  /** Callers that do not step (tests, small pages) still get every window, in order. */
  private drainHuge(): void {
    while (this.huge) this.stepHuge();
  }
}

export interface NodeRange {
  node: Text;
  from: number;
  to: number;
  /** Index of this piece within its match (0 = first), and whether it is the last. */
  part: number;
  last: boolean;
}

/**
 * The text-node ranges a match [start, end) covers, or null when it crosses a gap the page does not
 * have (a block break or skipped whitespace between pieces).
 */
export function rangesForMatch(pieces: readonly Piece[], start: number, end: number): NodeRange[] | null {
  // Pieces are in text order; binary search the first one ending after `start`.
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid]!;
    if (p.at + (p.to - p.from) <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: NodeRange[] = [];
  let expected = start;
  for (let i = lo; i < pieces.length && expected < end; i++) {
    const p = pieces[i]!;
    const pEnd = p.at + (p.to - p.from);
    if (p.at > expected) return null;
    const a = Math.max(start, p.at);
    const b = Math.min(end, pEnd);
    out.push({ node: p.node, from: p.from + (a - p.at), to: p.from + (b - p.at), part: out.length, last: false });
    expected = b;
  }
  if (expected < end || out.length === 0) return null;
  out[out.length - 1]!.last = true;
  return out;
}

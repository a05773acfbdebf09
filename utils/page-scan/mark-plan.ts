// The read half of putting marks in: which matches are still valid and how each node will be marked.
// All reads happen here, before any write, so the browser recalculates styles once per commit, not once
// per mark (a style read after a write forces a recalculation).
import type { MarkPiece } from './marker';
import type { HighlightMarks } from './highlight-marks';

export interface PendingPiece extends MarkPiece {
  /** The text the match was read from: the page may have changed it since. */
  expect: string;
  /** On the first piece: where the number ends (it may run on into other text nodes). */
  end?: { node: Text; to: number };
}

export interface PlannedNode {
  node: Text;
  valid: PendingPiece[];
  /** The parent lays its children out as flex/grid items (marks go in one wrapper). */
  items: boolean;
  /** A huge text node: marked with highlights, not elements. */
  huge: boolean;
}

export function planMarks(
  work: Iterable<[Text, PendingPiece[]]>,
  isItemContainer: ((parent: Element) => boolean) | undefined,
  highlights: Pick<HighlightMarks, 'wants'>,
): PlannedNode[] {
  const plan: PlannedNode[] = [];
  const items = new Map<Node, boolean>();
  for (const [node, pieces] of work) {
    // The page may have changed the node between reading and marking: then leave it alone.
    const valid = pieces.filter((p) => node.data.slice(p.from, p.to) === p.expect).sort((a, b) => a.from - b.from);
    const parent = node.parentNode;
    if (valid.length === 0 || !node.isConnected || !parent) continue;
    if (highlights.wants(node)) {
      plan.push({ node, valid, items: false, huge: true });
      continue;
    }
    let flag = items.get(parent);
    if (flag === undefined) {
      flag = parent.nodeType === 1 && (isItemContainer?.(parent as Element) ?? false);
      items.set(parent, flag);
    }
    plan.push({ node, valid, items: flag, huge: false });
  }
  return plan;
}

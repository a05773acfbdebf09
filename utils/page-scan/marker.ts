// Wraps matched text in <trackpin-mark> elements and undoes it exactly. The page's own text node stays
// where it was (only its data is shortened), so a framework that holds a reference to it can still
// update or remove it; restoring puts the original data back and removes only what Trackpin inserted.
import { ICON_ATTR, MARK_TAG, RUN_TAG } from './dom-rules';

export interface MarkPiece {
  from: number;
  to: number;
  number: string;
  /** Index of this piece within its number's match (0 = the focusable one). */
  part: number;
  /** The last piece carries the icon. */
  last: boolean;
}

export interface MarkedNode {
  node: Text;
  original: string;
  /** What Trackpin inserted after `node` (marks, text remainders, or one wrapper). */
  inserted: Node[];
  marks: Element[];
}

export interface MarkOptions {
  label: (number: string) => string;
  /** Parent lays its children out as flex/grid items: extra siblings would change the layout. */
  isItemContainer?: (parent: Element) => boolean;
}

// The number each mark stands for, kept where page scripts cannot reach (the content script's world).
// A page can insert its own <trackpin-mark> or rewrite data-trackpin; only marks made here count.
const ownMarks = new WeakMap<Element, string>();

/** The number of a mark Trackpin created, or null for anything a page made or forged. */
export function ownMarkNumber(el: Element): string | null {
  return ownMarks.get(el) ?? null;
}

export function createMark(doc: Document, number: string, part: number, last: boolean, label: string): Element {
  const mark = doc.createElement(MARK_TAG);
  ownMarks.set(mark, number);
  mark.setAttribute('data-trackpin', number);
  if (part === 0) {
    mark.setAttribute('role', 'button');
    mark.setAttribute('tabindex', '0');
    mark.setAttribute('aria-label', label);
  } else {
    mark.setAttribute('data-trackpin-part', String(part));
  }
  // The icon is a CSS pseudo-element: no extra node, so innerText and copied text stay exactly the page's.
  if (last) mark.setAttribute(ICON_ATTR, '');
  return mark;
}

/** Marks `pieces` (sorted, non-overlapping ranges of `node.data`). */
export function markTextNode(node: Text, pieces: readonly MarkPiece[], options: MarkOptions): MarkedNode | null {
  const parent = node.parentNode;
  const first = pieces[0];
  if (!parent || !first) return null;
  const doc = node.ownerDocument;
  const original = node.data;
  const fragment = doc.createDocumentFragment();
  const marks: Element[] = [];
  let cursor = first.from;
  for (const piece of pieces) {
    if (piece.from < cursor || piece.to > original.length || piece.to <= piece.from) continue;
    if (piece.from > cursor) fragment.append(doc.createTextNode(original.slice(cursor, piece.from)));
    const mark = createMark(doc, piece.number, piece.part, piece.last, options.label(piece.number));
    mark.append(doc.createTextNode(original.slice(piece.from, piece.to)));
    fragment.append(mark);
    marks.push(mark);
    cursor = piece.to;
  }
  if (marks.length === 0) return null;
  if (cursor < original.length) fragment.append(doc.createTextNode(original.slice(cursor)));

  const inFlexOrGrid = parent.nodeType === 1 && (options.isItemContainer?.(parent as Element) ?? false);
  let inserted: Node[];
  if (inFlexOrGrid) {
    // One inline wrapper stays one flex/grid item, as the bare text node was.
    const run = doc.createElement(RUN_TAG);
    run.append(doc.createTextNode(original.slice(0, first.from)), fragment);
    node.data = '';
    inserted = [run];
    parent.insertBefore(run, node.nextSibling);
  } else {
    inserted = Array.from(fragment.childNodes);
    node.data = original.slice(0, first.from);
    parent.insertBefore(fragment, node.nextSibling);
  }
  return { node, original, inserted, marks };
}

/** Puts the page back as it was before `markTextNode`. */
export function unmarkTextNode(marked: MarkedNode, keepData = false): void {
  for (const n of marked.inserted) n.parentNode?.removeChild(n);
  if (!keepData) marked.node.data = marked.original;
}

/** A mark for a number found only in a link's address ("Track package"): the icon alone, inside the link. */
export function markLink(anchor: Element, number: string, label: string): Element {
  const mark = createMark(anchor.ownerDocument, number, 0, true, label);
  mark.setAttribute('data-trackpin-link', '');
  anchor.append(mark);
  return mark;
}

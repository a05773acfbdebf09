// Visits a subtree's elements and text nodes in document order and feeds the text to a SegmentBuilder:
// skipped subtrees (code, form fields, editors, Trackpin's own elements) are jumped over, block elements
// break the text, table cells bring their column header as context. A few DOM calls per node: on a big
// page this loop is most of the scan (no NodeFilter callback: calling into JS per node costs more).
import { Kind, blockAncestor, kindOf, skippedByAttributes } from './dom-rules';
import type { SegmentBuilder } from './segments';
import { awaitsUpgrade } from './late-shadow-roots';
import { createCellContext } from './table-context';

export interface WalkOptions {
  onShadowRoot: (root: ShadowRoot) => void;
  /** A custom element not defined yet: it may attach a shadow root once the page defines it. */
  onUndefinedElement?: (el: Element) => void;
}

export interface Walk {
  /** Visits up to `max` nodes; false once the subtree is done. Stops early when a huge text node begins. */
  step(max: number): boolean;
}

/** Moves the walker past the current node's subtree; false at the end. */
function skipSubtree(walker: TreeWalker): boolean {
  for (;;) {
    if (walker.nextSibling()) return true;
    if (!walker.parentNode()) return false;
  }
}

export function createWalk(root: Node, builder: SegmentBuilder, options: WalkOptions): Walk {
  const doc = root.ownerDocument ?? (root as Document);
  const NF = doc.defaultView?.NodeFilter ?? NodeFilter;
  const walker = doc.createTreeWalker(root, NF.SHOW_ELEMENT | NF.SHOW_TEXT);
  const header = createCellContext();
  let lastBlock: Node | null = null;
  // The last element visited, if it is a block: a text node right inside it needs no ancestor lookup.
  let lastBlockElement: Element | null = null;
  let next: Node | null = null;
  // A walk that starts inside a cell (the page filled it in later) never visits the cell itself.
  const cell = root.nodeType === 1 ? (root as Element).closest('td, th') : null;
  if (cell) builder.addContext(header(cell));

  return {
    step(max) {
      for (let i = 0; i < max; i++) {
        const node = next ?? walker.nextNode();
        next = null;
        if (!node) return false;
        if (node.nodeType === 1) {
          const el = node as Element;
          const kind = kindOf(el);
          const context = kind === Kind.Cell ? header(el) : '';
          if (kind === Kind.Skip || skippedByAttributes(el)) {
            next = skipSubtree(walker) ? walker.currentNode : null;
            if (!next) return false;
            continue;
          }
          const shadow = el.shadowRoot;
          if (shadow) options.onShadowRoot(shadow);
          else if (options.onUndefinedElement && awaitsUpgrade(el)) options.onUndefinedElement(el);
          if (kind === Kind.Inline || kind === Kind.Link) {
            if (kind === Kind.Link && el.hasAttribute('href')) builder.addAnchor(el);
            lastBlockElement = null;
            continue;
          }
          builder.blockBreak();
          lastBlockElement = el;
          if (context) {
            builder.addContext(context);
            lastBlock = el;
          }
          continue;
        }
        if (node.nodeType !== 3) continue;
        const parent = node.parentNode;
        const block = parent !== null && parent === lastBlockElement ? parent : blockAncestor(node);
        if (block !== lastBlock) {
          builder.blockBreak();
          lastBlock = block;
        }
        builder.addText(node as Text);
        if (builder.hugePending) return true;
      }
      return true;
    },
  };
}

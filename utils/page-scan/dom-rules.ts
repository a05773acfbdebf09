// Which parts of a page Trackpin reads, and where inline text runs end. Tag checks only (no computed
// styles) so a walk over tens of thousands of nodes stays cheap.

/** Custom element names Trackpin adds to pages; the scanner and observer never treat them as page text. */
export const MARK_TAG = 'trackpin-mark';
/** On the mark that shows the icon (the last piece of a number). */
export const ICON_ATTR = 'data-trackpin-icon';
export const RUN_TAG = 'trackpin-run';
/** The box that holds the keyboard stand-ins of numbers drawn as highlights. */
export const PROXY_BOX_ATTR = 'data-trackpin-proxies';
export const CARD_TAG = 'trackpin-card';
export const OWN_TAGS: ReadonlySet<string> = new Set([MARK_TAG, RUN_TAG, CARD_TAG].map((t) => t.toUpperCase()));

// Never read: code, hidden or non-text content, form controls.
const SKIP_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'IFRAME', 'OBJECT',
  'EMBED', 'CANVAS', 'SVG', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK', 'VIDEO', 'AUDIO',
]);

// Code editors render into pre/code/div; marking inside them would corrupt what the user types.
const EDITOR_CLASSES = ['CodeMirror', 'cm-editor', 'monaco-editor', 'ace_editor', 'ql-editor', 'ProseMirror'];

/** Elements that continue the current line of text: pieces inside them are joined without a break. */
const INLINE_TAGS: ReadonlySet<string> = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD',
  'LABEL', 'MARK', 'NOBR', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U',
  'VAR', 'TRACKPIN-MARK', 'TRACKPIN-RUN',
]);

export function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce.toLowerCase() !== 'false';
}

/** True when nothing inside `el` may be read or changed. */
export function isSkippedElement(el: Element): boolean {
  // HTML tag names are upper case already; SVG/MathML ones are not.
  let tag = el.tagName;
  if (SKIP_TAGS.has(tag) || OWN_TAGS.has(tag)) return true;
  const upper = tag.toUpperCase();
  if (upper !== tag) {
    tag = upper;
    if (SKIP_TAGS.has(tag) || OWN_TAGS.has(tag)) return true;
  }
  // Most elements have no attributes at all: skip the attribute checks for them.
  if (!el.hasAttributes()) return false;
  if (isEditable(el)) return true;
  if (el.getAttribute('role') === 'textbox') return true;
  const cls = el.classList;
  if (cls.length > 0) {
    for (const c of EDITOR_CLASSES) if (cls.contains(c)) return true;
  }
  return false;
}

/** True when `el` or an ancestor up to the document is skipped (for roots handed to a rescan). */
export function isInsideSkipped(node: Node): boolean {
  for (let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = parentAcrossShadow(el)) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}

/** The parent element, or the shadow host at the top of a shadow tree (an editable host counts). */
function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root && root.nodeType === 11 ? ((root as ShadowRoot).host ?? null) : null;
}

export function isInlineElement(el: Element): boolean {
  const tag = el.tagName;
  return INLINE_TAGS.has(tag) || INLINE_TAGS.has(tag.toUpperCase());
}

/** Nearest ancestor that starts a new block of text (the join boundary). */
export function blockAncestor(node: Node): Element | null {
  let el = node.parentElement;
  while (el && isInlineElement(el)) el = el.parentElement;
  return el;
}

/** Links and other controls where a click on the text already means something to the page. */
export function interactiveAncestor(node: Node): Element | null {
  const start = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return start?.closest('a[href], button, label, summary, [role="button"], [role="link"], [onclick]') ?? null;
}

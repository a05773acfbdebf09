// Which parts of a page Trackpin reads, and where inline text runs end. Tag checks only (no computed
// styles) so a walk over tens of thousands of nodes stays cheap.

/** Custom element names Trackpin adds to pages; the scanner and observer never treat them as page text. */
export const MARK_TAG = 'trackpin-mark';
/** On the mark that shows the icon (the last piece of a number). */
export const ICON_ATTR = 'data-trackpin-icon';
export const RUN_TAG = 'trackpin-run';
/** The box that holds the keyboard stand-ins of numbers drawn as highlights. */
export const PROXY_BOX_ATTR = 'data-trackpin-proxies';
/** On the parent of a number's text drawn as a highlight: the highlight's style applies there only. */
export const HIGHLIGHT_ATTR = 'data-trackpin-hl';
export const CARD_TAG = 'trackpin-card';
export const OWN_TAGS: ReadonlySet<string> = new Set([MARK_TAG, RUN_TAG, CARD_TAG].map((t) => t.toUpperCase()));

// Never read: code, hidden or non-text content, form controls.
const SKIP_TAGS = [
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'IFRAME', 'OBJECT',
  'EMBED', 'CANVAS', 'SVG', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK', 'VIDEO', 'AUDIO',
];

// Code editors render into pre/code/div; marking inside them would corrupt what the user types.
const EDITOR_CLASSES = ['CodeMirror', 'cm-editor', 'monaco-editor', 'ace_editor', 'ql-editor', 'ProseMirror'];

/** Elements that continue the current line of text: pieces inside them are joined without a break. */
const INLINE_TAGS = [
  'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD',
  'LABEL', 'MARK', 'NOBR', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U',
  'VAR', 'TRACKPIN-MARK', 'TRACKPIN-RUN',
];

/** How the walk treats an element, from its tag alone (one map lookup per element: walks visit tens of thousands). */
export const Kind = {
  Block: 0,
  Inline: 1,
  /** Inline, and may carry a number in its address. */
  Link: 2,
  /** A table cell: a block that brings its column header as context. */
  Cell: 3,
  Skip: 4,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

const KINDS = new Map<string, Kind>([
  ...SKIP_TAGS.map((t) => [t, Kind.Skip] as const),
  ...[...OWN_TAGS].map((t) => [t, Kind.Skip] as const),
  ...INLINE_TAGS.filter((t) => !OWN_TAGS.has(t)).map((t) => [t, Kind.Inline] as const),
  ['A', Kind.Link],
  ['TD', Kind.Cell],
  ['TH', Kind.Cell],
  // Common blocks, so that they never take the upper-casing path below.
  ...['DIV', 'P', 'TR', 'TBODY', 'THEAD', 'TABLE', 'LI', 'UL', 'OL', 'BODY', 'SECTION', 'ARTICLE', 'BR', 'H1', 'H2', 'H3', 'H4', 'DD', 'DT'].map((t) => [t, Kind.Block] as const),
]);

/** The element's kind by tag. HTML tag names are upper case already; SVG/MathML/XHTML ones may not be. */
export function kindOf(el: Element): Kind {
  const tag = el.tagName;
  const kind = KINDS.get(tag);
  if (kind !== undefined) return kind;
  const upper = tag.toUpperCase();
  return upper === tag ? Kind.Block : (KINDS.get(upper) ?? Kind.Block);
}

export function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce.toLowerCase() !== 'false';
}

/** Skipped because of its attributes: an editable region, a text box, a code editor. */
export function skippedByAttributes(el: Element): boolean {
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

/** True when nothing inside `el` may be read or changed. */
export function isSkippedElement(el: Element): boolean {
  return kindOf(el) === Kind.Skip || skippedByAttributes(el);
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
  const kind = kindOf(el);
  return kind === Kind.Inline || kind === Kind.Link;
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

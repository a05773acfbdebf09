// Page-level styles for marks. Everything is positioned or drawn without taking space: the underline is a
// text decoration, the icon is absolutely positioned and drawn with gradients in the text's own colour
// (so it suits light and dark pages and needs no image URL a page's CSP could block).
import { HIGHLIGHT_ATTR, ICON_ATTR, MARK_TAG, PROXY_BOX_ATTR, RUN_TAG } from './dom-rules';

export const MARK_STYLE_ID = 'trackpin-mark-style';

// Numbers drawn as highlights (highlight-marks.ts): the rules apply only where their parent has the
// attribute. An unscoped `::highlight()` rule makes the browser work out a highlight style for every
// element: added when the first number is drawn, a recalculation of the whole page (measured on the 2 MB
// page: 50–65 ms); present from the start, every full recalculation of the page 50–100% slower (35 → 53–72
// ms). Scoped, the rule costs nothing (35 ms either way) until an element has the attribute, and then only
// that element's style, so it is part of the page's mark style from the start and drawing a number adds
// no style sheet. A tint, not an underline: a text decoration in a highlight makes the browser recompute
// the ink overflow up to the page's root and walk the whole page before painting (12–14 ms on the 2 MB
// page, for one number or for 300); a background colour repaints only the numbers (0.3 ms).
const HIGHLIGHTED = `[${HIGHLIGHT_ATTR}]`;

export const MARK_CSS = `
${MARK_TAG}{display:inline;position:relative;cursor:pointer;text-decoration-line:underline;text-decoration-style:dotted;text-decoration-thickness:1px;text-underline-offset:.18em;margin:0;padding:0;border:0}
${MARK_TAG}[data-trackpin-link]{text-decoration:none}
${MARK_TAG}:focus-visible{outline:2px solid currentColor;outline-offset:1px;border-radius:2px}
${MARK_TAG}[${ICON_ATTR}]::after{content:'';position:absolute;right:-.62em;top:-.42em;width:.5em;height:.5em;box-sizing:content-box;border:.09em solid currentColor;border-radius:50% 50% 50% 0;transform:rotate(-45deg);background:radial-gradient(circle,currentColor 0 30%,transparent 36%);opacity:.7;pointer-events:auto}
${MARK_TAG}[${ICON_ATTR}]:hover::after{opacity:1}
${RUN_TAG}{display:inline}
${RUN_TAG}[${PROXY_BOX_ATTR}]{display:block;position:fixed;inset:0 auto auto 0;width:1px;height:1px;margin:0;padding:0;border:0;background:none;overflow:hidden;contain:strict;clip-path:inset(50%);white-space:nowrap}
@media print{${MARK_TAG}::after{display:none}${MARK_TAG}{text-decoration:none}}
${HIGHLIGHTED}::highlight(trackpin){background-color:rgba(255,183,0,.3)}
${HIGHLIGHTED}::highlight(trackpin-focus){background-color:Highlight;color:HighlightText}
`;

export function installMarkStyle(root: Document | ShadowRoot): HTMLStyleElement | null {
  return installStyle(root, MARK_STYLE_ID, MARK_CSS);
}

/** In the document's head, or at the end of an open shadow root (document styles do not reach inside). */
function installStyle(root: Document | ShadowRoot, id: string, css: string): HTMLStyleElement | null {
  const existing = root.getElementById(id);
  if (existing) return existing as HTMLStyleElement;
  const doc = root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).host.ownerDocument;
  const style = doc.createElement('style');
  style.id = id;
  style.textContent = css;
  if (root.nodeType === 9) ((root as Document).head ?? (root as Document).documentElement).append(style);
  else root.append(style);
  return style;
}

// One delegated listener for all marks: a click (or Enter/Space on a focused mark) opens the card.
// Inside a link or button a click on the text keeps doing what the page meant; only the icon opens the card.
import { isHighlightActivationSafe, isMarkActivationSafe } from './activation-guard';
import { ICON_ATTR, MARK_TAG, interactiveAncestor } from './dom-rules';

export interface MarkEventsOptions {
  onActivate: (mark: Element) => void;
  /** Numbers drawn as highlights have no element under the pointer: the stand-in for a click's point. */
  hitTest?: (event: MouseEvent) => { mark: Element; text: Node } | null;
  /** Programmatic events, and clicks on marks the page made invisible or stretched: ignored. */
  accept?: (event: Event, mark: Element) => boolean;
}

// The event's own target, not the retargeted one: a mark inside an open shadow root shows up at the
// document as its host.
function markOf(event: Event): Element | null {
  const target = event.composedPath()[0] ?? event.target;
  if (!target || (target as Node).nodeType !== 1) return null;
  return (target as Element).closest(MARK_TAG);
}

/** The icon is a pseudo-element drawn just right of the mark's last line box: tell it apart by position. */
function isOnIcon(mark: Element, event: MouseEvent): boolean {
  if (!mark.hasAttribute(ICON_ATTR)) return false;
  const rects = mark.getClientRects();
  const last = rects[rects.length - 1];
  if (!last || last.width === 0) return true;
  return event.clientX >= last.right - 1 && event.clientY <= last.bottom;
}

export function listenToMarks(doc: Document, options: MarkEventsOptions): () => void {
  const accept = options.accept ?? isMarkActivationSafe;
  const onClick = (event: MouseEvent) => {
    const mark = markOf(event);
    if (!mark) {
      const hit = options.hitTest?.(event);
      // In a link or button the text keeps doing what the page meant (the keyboard stand-in still works).
      // The stand-in is not under the pointer: the highlighted text's own element must be, visibly.
      const host = hit?.text.parentElement;
      if (hit && host && isHighlightActivationSafe(event, host) && !interactiveAncestor(hit.text)) options.onActivate(hit.mark);
      return;
    }
    if (!accept(event, mark)) return;
    const control = interactiveAncestor(mark.parentNode ?? mark);
    if (control && !isOnIcon(mark, event)) return;
    if (control) {
      // The icon sits inside the link: opening the card must not also follow it.
      event.preventDefault();
      event.stopPropagation();
    }
    options.onActivate(mark);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ' && event.key !== 'Spacebar') return;
    const mark = markOf(event);
    if (!mark || !accept(event, mark)) return;
    event.preventDefault();
    event.stopPropagation();
    options.onActivate(mark);
  };
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKey, true);
  return () => {
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKey, true);
  };
}

// Defences against UI redress (clickjacking): a trusted click only counts when what it lands on is really
// under the pointer and visibly rendered, so a page cannot stretch a transparent mark over its own decoy or
// hide the card under one. Checked at activation time only (a few style reads), never while scanning.
import { ICON_ATTR, PROXY_BOX_ATTR } from './dom-rules';

/** Clicks on the card's buttons in this window after it opened or moved are ignored (a second click of a
 *  double click, or a click aimed at what the page showed there a moment ago). */
export const SETTLE_MS = 500;

/** Below this the element is considered invisible (accumulated over its ancestors). */
const MIN_OPACITY = 0.5;
/** A mark's text smaller than this (in CSS px) cannot be read: scaled away by a transform or font size. */
const MIN_TEXT_PX = 4;
/** How far outside its text a click still counts as on the mark (the pin icon sits right of the text). */
const SLOP_PX = 3;
const ICON_PX = 22;

function parent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function alphaOf(color: string): number {
  const m = /rgba?\(([^)]*)\)/.exec(color);
  if (!m) return color === 'transparent' ? 0 : 1;
  const parts = m[1]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 4) return 1;
  const a = parts[3]!;
  return a.endsWith('%') ? parseFloat(a) / 100 : parseFloat(a);
}

/** Filter functions that make content (nearly) invisible: opacity/brightness/contrast near 0, heavy blur. */
export function filterHides(filter: string): boolean {
  if (!filter || filter === 'none') return false;
  for (const [, name, raw] of filter.matchAll(/([a-z-]+)\(([^)]*)\)/g)) {
    const value = raw!.trim().endsWith('%') ? parseFloat(raw!) / 100 : parseFloat(raw!);
    if ((name === 'opacity' || name === 'brightness' || name === 'contrast') && value < MIN_OPACITY) return true;
    if (name === 'blur' && parseFloat(raw!) > 2) return true;
  }
  return false;
}

/** Whether the element and every ancestor (across shadow roots) render it visibly. */
export function isVisiblyRendered(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const own = view.getComputedStyle(el);
  if (own.visibility === 'hidden' || own.visibility === 'collapse' || own.display === 'none') return false;
  let opacity = 1;
  for (let node: Element | null = el; node; node = parent(node)) {
    const style = view.getComputedStyle(node);
    opacity *= parseFloat(style.opacity || '1');
    if (opacity < MIN_OPACITY) return false;
    if (filterHides(style.filter)) return false;
    if (style.clipPath && style.clipPath !== 'none') return false;
    if (style.clip && style.clip !== 'auto' && style.position !== 'static') return false;
  }
  return true;
}

/** Pointer clicks carry coordinates; keyboard activation (Enter/Space) has none and skips the hit-test. */
export function isPointerActivation(event: Event): event is MouseEvent {
  return event instanceof MouseEvent && !(event.detail === 0 && event.clientX === 0 && event.clientY === 0);
}

/** The top hit-test result at the event's point is `el` or inside it (closed shadow roots retarget to el). */
export function isUnderPointer(el: Element, event: MouseEvent): boolean {
  // Inside an open shadow root the document's hit-test answers with the host: ask the element's own root.
  const root = el.getRootNode() as Document | ShadowRoot;
  const hit = (typeof root.elementFromPoint === 'function' ? root : el.ownerDocument).elementFromPoint(event.clientX, event.clientY);
  return !!hit && (hit === el || el.contains(hit));
}

function textRects(mark: Element): DOMRect[] {
  const range = mark.ownerDocument.createRange();
  range.selectNodeContents(mark);
  return [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
}

/**
 * A mark may open the card only when its text is visible at a readable size and, for a pointer click, the
 * point is on that text (or its icon): a mark stretched over the viewport, made transparent, scaled away or
 * painted in a transparent colour does not count.
 */
export function isMarkActivationSafe(event: Event, mark: Element): boolean {
  if (!event.isTrusted) return false;
  // The keyboard stand-in of a number drawn as a highlight has no text of its own: a real key press on it
  // is the user's (pointer clicks on it are judged like any other mark's, and fail).
  if (!isPointerActivation(event) && mark.closest(`[${PROXY_BOX_ATTR}]`)) return true;
  if (!isVisiblyRendered(mark)) return false;
  const view = mark.ownerDocument.defaultView!;
  const style = view.getComputedStyle(mark);
  if (alphaOf(style.color) < MIN_OPACITY) return false;
  const fill = style.getPropertyValue('-webkit-text-fill-color');
  if (fill && alphaOf(fill) < MIN_OPACITY) return false;
  const text = textRects(mark);
  // A number found only in a carrier link gets an empty mark with the icon: its own small box counts.
  const iconOnly = !text.length && mark.hasAttribute(ICON_ATTR);
  const rects = iconOnly ? [...mark.getClientRects()] : text;
  const readable = iconOnly
    ? rects.some((r) => r.height >= MIN_TEXT_PX && r.height <= 64 && r.width <= ICON_PX * 2)
    : rects.some((r) => r.width >= MIN_TEXT_PX && r.height >= MIN_TEXT_PX);
  if (!rects.length || !readable) return false;
  if (!isPointerActivation(event)) return true;
  const { clientX: x, clientY: y } = event;
  const onText = rects.some(
    (r, i) => x >= r.left - SLOP_PX && x <= r.right + SLOP_PX + (i === rects.length - 1 ? ICON_PX : 0) && y >= r.top - SLOP_PX && y <= r.bottom + SLOP_PX,
  );
  return onText && isUnderPointer(mark, event);
}

/** A click on a number drawn as a highlight: the element holding its text is visibly rendered and on top. */
export function isHighlightActivationSafe(event: MouseEvent, textHost: Element): boolean {
  return event.isTrusted && isVisiblyRendered(textHost) && isUnderPointer(textHost, event);
}

/** The page's own top-layer elements (popovers, modal dialogs, fullscreen) that are open now. */
export function foreignTopLayer(own: Element): Element[] {
  try {
    const open = own.ownerDocument.querySelectorAll(':popover-open, dialog:modal, :fullscreen');
    return [...open].filter((el) => el !== own && !el.contains(own));
  } catch {
    return [];
  }
}

const overlaps = (el: Element, box: DOMRect) => {
  const r = el.getBoundingClientRect();
  return r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
};

/** Time since the card opened or moved; clicks count only once it has settled. */
export function createSettleClock(now: () => number = () => performance.now()) {
  let since = now();
  return {
    reset(): void {
      since = now();
    },
    settled(): boolean {
      return now() - since >= SETTLE_MS;
    },
  };
}

export type SettleClock = ReturnType<typeof createSettleClock>;

type VisibilityEntry = IntersectionObserverEntry & { isVisible?: boolean };

/**
 * The card's click rule: trusted, settled, its host visibly rendered and really under the pointer, nothing
 * of the page's in the top layer over it, and (where the browser computes it: Chromium's
 * IntersectionObserver v2) painted unoccluded for the whole settle window.
 */
export function createCardGuard(host: HTMLElement, clock: SettleClock = createSettleClock()) {
  let watched: Element | null = null;
  let visibleSince: number | null = null;
  // The page's top-layer elements that were open when ours was last put on top: they are below it. One the
  // page opens (or re-opens) later goes above ours.
  let below = new WeakSet<Element>();
  const doc = host.ownerDocument;
  const reopened = (event: Event) => {
    if ((event as ToggleEvent).newState === 'open' && event.target instanceof Element) below.delete(event.target);
  };
  doc.addEventListener('toggle', reopened, true);
  const tracks = typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
  const observer = tracks
    ? new IntersectionObserver(
        (entries) => {
          const last = entries[entries.length - 1] as VisibilityEntry | undefined;
          if (!last) return;
          if (!last.isVisible) visibleSince = null;
          else visibleSince ??= performance.now();
        },
        { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
      )
    : null;

  /** Puts the host on top of the top layer again (a page's later popover or dialog would cover it). */
  const show = () => {
    if (typeof host.showPopover !== 'function') return;
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
    below = new WeakSet(foreignTopLayer(host));
  };
  const raise = () => {
    show();
    clock.reset();
  };

  return {
    /** The card opened: clicks wait for it to settle. */
    opened(): void {
      clock.reset();
      if (typeof host.showPopover === 'function' && !host.matches(':popover-open')) show();
    },
    /** The element whose painting counts (the card box inside the shadow root). */
    watch(card: Element): void {
      if (observer && card !== watched) {
        if (watched) observer.unobserve(watched);
        watched = card;
        visibleSince = null;
        observer.observe(card);
      }
    },
    moved(): void {
      clock.reset();
    },
    closed(): void {
      if (typeof host.hidePopover === 'function' && host.matches(':popover-open')) host.hidePopover();
    },
    accept(event: Event): boolean {
      if (!event.isTrusted) return false;
      // Keys reach a button only after the user tabbed to it (the card takes focus on its own root, and a
      // page cannot focus into a closed shadow root): no settle window for them, and no hit-test.
      const pointer = isPointerActivation(event);
      if (pointer && (!clock.settled() || !isUnderPointer(host, event))) return false;
      if (!isVisiblyRendered(host)) return false;
      const box = (watched ?? host).getBoundingClientRect();
      if (foreignTopLayer(host).some((el) => !below.has(el) && overlaps(el, box))) {
        raise();
        return false;
      }
      if (pointer && observer && (visibleSince === null || performance.now() - visibleSince < SETTLE_MS)) return false;
      return true;
    },
    destroy(): void {
      observer?.disconnect();
      doc.removeEventListener('toggle', reopened, true);
    },
  };
}

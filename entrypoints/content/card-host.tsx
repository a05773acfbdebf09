// Mounts the card in a closed shadow root (page scripts cannot reach into it) shown in the top layer (a
// manual popover: page elements cannot cover it), keeps it next to its mark and inside the viewport,
// closes it on Esc or a click outside, and gives focus back to the mark. Clicks pass the card guard.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { TrackCard } from '@/components/card/TrackCard';
import { placeCard, type Box } from '@/components/card/placement';
import type { CardStore, CardTarget } from '@/utils/ui/stores/card';
import { CARD_TAG, MARK_TAG } from '@/utils/page-scan';
import { createCardGuard } from '@/utils/page-scan/activation-guard';
// Inlined: the card's script brings its own styles, so no stylesheet is web-accessible.
import cardCss from '@/components/card/card.css?inline';

export interface CardHostOptions {
  ctx: ContentScriptContext;
  store: CardStore;
  /** Runs DOM changes so the page observer ignores them. */
  mutate: (change: () => void) => void;
}

export interface ShowOptions {
  /** The mark the card belongs to (focus returns to it). */
  mark?: Element;
  /** Where to anchor when there is no mark (a selection, or the viewport's top right). */
  rect?: Box;
}

// Reading `data-trackpin` is safe here although the page can forge it (see app.ts): it only picks which
// mark of the same number gets focus back, never what is looked up.
function focusableMark(mark: Element): HTMLElement | null {
  if (mark.hasAttribute('tabindex')) return mark as HTMLElement;
  const number = mark.getAttribute('data-trackpin') ?? '';
  for (const m of mark.ownerDocument.querySelectorAll(`${MARK_TAG}[tabindex]`)) {
    if (m.getAttribute('data-trackpin') === number) return m as HTMLElement;
  }
  return null;
}

export function createCardHost({ ctx, store, mutate }: CardHostOptions) {
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let creating: Promise<ShadowRootContentScriptUi<void>> | null = null;
  let anchorMark: Element | null = null;
  let anchorRect: Box | null = null;
  let returnFocus: HTMLElement | null = null;
  let frame = 0;
  let guard: ReturnType<typeof createCardGuard> | null = null;
  const cardEl = () => ui?.shadow.querySelector<HTMLElement>('.tp-card') ?? null;

  const close = () => {
    if (!store.target.value) return;
    store.close();
    guard?.closed();
    const back = anchorMark?.isConnected ? focusableMark(anchorMark) : returnFocus;
    anchorMark = null;
    anchorRect = null;
    returnFocus = null;
    back?.focus?.({ preventScroll: true });
  };

  async function ensureUi(): Promise<ShadowRootContentScriptUi<void>> {
    if (ui) return ui;
    creating ??= createShadowRootUi(ctx, {
      name: CARD_TAG,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'closed',
      isolateEvents: true,
      css: cardCss.replaceAll(':root', ':host'),
      onMount(container) {
        render(<TrackCard store={store} onClose={close} accept={(event) => !!guard?.accept(event)} />, container);
      },
      onRemove() {
        if (ui) render(null, ui.uiContainer);
      },
    });
    const created = await creating;
    created.shadowHost.setAttribute('popover', 'manual');
    guard = createCardGuard(created.shadowHost);
    mutate(() => created.mount());
    ui = created;
    return created;
  }

  function position(): void {
    frame = 0;
    if (!ui || !store.target.value) return;
    const card = cardEl();
    if (!card) return;
    guard?.watch(card);
    let box: Box | null = anchorRect;
    if (anchorMark?.isConnected) {
      const r = anchorMark.getBoundingClientRect();
      box = { left: r.left, top: r.top, width: r.width, height: r.height };
    }
    if (!box) return;
    const viewport = { width: document.documentElement.clientWidth || innerWidth, height: innerHeight };
    const { left, top } = placeCard(box, { width: card.offsetWidth, height: card.offsetHeight }, viewport);
    // A card that moves under the pointer must not take the click meant for what was there.
    if (Math.abs(card.offsetLeft - left) > 2 || Math.abs(card.offsetTop - top) > 2) guard?.moved();
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }

  const schedulePosition = () => {
    if (!frame && store.target.value) frame = ctx.requestAnimationFrame(position);
  };

  // Click outside closes; a click on another mark is handled by the mark listener (it re-targets).
  ctx.addEventListener(
    document,
    'pointerdown',
    (event) => {
      if (!ui || !store.target.value) return;
      const path = event.composedPath();
      if (path.includes(ui.shadowHost)) return;
      if (path.some((n) => (n as Element).tagName?.toLowerCase() === MARK_TAG)) return;
      close();
    },
    { capture: true },
  );
  // The only Esc handler: on the document, so Esc closes the card wherever focus is.
  ctx.addEventListener(
    document,
    'keydown',
    (event) => {
      if (event.key === 'Escape' && store.target.value) close();
    },
    { capture: true },
  );
  ctx.addEventListener(window, 'scroll', schedulePosition, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', schedulePosition, { passive: true });

  return {
    async show(target: CardTarget, options: ShowOptions): Promise<void> {
      const active = document.activeElement;
      returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
      anchorMark = options.mark ?? null;
      anchorRect = options.rect ?? null;
      await ensureUi();
      const loading = store.open(target);
      guard?.opened();
      schedulePosition();
      await loading;
      // The card's height changes once data arrives.
      schedulePosition();
    },
    close,
    /** Whether the card is showing. */
    get isOpen() {
      return store.target.value !== null;
    },
    destroy(): void {
      guard?.destroy();
      ui?.remove();
      ui = null;
    },
  };
}

export type CardHost = ReturnType<typeof createCardHost>;

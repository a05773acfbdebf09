// Wires the page scanner, the mark listener, the card and the message listener together for one page.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findTrackingNumbers, findTrackingNumbersInUrl, identifyOrParcel } from '@/utils/tracking-numbers';
import { createPageScan, installMarkStyle, listenToMarks, MARK_STYLE_ID, ownMarkNumber } from '@/utils/page-scan';
import { createCardStore } from '@/utils/ui/stores/card';
import { send } from '@/utils/messages/send';
import { msg } from '@/utils/messages/background-api';
import { locale, resolveLocale, t } from '@/utils/i18n';
import { copyText } from '@/utils/extension';
import { hasPasswordField } from '@/utils/page-safety/sensitive-sites';
import { createCardHost } from './card-host';
import { listenForMessages } from './messages';

function report(error: unknown): void {
  // Visible to developers only; a page must never break because of Trackpin.
  console.debug('[Trackpin]', error);
}

// Ad slots and tracking pixels: a frame this small shows no readable number, so it waits (and costs
// nothing) until it is resized to something a person can read.
const isTinyFrame = () => window !== window.top && (innerWidth < 120 || innerHeight < 40);

function untilReadable(ctx: ContentScriptContext): Promise<void> {
  if (!isTinyFrame()) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (isTinyFrame()) return;
      window.removeEventListener('resize', check);
      resolve();
    };
    ctx.addEventListener(window, 'resize', check);
  });
}

export async function startContent(ctx: ContentScriptContext): Promise<void> {
  await untilReadable(ctx);
  if (ctx.isInvalid) return;
  const host = location.hostname;
  let enabled = false;

  const scan = createPageScan({
    doc: document,
    find: (text) => findTrackingNumbers(text),
    findInUrl: (href) => findTrackingNumbersInUrl(href),
    label: (number) => t('content_markLabel', number),
    maxMarks: 500,
    runner: {
      budgetMs: 8,
      defer: (cb) => void ctx.requestIdleCallback((deadline) => cb(deadline.timeRemaining()), { timeout: 100 }),
      onError: report,
    },
    setTimeout: (cb, ms) => ctx.setTimeout(cb, ms),
    clearTimeout: (id) => clearTimeout(id as number),
    isItemContainer: (parent) => {
      const display = getComputedStyle(parent).display;
      return display.includes('flex') || display.includes('grid');
    },
  });

  const store = createCardStore({
    lookup: (number, carrier) => send(msg.lookup, { number, carrier }),
    // Only the number and carrier leave the page: no page title, URL or text.
    pin: (number, carrier) => send(msg.pin, { number, carrier }),
    unpin: (keys) => send(msg.unpin, { keys }),
    openDetails: (number, carrier) => send(msg.openDetails, { number, carrier }),
    copy: copyText,
  });
  const card = createCardHost({ ctx, store, mutate: scan.mutate });

  const openFromMark = (mark: Element) => {
    // Not the attribute: the page can forge marks or rewrite it to make the user's key look up its numbers.
    const number = ownMarkNumber(mark);
    if (!number) return;
    const carriers = scan.scanner.infoFor(number)?.carriers ?? [];
    // A number drawn as a highlight: the card goes next to its text, not to the invisible stand-in.
    const range = scan.scanner.highlights.rangeOf(mark);
    const r = range?.getBoundingClientRect();
    const options = r ? { rect: { left: r.left, top: r.top, width: r.width, height: r.height } } : { mark };
    card.show({ number, carriers }, options).catch(report);
  };
  const hitTest = (event: MouseEvent) => {
    const hit = scan.scanner.highlights.at(event.clientX, event.clientY);
    return hit ? { mark: hit.proxy, text: hit.range.startContainer } : null;
  };
  const focusTarget = (event: Event) => event.composedPath()[0] as Element;
  ctx.addEventListener(document, 'focusin', (event) => scan.scanner.highlights.focus(focusTarget(event)));
  ctx.addEventListener(document, 'focusout', () => scan.scanner.highlights.focus(null));

  const setEnabled = (on: boolean) => {
    enabled = on;
    if (on) {
      scan.mutate(() => installMarkStyle(document));
      scan.start();
    } else {
      card.close();
      scan.stop();
    }
  };

  const stopMarks = listenToMarks(document, { onActivate: openFromMark, hitTest });
  const stopMessages = listenForMessages({
    found: () => ({ host, enabled, numbers: enabled ? scan.scanner.found() : [] }),
    async showCard(number, carrier) {
      const id = identifyOrParcel(number);
      const target = { number: id.number, carriers: carrier ? [carrier] : id.carriers };
      const selection = getSelection();
      let rect = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : null;
      if (!rect || (rect.width === 0 && rect.height === 0)) {
        rect = new DOMRect(document.documentElement.clientWidth - 356, 8, 0, 0);
      }
      await card.show(target, { rect: { left: rect.left, top: rect.top, width: rect.width, height: rect.height } });
      return true;
    },
    setEnabled,
  });

  // Single-page apps change the URL without reloading: scan what the new view shows.
  ctx.addEventListener(window, 'wxt:locationchange', () => scan.rescan());

  ctx.onInvalidated(() => {
    // The extension was updated or removed: leave the page as it was.
    stopMarks();
    stopMessages();
    card.destroy();
    scan.stop();
    document.getElementById(MARK_STYLE_ID)?.remove();
  });

  const settings = await send(msg.contentSettings, { host });
  if (ctx.isInvalid) return;
  if (settings.ok) locale.value = resolveLocale(settings.data.uiLanguage, navigator.languages);
  // If the background cannot answer, marking still helps: lookups go through it anyway. A sign-in page
  // (a password field) stays unmarked unless the user chose otherwise.
  setEnabled(settings.ok ? settings.data.enabled && !(settings.data.offOnPasswordPages && hasPasswordField(document)) : true);
}

// Wires the page scanner, the mark listener, the card and the message listener together for one page.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createPageScan, installMarkStyle, listenToMarks, MARK_STYLE_ID, ownMarkNumber } from '@/utils/page-scan';
import { sendType } from '@/utils/messages/send';
import type { msg } from '@/utils/messages/background-api';
import { browser } from 'wxt/browser';
import { addCatalog, hasCatalog, resolveLocale, translate, type Locale, type Strings } from '@/utils/i18n-catalogs';
import { copyText } from '@/utils/extension';
import { hasPasswordField } from '@/utils/page-safety/sensitive-sites';
import { createLazyCard } from './lazy-card';
import { createLazyEngine } from './lazy-engine';
import { listenForMessages } from './messages';

// Untyped: WXT types getMessage by the generated key list, which this fallback does not need.
const browserMessage = (key: string, sub: string) =>
  (browser.i18n as unknown as { getMessage(k: string, s: string): string }).getMessage(key, sub);

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
  let lang: Locale = resolveLocale('auto', navigator.languages);
  let strings: Promise<Strings> = Promise.resolve({});

  // The page is read with the engine or not at all: the scan stops at the first text that may hold a number
  // and starts again once the engine is in.
  const engine = createLazyEngine({
    // At once, from inside the scan: its job ends at its next check instead of reading on for nothing.
    onLoading: () => {
      if (enabled) scan.stop();
    },
    onLoaded: () => {
      if (!enabled) return;
      scan.stop();
      scan.start();
    },
    onError: report,
  });
  const scan = createPageScan({
    doc: document,
    find: (text) => engine.find(text),
    findInUrl: (href) => engine.findInUrl(href),
    // Without the background's strings, the browser's own language (browser.i18n) still labels marks.
    label: (number) =>
      hasCatalog(lang) ? translate(lang, 'content_markLabel', number) : browserMessage('content_markLabel', number),
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

  const actions = {
    lookup: (number: string, carrier?: string) => sendType<typeof msg.lookup>('lookup', { number, carrier }),
    // Only the number and carrier leave the page: no page title, URL or text.
    pin: (number: string, carrier?: string) => sendType<typeof msg.pin>('pin', { number, carrier }),
    unpin: (keys: string[]) => sendType<typeof msg.unpin>('unpin', { keys }),
    openDetails: (number: string, carrier?: string) => sendType<typeof msg.openDetails>('open-details', { number, carrier }),
    copy: copyText,
  };
  const card = createLazyCard(async () => ({ ctx, mutate: scan.mutate, actions, lang, strings: await strings }));

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
      const id = (await engine.ready()).identify(number);
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

  ctx.onInvalidated(() => {
    // The extension was updated or removed: leave the page as it was.
    stopMarks();
    stopMessages();
    card.destroy();
    scan.stop();
    document.getElementById(MARK_STYLE_ID)?.remove();
  });

  const settings = await sendType<typeof msg.contentSettings>('content-settings', { host });
  if (ctx.isInvalid) return;
  if (settings.ok) lang = resolveLocale(settings.data.uiLanguage, navigator.languages);
  // Only the active language's strings, from the background: the marks' labels and, later, the card.
  strings = sendType<typeof msg.contentStrings>('content-strings', { locale: lang }).then((r) => (r.ok ? r.data : {}));
  const loaded = await strings;
  if (ctx.isInvalid) return;
  if (Object.keys(loaded).length > 0) addCatalog(lang, loaded);
  // If the background cannot answer, marking still helps: lookups go through it anyway. A sign-in page
  // (a password field) stays unmarked unless the user chose otherwise.
  setEnabled(settings.ok ? settings.data.enabled && !(settings.data.offOnPasswordPages && hasPasswordField(document)) : true);
}

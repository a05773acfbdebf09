// Content script: marks tracking numbers on pages and shows the tracking card. Logic lives in
// utils/page-scan (scanning and marking) and components/card (the card); this only starts it.
import { defineContentScript } from 'wxt/utils/define-content-script';
import '@/components/card/card.css';
import { startContent } from './app';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Iframes too (shop widgets, webmail bodies), including about:blank/srcdoc ones, which take the
  // origin of the page that made them.
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    startContent(ctx).catch((error: unknown) => console.debug('[Trackpin]', error));
  },
});

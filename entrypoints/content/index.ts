// Content script: marks tracking numbers on pages and shows the tracking card. Logic lives in
// utils/page-scan (scanning and marking) and components/card (the card); this only starts it.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { shieldStartEvent } from '@/utils/page-safety/start-event';
import { startContent } from './app';

export default defineContentScript({
  // Registered by the background for the sites the mode allows (utils/background/site-access.ts, which
  // keeps the frame options); WXT still asks for `matches`, which the manifest hook in wxt.config.ts keeps
  // out of Chrome's required host permissions.
  registration: 'runtime',
  matches: ['<all_urls>'],
  // The card's script (loaded on first use) brings its styles inline: no stylesheet to inject or expose.
  cssInjectionMode: 'manual',
  // WXT would post its start-up event (and so its name) to the page: a page must not learn we run.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The name is private in WXT's types but public at run time: read it rather than rebuild it.
    shieldStartEvent(window, (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE);
    startContent(ctx).catch((error: unknown) => console.debug('[Trackpin]', error));
  },
});

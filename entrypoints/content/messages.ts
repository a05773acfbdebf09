// Answers the popup and the background (tabs.sendMessage): numbers found here, show a card, site switch.
// Only our own extension may ask, and every payload is validated by the shared router.
import { browser } from 'wxt/browser';
import { createRouter, route } from '@/utils/messages/router';
import { contentMsg, frameMsg, type FoundNumber } from '@/utils/messages/content-api';
import { send } from '@/utils/messages/send';
import { extensionUrl } from '@/utils/extension';

export interface ContentHandlers {
  found(): { host: string; enabled: boolean; numbers: FoundNumber[] };
  showCard(number: string, carrier?: string): Promise<boolean>;
  setEnabled(enabled: boolean): void;
}

const OUR_TYPES: ReadonlySet<string> = new Set(Object.values(contentMsg).map((d) => d.type));

export function listenForMessages(handlers: ContentHandlers): () => void {
  const router = createRouter(
    [
      route(contentMsg.foundNumbers, () => handlers.found()),
      route(contentMsg.showCard, async ({ number, carrier }) => ({ shown: await handlers.showCard(number, carrier) })),
      route(contentMsg.settingsChanged, ({ enabled }) => {
        handlers.setEnabled(enabled);
        return null;
      }),
    ],
    { id: browser.runtime.id, origin: new URL(extensionUrl('/')).origin },
  );
  // Answered through sendResponse: the content script runs on the browsers' own API (no polyfill), and
  // Chrome's onMessage does not take a returned promise.
  const listener = (
    message: unknown,
    sender: { id?: string; url?: string; tab?: unknown; frameId?: number },
    sendResponse: (reply: unknown) => void,
  ) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !OUR_TYPES.has(type)) return undefined;
    if (type === contentMsg.foundNumbers.type && window !== window.top) {
      // Only one frame's reply reaches the popup: a subframe sends its numbers separately, and stays quiet.
      const { enabled, numbers } = handlers.found();
      if (enabled && numbers.length > 0) void send(frameMsg.frameNumbers, { numbers: numbers.slice(0, 500) });
      return undefined;
    }
    void router(message, sender).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

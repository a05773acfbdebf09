// The in-page card's code (entrypoints/card.ts), put into the asking frame's content-script world on its
// first card. Injected by the background rather than imported by the content script: no extension file
// has to be web-accessible, so a page has nothing to probe, and the Firefox package has no dynamic import.
import { browser } from 'wxt/browser';
import type { SenderLike } from '../messages/sender';
import { BackgroundError } from './background-error';
import { tabIdOf } from './card-tabs';

export const CARD_FILE = '/card.js';

export async function injectCard(sender: SenderLike): Promise<null> {
  const tabId = tabIdOf(sender);
  if (tabId === null) throw new BackgroundError('invalid-input', 'The card can only be loaded into a tab.');
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [CARD_FILE] });
  return null;
}

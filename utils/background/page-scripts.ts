// The code a page needs only sometimes, put into the asking frame's content-script world on first use: the
// detection engine (entrypoints/engine.ts) once the frame's text holds a candidate, the card's code
// (entrypoints/card.ts) on its first card. Injected by the background rather than imported by the content
// script: no extension file has to be web-accessible, so a page has nothing to probe, and the Firefox
// package has no dynamic import.
import { browser } from 'wxt/browser';
import type { SenderLike } from '../messages/sender';
import { BackgroundError } from './background-error';
import { tabIdOf } from './card-tabs';

/** The scripts a content script may ask for, by name: it never names a file. */
export const PAGE_SCRIPTS = { card: '/card.js', engine: '/engine.js' } as const;
export type PageScript = keyof typeof PAGE_SCRIPTS;

export async function injectPageScript(sender: SenderLike, script: PageScript): Promise<null> {
  const tabId = tabIdOf(sender);
  if (tabId === null) throw new BackgroundError('invalid-input', 'Trackpin can only load its code into a tab.');
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [PAGE_SCRIPTS[script]] });
  return null;
}

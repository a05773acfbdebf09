// Reads inside the in-page card in Firefox. Its shadow root is closed to page scripts, but WebDriver BiDi
// serialises closed shadow roots when asked to (script.callFunction with serializationOptions.includeShadowTree
// "all", https://w3c.github.io/webdriver-bidi/#type-script-SerializationOptions), and the shared reference it
// returns can be passed back as an argument. puppeteer's public evaluate never sets that option, so this
// sends the command through the frame's BiDi realm.
import type { Page } from 'puppeteer-core';
import { CARD_TAG } from '@/utils/page-scan/dom-rules';

type BidiValue = { type: string; value?: any; sharedId?: string };
type BidiRealm = {
  callFunction(declaration: string, awaitPromise: boolean, options: object): Promise<{ type: string; result?: BidiValue; exceptionDetails?: unknown }>;
};

function realmOf(page: Page): BidiRealm {
  return (page.mainFrame() as unknown as { mainRealm(): { realm: BidiRealm } }).mainRealm().realm;
}

/**
 * Calls `declaration` (a function's source taking the card's shadow root, then `args`) in the page and
 * returns its value; null while no card is open. The value goes through JSON.
 */
export async function callInCard<T>(page: Page, declaration: string, ...args: string[]): Promise<T | null> {
  const realm = realmOf(page);
  const host = await realm.callFunction('(tag) => document.querySelector(tag)', false, {
    arguments: [{ type: 'string', value: CARD_TAG }],
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
  });
  const shadow = host.result?.value?.shadowRoot as BidiValue | null | undefined;
  if (!shadow?.sharedId) return null;
  const read = await realm.callFunction(`(root, ...args) => JSON.stringify((${declaration})(root, ...args) ?? null)`, true, {
    arguments: [{ sharedId: shadow.sharedId }, ...args.map((value) => ({ type: 'string', value }))],
  });
  if (read.type !== 'success' || typeof read.result?.value !== 'string') throw new Error(`could not read the card: ${JSON.stringify(read).slice(0, 300)}`);
  return JSON.parse(read.result.value) as T;
}

/** The card's HTML and the outer HTML of elements in it matching `selector`; empty while no card is open. */
export async function firefoxCard(page: Page, selector: string): Promise<{ html: string; matches: string[] }> {
  const read = await callInCard<{ html: string; matches: string[] }>(
    page,
    '(root, sel) => ({ html: root.innerHTML, matches: [...root.querySelectorAll(sel)].map((e) => e.outerHTML.slice(0, 200)) })',
    selector,
  );
  return read ?? { html: '', matches: [] };
}

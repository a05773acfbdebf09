// The script injected into every page carries the page scan and marks only: the detection engine
// (engine.js) is parsed only in pages whose text may hold a number, the card's script (card.js) the first
// time a card opens, and the page and the card speak the user's chosen language (here Polish)
// with only that language's strings sent to the page's content script.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, readCard, startSandbox, waitForCard, type ChromiumExtension } from './harness';
import { configureForSandbox } from './configure';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { SEED } from '@/sandbox/seed-data';
import pl from '@/public/_locales/pl/messages.json';

let ext: ChromiumExtension;
let sandbox: Awaited<ReturnType<typeof startSandbox>>;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  ext = await launchChromium();
  await configureForSandbox(ext.serviceWorker, { endpoint: sandbox.trackingmoreUrl, apiKey: DEMO_KEYS.trackingmore, uiLanguage: 'pl' });
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
});

/** Every script the renderer parses in `page`, content scripts' worlds included. */
async function parsedScripts(page: Awaited<ReturnType<ChromiumExtension['context']['newPage']>>): Promise<string[]> {
  const cdp = await ext.context.newCDPSession(page);
  const parsed: string[] = [];
  cdp.on('Debugger.scriptParsed', (e: { url: string }) => parsed.push(e.url));
  await cdp.send('Debugger.enable');
  return parsed;
}

describe('the engine on first use', () => {
  it('is never loaded into a page without a possible number, and is loaded into one with numbers', async () => {
    const page = await ext.context.newPage();
    const parsed = await parsedScripts(page);
    // A long page of prose, prices, dates and links, but nothing shaped like a tracking number.
    await page.route('https://plain.example/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<main>${'<p>Ordered on 12 March 2026 · 3 items · $45.99 · <a href="/orders/12345678">View order</a></p>'.repeat(500)}</main>`,
      }),
    );
    await page.goto('https://plain.example/');
    await expect.poll(() => parsed.some((u) => u.endsWith('/content-scripts/content.js')), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(800);
    expect(parsed.filter((u) => u.endsWith('/engine.js'))).toEqual([]);

    // A single-page app then shows a number: the engine comes in and it is marked.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p>Tracking number 1Z999AA10123456784</p>'));
    await page.waitForFunction(() => document.querySelector('trackpin-mark[data-trackpin="1Z999AA10123456784"]'), null, { timeout: 10_000 });
    expect(parsed.filter((u) => u.endsWith('/engine.js'))).toHaveLength(1);
    await page.close();
  });
});

describe('the card on first use', () => {
  it('is not loaded until a mark is opened, then shows in the chosen language (Polish)', async () => {
    const page = await ext.context.newPage();
    const parsed = await parsedScripts(page);
    await page.goto(sandbox.url + '/shop/en/order/1001');
    await page.waitForFunction(() => document.querySelectorAll('trackpin-mark[data-trackpin]').length >= 3, null, { timeout: 15_000 });
    await page.waitForTimeout(300);

    expect(parsed.some((u) => u.endsWith('/content-scripts/content.js'))).toBe(true);
    expect(parsed.filter((u) => u.endsWith('/engine.js'))).toHaveLength(1);
    expect(parsed.filter((u) => u.endsWith('/card.js'))).toEqual([]);
    // Marks are labelled in Polish before any card exists.
    const label = await page.getAttribute(`trackpin-mark[data-trackpin="${SEED.ups}"][aria-label]`, 'aria-label');
    expect(label).toBe(pl.content_markLabel.message.replace('$1', SEED.ups));

    await page.focus(`trackpin-mark[data-trackpin="${SEED.ups}"]`);
    await page.keyboard.press('Enter');
    const view = await waitForCard(
      page,
      async (p) => ({ html: await readCard(p, async (card) => card?.html ?? '') }),
      (h) => h.includes('class="tp-card"') && !h.includes('data-phase="loading"'),
    );
    expect(parsed.filter((u) => u.endsWith('/card.js'))).toHaveLength(1);
    expect(view.html).toContain(`>${pl.card_pin.message}<`);
    expect(view.html).toContain(`aria-label="${pl.card_close.message}"`);
    // The card's styles came with its script: laid out as a card, not as bare text.
    const width = await readCard(page, async (card) => {
      const { nodeId } = await card!.cdp.send('DOM.querySelector', { nodeId: card!.nodeId, selector: '.tp-card' });
      const { model } = await card!.cdp.send('DOM.getBoxModel', { nodeId });
      return model.width;
    });
    expect(width).toBeGreaterThan(200);
    expect(width).toBeLessThan(500);
    await page.close();
  });
});

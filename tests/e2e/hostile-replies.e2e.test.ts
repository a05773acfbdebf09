// Hostile replies (issue 8): the provider answers with markup, script, javascript: links, bidi overrides,
// emoji and very long strings in event texts, titles and airline names. The in-page card, the popup's
// details and the notifications must show them as inert text, and only http(s) links may become links.
// The replies come from a rewriting proxy in front of the sandbox (tests/fixtures/hostile-server.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, readCard, startSandbox, waitForCard, type ChromiumExtension } from './harness';
import { configureForSandbox } from './configure';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { SEED } from '@/sandbox/seed-data';
import { startHostileServer, EVENT_CYCLE, HOSTILE_AIRLINE, HOSTILE_TITLE, type HostileServer } from '../fixtures/hostile-server';
import { HOSTILE, PWNED_FLAG } from '../fixtures/hostile-strings';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

let ext: ChromiumExtension;
let sandbox: Sandbox;
let proxy: HostileServer;

// Elements that would mean API text was parsed as markup (or a script got a foothold).
const ACTIVE = 'img, script:not([src]), iframe, object, embed, [onerror], [onload], [onclick], a[href^="javascript" i], b';

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  proxy = await startHostileServer(sandbox.url);
  ext = await launchChromium();
  await configureForSandbox(ext.serviceWorker, { endpoint: proxy.trackingmoreUrl, apiKey: DEMO_KEYS.trackingmore });
});

afterAll(async () => {
  await ext?.close();
  await proxy?.close();
  await sandbox?.close();
});

interface CardDom {
  html: string;
  /** Outer HTML of elements inside the card matching ACTIVE. */
  active: string[];
}

/** The card's HTML and any active elements in it, read through CDP (its shadow root is closed). */
function cardDom(page: Page): Promise<CardDom> {
  return readCard(page, async (card) => {
    if (!card) return { html: '', active: [] };
    const { nodeIds } = await card.cdp.send('DOM.querySelectorAll', { nodeId: card.nodeId, selector: ACTIVE });
    const active = await Promise.all(
      nodeIds.map((id) => card.cdp.send('DOM.getOuterHTML', { nodeId: id }).then((r) => r.outerHTML.slice(0, 200))),
    );
    return { html: card.html, active };
  });
}


const loaded = (html: string) => html.includes('class="tp-card"') && !html.includes('data-phase="loading"');
/** How the serialiser writes a text node holding `s` (what we expect to find as text). */
const asText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');

async function openShop(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`${sandbox.url}/shop/en/order/1001`);
  await page.waitForSelector(`trackpin-mark[data-trackpin="${SEED.ups}"]`, { timeout: 15_000 });
  return page;
}

describe('hostile replies in the in-page card', () => {
  it('shows event texts and locations with markup, script, bidi, emoji and 30,000 characters as inert text', async () => {
    const page = await openShop();
    await page.click(`trackpin-mark[data-trackpin="${SEED.ups}"]`);
    const { html, active } = await waitForCard(page, cardDom, loaded);
    // The hostile texts arrived (the proxy works) and are shown as text...
    // A 30,000-character text is stored cut to its first 500 characters (bounded storage), and shown so.
    expect(html).toContain(asText(EVENT_CYCLE[0]!.slice(0, 300)));
    expect(html).not.toContain('END-OF-LONG');
    expect(html).toContain(asText(HOSTILE.script));
    expect(html).toContain(asText('<b>Bold</b>'));
    expect(html).toContain('\u202Eevil.exe\u202C');
    expect(html).toContain('👨‍👩‍👧');
    // ...never as elements, and nothing ran in the page.
    expect(active).toEqual([]);
    // The number itself is its own element: a bidi override in a neighbour cannot rewrite it.
    expect(html).toContain(`translate="no">${SEED.ups}</span>`);
    await page.waitForTimeout(300);
    expect(await page.evaluate((flag) => document.documentElement.dataset[flag], PWNED_FLAG)).toBeUndefined();
    await page.close();
  });

  it('shows a hostile airline name as text and renders no links', async () => {
    const page = await openShop();
    await page.click(`trackpin-mark[data-trackpin="${SEED.awb}"]`);
    const { html, active } = await waitForCard(page, cardDom, loaded);
    expect(html).toContain(`<span class="tp-card-carrier">${asText(HOSTILE_AIRLINE)}</span>`);
    expect(active).toEqual([]);
    expect(html).not.toMatch(/<a\b/);
    expect(await page.evaluate((flag) => document.documentElement.dataset[flag], PWNED_FLAG)).toBeUndefined();
    await page.close();
  });
});

describe('hostile replies in the popup details', () => {
  async function details(carrier: string, number: string) {
    const page = await ext.context.newPage();
    await page.goto(ext.extUrl(`popup.html#/details/${carrier}/${encodeURIComponent(number)}`));
    await page.waitForFunction((marker) => document.body.textContent?.includes(marker), HOSTILE.script, { timeout: 15_000 });
    const dom = await page.evaluate((selector) => {
      const active = [...document.querySelectorAll(selector)]
        // The popup's own markup may use <b>: only count what holds API text.
        .filter((e) => e.tagName !== 'B' || e.textContent === 'Bold')
        .map((e) => e.outerHTML.slice(0, 200));
      const links = [...document.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent }));
      return { text: document.body.textContent ?? '', active, links };
    }, ACTIVE);
    return { page, ...dom };
  }

  it('parcel: event texts, location and title are text; javascript: weblinks are not links', async () => {
    const { page, text, active, links } = await details('ups', SEED.ups);
    expect(text).toContain(HOSTILE.img);
    expect(text).toContain(HOSTILE.script);
    expect(text).toContain(HOSTILE.link);
    expect(text).toContain(HOSTILE.svg);
    expect(text).toContain(HOSTILE.rtl);
    expect(text).toContain(HOSTILE_TITLE);
    expect(active).toEqual([]);
    // The carrier's weblink was javascript:, so the carrier name is plain text, not a link.
    for (const link of links) expect(link.href ?? '').toMatch(/^(https?:|#|$)/);
    expect(links.some((l) => (l.href ?? '').startsWith('javascript'))).toBe(false);
    await page.close();
  });

  it('air waybill: the airline name is text; only its https link is a link (javascript: track link dropped)', async () => {
    const { page, text, active, links } = await details('auto', SEED.awb);
    expect(text).toContain(HOSTILE_AIRLINE);
    expect(active).toEqual([]);
    const airline = links.find((l) => l.text === HOSTILE_AIRLINE);
    // track_url was javascript: → the airline's https url is used instead, percent-encoded by URL parsing.
    expect(airline?.href).toBe(new URL(HOSTILE.httpWithMarkup).href);
    for (const link of links) expect(link.href ?? '').toMatch(/^(https?:|#|$)/);
    await page.close();
  });
});

describe('hostile replies in notifications', () => {
  it('notifications carry plain, capped text', async () => {
    const sw = await ext.worker();
    // Record what the background asks Chrome to show (headless Chromium shows nothing).
    await sw.evaluate(() => {
      const g = globalThis as unknown as { __notes: unknown[]; chrome: { notifications: { create: (...a: unknown[]) => Promise<string> } } };
      g.__notes = [];
      const original = g.chrome.notifications.create.bind(g.chrome.notifications);
      g.chrome.notifications.create = (...args: unknown[]) => {
        g.__notes.push(args);
        return original(...args).catch(() => String(args[0]));
      };
    });
    const popup = await ext.context.newPage();
    await popup.goto(ext.extUrl('popup.html'));
    const pinned = (await popup.evaluate((n) => chrome.runtime.sendMessage({ type: 'pin', payload: { number: n, carrier: 'ups' } }), SEED.ups)) as { ok: boolean };
    expect(pinned.ok).toBe(true);
    // UPS goes transit → delivered after 14 hours of sandbox time.
    sandbox.advance(15);
    const polled = (await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'poll-now', payload: {} }))) as { ok: boolean };
    expect(polled.ok).toBe(true);
    await expect.poll(() => sw.evaluate(() => (globalThis as unknown as { __notes: unknown[] }).__notes.length), { timeout: 10_000 }).toBeGreaterThan(0);
    const notes = (await sw.evaluate(() => (globalThis as unknown as { __notes: unknown[] }).__notes)) as [string, { title: string; message: string }][];
    const delivered = notes.map(([, o]) => o).find((o) => o.message.includes('onerror'));
    expect(delivered, JSON.stringify(notes).slice(0, 500)).toBeDefined();
    for (const [, o] of notes) {
      expect(o.title.length).toBeLessThanOrEqual(120);
      expect(o.message.length).toBeLessThanOrEqual(200);
      expect(o.message).not.toMatch(/[\u0000-\u001f\u007f]/);
    }
    // The markup travels as literal characters: notifications never interpret it.
    expect(delivered!.message.startsWith(HOSTILE.img)).toBe(true);
    await popup.close();
  });
});

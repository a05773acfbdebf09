// Hostile replies in the in-page card, the popup's details and notifications, shared by Chromium
// (hostile-replies.e2e.test.ts) and Firefox (hostile-replies.firefox.e2e.test.ts): API text with markup,
// script, javascript: links, bidi overrides and very long strings is shown as inert text, and only http(s)
// links become links. The replies come from the rewriting proxy in front of the sandbox
// (tests/fixtures/hostile-server.ts).
import { expect, it } from 'vitest';
import { poll } from './page-probes';
import { SEED } from '@/sandbox/seed-data';
import { EVENT_CYCLE, HOSTILE_AIRLINE, HOSTILE_TITLE } from '../fixtures/hostile-server';
import { HOSTILE, PWNED_FLAG } from '../fixtures/hostile-strings';
import type { Reply, SandboxHandle } from './background-journeys';

/** Elements that would mean API text was parsed as markup (or a script got a foothold). */
export const ACTIVE = 'img, script:not([src]), iframe, object, embed, [onerror], [onload], [onclick], a[href^="javascript" i], b';

export type Shown = { title: string; message: string };

/** The card's HTML and the elements in it matching ACTIVE (its shadow root is closed: each browser reads it its way). */
export type CardDom = { html: string; active: string[] };

export interface HostileDriver {
  sandbox: SandboxHandle;
  /** Opens the demo order page, opens the card of `number` as the user does, and reads it. */
  cardOf(number: string): Promise<{ read(): Promise<CardDom>; pwned(): Promise<boolean>; close(): Promise<void> }>;
  /** Shows `popup.html#<hash>` in an extension page; `run` evaluates in it. */
  popupAt(hash: string): Promise<{ run<A, R>(fn: (arg: A) => R, arg: A): Promise<R>; close(): Promise<void> }>;
  send(type: string, payload?: object): Promise<Reply>;
  badge(): Promise<string>;
  /** From now on, records what the background asks the browser to show as notifications. */
  recordNotifications(): Promise<void>;
  recorded(): Promise<Shown[]>;
}

function detailsDom(selector: string) {
  const active = [...document.querySelectorAll(selector)]
    // The popup's own markup may use <b>: only count what holds API text.
    .filter((e) => e.tagName !== 'B' || e.textContent === 'Bold')
    .map((e) => e.outerHTML.slice(0, 200));
  const links = [...document.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent }));
  return { text: document.body.textContent ?? '', active, links };
}

async function details(d: HostileDriver, carrier: string, number: string, marker: string) {
  const page = await d.popupAt(`/details/${carrier}/${encodeURIComponent(number)}`);
  const bodyText = () => page.run(() => document.body.textContent ?? '', undefined);
  await poll('the details with the hostile texts', bodyText, (t) => t.includes(HOSTILE.script) && t.includes(marker));
  return { page, ...(await page.run(detailsDom, ACTIVE)) };
}

const loaded = (html: string) => html.includes('class="tp-card"') && !html.includes('data-phase="loading"');
/** How the serialiser writes a text node holding `s` (what we expect to find as text). */
const asText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');

export function cardJourneys(driver: () => HostileDriver): void {
  it('shows event texts and locations with markup, script, bidi, emoji and 30,000 characters as inert text', async () => {
    const card = await driver().cardOf(SEED.ups);
    const { html, active } = await poll('the card with the reply', () => card.read(), (c) => loaded(c.html));
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
    await new Promise((r) => setTimeout(r, 300));
    expect(await card.pwned()).toBe(false);
    await card.close();
  });

  it('shows a hostile airline name as text and renders no links', async () => {
    const card = await driver().cardOf(SEED.awb);
    const { html, active } = await poll('the card with the reply', () => card.read(), (c) => loaded(c.html));
    expect(html).toContain(`<span class="tp-card-carrier">${asText(HOSTILE_AIRLINE)}</span>`);
    expect(active).toEqual([]);
    expect(html).not.toMatch(/<a\b/);
    expect(await card.pwned()).toBe(false);
    await card.close();
  });
}

/** Runs in the page: whether a hostile text got to run script there. */
export const pwnedProbe = (flag: string) => document.documentElement.dataset[flag] !== undefined;
export { PWNED_FLAG };

export function popupDetailsJourneys(driver: () => HostileDriver): void {
  it('parcel: event texts, location and title are text; javascript: weblinks are not links', async () => {
    const { page, text, active, links } = await details(driver(), 'ups', SEED.ups, HOSTILE_TITLE);
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
    const { page, text, active, links } = await details(driver(), 'auto', SEED.awb, HOSTILE_AIRLINE);
    expect(text).toContain(HOSTILE_AIRLINE);
    expect(active).toEqual([]);
    const airline = links.find((l) => l.text === HOSTILE_AIRLINE);
    // track_url was javascript: → the airline's https url is used instead, percent-encoded by URL parsing.
    expect(airline?.href).toBe(new URL(HOSTILE.httpWithMarkup).href);
    for (const link of links) expect(link.href ?? '').toMatch(/^(https?:|#|$)/);
    await page.close();
  });
}

export function notificationJourneys(driver: () => HostileDriver): void {
  it('a change polled from a hostile reply is notified in plain, capped text, and counted unread on the badge', async () => {
    const d = driver();
    await d.recordNotifications();
    expect(await d.send('pin', { number: SEED.ups, carrier: 'ups' })).toMatchObject({ ok: true });
    // UPS goes transit → delivered after 14 hours of sandbox time.
    d.sandbox.advance(15);
    expect(await d.send('poll-now')).toMatchObject({ ok: true });
    const notes = await poll('a notification to be asked for', () => d.recorded(), (n) => n.length > 0, 10_000);
    const delivered = notes.find((o) => o.message.includes('onerror'));
    expect(delivered, JSON.stringify(notes).slice(0, 500)).toBeDefined();
    for (const o of notes) {
      expect(o.title.length).toBeLessThanOrEqual(120);
      expect(o.message.length).toBeLessThanOrEqual(200);
      expect(o.message).not.toMatch(/[\u0000-\u001f\u007f]/);
    }
    // The markup travels as literal characters: notifications never interpret it.
    expect(delivered!.message.startsWith(HOSTILE.img)).toBe(true);
    // What the user sees besides the notification: the change counted unread, on the badge.
    expect(await d.send('status')).toMatchObject({ ok: true, data: { unread: 1 } });
    expect(await d.badge()).toBe('1');
  });
}

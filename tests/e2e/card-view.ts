// The in-page card as the user sees it, read through CDP (its shadow root is closed to the page and to
// Playwright): its HTML and where its Pin button is. Shared by the Chromium card and page-safety tests.
import type { Page } from 'playwright-core';
import { readCard } from './harness';

export interface CardView {
  html: string;
  /** Border-box centre of the Pin button in page coordinates. */
  pinBox: { x: number; y: number } | null;
}

export function cardView(page: Page): Promise<CardView> {
  return readCard(page, async (card) => {
    if (!card) return { html: '', pinBox: null };
    const { nodeId } = await card.cdp.send('DOM.querySelector', { nodeId: card.nodeId, selector: 'button[aria-pressed]' });
    let pinBox: CardView['pinBox'] = null;
    if (nodeId) {
      const { model } = await card.cdp.send('DOM.getBoxModel', { nodeId });
      const [x1, y1, x2, , , y3] = model.border;
      pinBox = { x: (x1! + x2!) / 2, y: (y1! + y3!) / 2 };
    }
    return { html: card.html, pinBox };
  });
}

export const cardOpen = (html: string) => html.includes('class="tp-card"');
export const cardLoaded = (html: string) => cardOpen(html) && !html.includes('data-phase="loading"');

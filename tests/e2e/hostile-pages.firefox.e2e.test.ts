// Hostile pages in Firefox (firefox-mv3 build): the journeys of hostile-page-journeys.ts, shared with
// hostile-pages.e2e.test.ts — a page's scripts try runtime messages and forged postMessage envelopes, drive
// and read the in-page card, and forge marks. Clicks and keys are real BiDi input; the card's closed shadow
// root is read over BiDi (firefox-card.ts). "Heavy pages stay responsive" is Chromium only (see that file).
import { describe } from 'vitest';
import { SEED } from '@/sandbox/seed-data';
import { forgeryPage } from '../fixtures/hostile-pages';
import { useFirefoxPages } from './firefox-driver';
import { hostilePageJourneys } from './hostile-page-journeys';
import { markOf } from './page-safety-journeys';

const driver = useFirefoxPages((site) => site.page('forgery', forgeryPage(SEED.ups)), [markOf(SEED.ups)]);

describe('hostile pages: messages, the card, forged marks (Firefox)', () => {
  hostilePageJourneys(driver);
});

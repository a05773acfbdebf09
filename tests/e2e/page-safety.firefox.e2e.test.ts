// Page safety in Firefox (firefox-mv3 build): the journeys of page-safety-journeys.ts, shared with
// page-safety.e2e.test.ts — UI redress (a transparent or stretched mark, the card hidden under a decoy or
// moved under the pointer) and WXT's start-up event replayed by the page. Clicks and keys are real BiDi input
// (input.performActions); the card's closed shadow root is read and its Pin focused over BiDi (firefox-card.ts).
// Firefox has no IntersectionObserver v2 (trackVisibility, https://bugzil.la/1896900): its card relies on the
// rest of the click rule (top layer, hit test, settle time), which these journeys exercise.
// "A content script may unpin only the number its card opened" stays Chromium-only: see page-safety.e2e.test.ts.
import { describe } from 'vitest';
import { SEED } from '@/sandbox/seed-data';
import { decoyShopPage } from '../fixtures/redress-pages';
import { useFirefoxPages } from './firefox-driver';
import { markOf, pageSafetyJourneys } from './page-safety-journeys';

const driver = useFirefoxPages((site) => site.page('shop', decoyShopPage([SEED.ups, SEED.upsUndelivered])), [markOf(SEED.ups), markOf(SEED.upsUndelivered)]);

describe('page safety (Firefox)', () => {
  pageSafetyJourneys(driver);
});

// The restart journeys of restart.e2e.test.ts in Firefox (background-journeys.ts): the event page is
// unloaded in the middle of a bulk import and of a poll (see firefox-driver.ts for how) and its next start
// finishes the work, nothing lost, nothing twice. Notifications: headless Firefox shows none, so the
// journey checks the unread count and badge there.
import { describe } from 'vitest';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { useFirefoxBackground } from './firefox-driver';
import { restartJourneys } from './background-journeys';

describe('background restarts (Firefox event page)', () => {
  restartJourneys(useFirefoxBackground(DEMO_KEYS.empty));
});

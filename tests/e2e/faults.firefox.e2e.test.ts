// The fault journeys of faults.e2e.test.ts in Firefox (background-journeys.ts): Firefox's own fetch, CORS
// and storage against the sandbox's fault hooks.
import { describe } from 'vitest';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { useFirefoxBackground } from './firefox-driver';
import { faultJourneys } from './background-journeys';

describe('faults (Firefox)', () => {
  faultJourneys(useFirefoxBackground(DEMO_KEYS.trackingmore));
});

// An account change (key, provider or endpoint) starts afresh: no 429 pause of the old account holds back
// the new one, neither the poll's stored pause nor the client's in-memory one.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_RATE_LIMITS, limitersFor } from '@/utils/api/rate-limiter';
import { afterSettingsChange } from '@/utils/background/settings-ops';
import { readPollState } from '@/utils/background/poll/poll-state';
import { updatePoll } from '@/utils/background/transaction';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';

const before: Settings = { ...DEFAULT_SETTINGS, provider: 'trackingmore-v2', apiKey: 'old-key' };
const pauseOf = (s: Settings) => limitersFor(s.provider, s.apiKey, DEFAULT_RATE_LIMITS).pausedUntil;

describe('settings changes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a new key clears the poll pause and the client pause', async () => {
    limitersFor(before.provider, before.apiKey, DEFAULT_RATE_LIMITS).pausedUntil = Date.now() + 6 * 3_600_000;
    await updatePoll((poll) => void (poll.pausedUntil = Date.now() + 6 * 3_600_000));
    await afterSettingsChange({ ...before, apiKey: 'new-key' }, before);
    expect(pauseOf(before)).toBe(0);
    expect((await readPollState()).pausedUntil).toBeNull();
  });

  it('a change that keeps the account keeps its pause', async () => {
    const until = Date.now() + 3_600_000;
    limitersFor(before.provider, before.apiKey, DEFAULT_RATE_LIMITS).pausedUntil = until;
    await afterSettingsChange({ ...before, uiLanguage: 'pl' }, before);
    expect(pauseOf(before)).toBe(until);
  });
});

// Asks the provider for the remaining quota before a scheduled run, at most every QUOTA_REFRESH_MS, and
// keeps the answer in the poll state. Only where the provider tells it (TrackingMore v2's getuserinfo);
// a failed ask keeps the last answer: the run itself will meet the same trouble and say so.
import type { Settings } from '../../settings/model';
import { clientFor } from '../client';
import { updatePoll } from '../transaction';
import { isQuotaDue, nextSample } from './api-quota';
import { readPollState } from './poll-state';

export async function refreshQuota(settings: Settings, now: number): Promise<void> {
  if (!settings.apiKey.trim()) return;
  const client = clientFor(settings, { kind: 'scheduled' });
  if (!client.supports('getUserInfo')) return;
  if (!isQuotaDue((await readPollState()).quota, now)) return;
  let remaining: number;
  try {
    const info = await client.getUserInfo();
    if (typeof info.track_number !== 'number') return;
    remaining = info.track_number;
  } catch {
    return;
  }
  await updatePoll((poll) => {
    poll.quota = nextSample(poll.quota, remaining, now);
  });
}

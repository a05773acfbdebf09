// Tells a run's changes: each change once (by fingerprint), through the user's milestone filter, held
// during quiet hours and then told in one digest. Held changes are kept in the poll state, so a worker
// restart during the night loses none. Shown before they are remembered: a worker killed in between
// shows them again under the same IDs (replacing), never loses them.
import type { Settings } from '../../settings/model';
import { updatePoll } from '../transaction';
import { changeFingerprint, readPollState, type PendingChange } from './poll-state';
import { passesRule, planDigest, planNotifications, showAll } from './notifications';
import { isQuiet } from './quiet-hours';

/** A night of changes is bounded: the digest names a few and counts the rest. */
const MAX_HELD = 500;

type Tellable = Pick<Settings, 'notify' | 'quietHoursOn' | 'quietStart' | 'quietEnd'>;

export async function tellChanges(pending: PendingChange[], settings: Tellable, runId: string, now: number): Promise<void> {
  const { notified } = await readPollState();
  const fresh = pending.filter((c) => notified[c.key] !== changeFingerprint(c));
  const wanted = fresh.filter((c) => passesRule(c, settings.notify));
  const quiet = isQuiet(settings, now);
  if (!quiet) await showAll(planNotifications(wanted, 'all', runId));
  await updatePoll((poll) => {
    for (const c of fresh) poll.notified[c.key] = changeFingerprint(c);
    if (!quiet) return;
    // One entry per shipment: the latest change stands for the night.
    const keys = new Set(wanted.map((c) => c.key));
    poll.held = [...poll.held.filter((c) => !keys.has(c.key)), ...wanted].slice(-MAX_HELD);
  });
}

/** Outside quiet hours, what they held goes out as one digest. */
export async function deliverHeld(settings: Tellable, now: number): Promise<void> {
  if (isQuiet(settings, now)) return;
  const { held } = await readPollState();
  if (held.length === 0) return;
  await showAll(planDigest(held, digestId(held)));
  const told = new Set(held.map((c) => `${c.key}|${changeFingerprint(c)}`));
  await updatePoll((poll) => {
    poll.held = poll.held.filter((c) => !told.has(`${c.key}|${changeFingerprint(c)}`));
  });
}

/** Same held set → same ID: a digest shown again after a restart replaces itself. */
function digestId(held: PendingChange[]): string {
  let h = 5381;
  for (const ch of held.map((c) => `${c.key}|${changeFingerprint(c)}`).join('\n')) h = ((h * 33) ^ ch.charCodeAt(0)) >>> 0;
  return h.toString(36);
}

// Which pinned shipments a poll run fetches: on a scheduled tick those the schedule says are due, on
// "Check now" every one still moving. Parcels and air waybills go to different endpoints, so they are
// chunked separately (MAX_PER_CALL per call), parcels first.
import type { Settings } from '../../settings/model';
import type { Status } from '../../shipments/types';
import type { PinnedShipment, Watchlist } from '../../watchlist/model';
import { chunks, MAX_PER_CALL } from '../../api/chunks';
import { quotaLevel } from './api-quota';
import { callsPerDay, intervalMs, isDueAt, isGivenUp, nextCheckAt, type ScheduleInput } from './schedule';
import { lastCheckOf, type PollRun, type PollState } from './poll-state';

/** 'due': a scheduled tick; 'all': the user's "Check now". */
export type PollScope = 'due' | 'all';

const FINISHED: ReadonlySet<string> = new Set(['delivered', 'expired']);

/** What "Check now" fetches: everything pinned that is not archived, delivered or expired. */
export function isActive(p: PinnedShipment): boolean {
  return !p.archived && !FINISHED.has(p.shipment?.status ?? '');
}

/** The schedule's view of one pin: a pin checked but never found counts as "not found". */
export function scheduleInput(p: PinnedShipment, poll: Pick<PollState, 'checkedAt' | 'streak' | 'quota'>, settings: { pollMinutes: number }): ScheduleInput {
  const checkedAt = lastCheckOf(p, poll);
  const status: Status | null = p.shipment?.status ?? (checkedAt !== null ? 'notfound' : null);
  const streak = poll.streak[p.key];
  return {
    status,
    checkedAt,
    since: streak && streak.status === status ? streak.since : null,
    pollMinutes: settings.pollMinutes,
    slow: quotaLevel(poll.quota) === 'slow',
  };
}

export function isDue(p: PinnedShipment, poll: Pick<PollState, 'checkedAt' | 'streak' | 'quota'>, settings: Pick<Settings, 'pollMinutes'>, now: number): boolean {
  return !p.archived && isDueAt(scheduleInput(p, poll, settings), now);
}

/** Pending or not found for so long that scheduled polls stopped asking (the list notes it). */
export function givenUp(p: PinnedShipment, poll: Pick<PollState, 'checkedAt' | 'streak' | 'quota'>, now: number): boolean {
  return !p.archived && isGivenUp(scheduleInput(p, poll, { pollMinutes: 0 }), now);
}

export function planChunks(list: Readonly<Watchlist>, pick: (p: PinnedShipment) => boolean = isActive): Pick<PollRun, 'chunks' | 'awbFrom'> {
  const due = Object.values(list).filter(pick).sort((a, b) => a.pinnedAt - b.pinnedAt || a.key.localeCompare(b.key));
  const parcels = chunks(due.filter((p) => p.kind !== 'awb').map((p) => p.key), MAX_PER_CALL);
  const awbs = chunks(due.filter((p) => p.kind === 'awb').map((p) => p.key), MAX_PER_CALL);
  return { chunks: [...parcels, ...awbs], awbFrom: parcels.length };
}

/** The run's chunks for a scope. An exhausted quota schedules nothing (never past zero); Check now still asks. */
export function planRun(list: Readonly<Watchlist>, poll: Readonly<PollState>, settings: Pick<Settings, 'pollMinutes'>, scope: PollScope, now: number): Pick<PollRun, 'chunks' | 'awbFrom'> {
  if (scope === 'all') return planChunks(list);
  if (quotaLevel(poll.quota) === 'empty') return { chunks: [], awbFrom: 0 };
  return planChunks(list, (p) => isDue(p, poll, settings, now));
}

/** What the schedule will spend a day from here (stopped shipments cost nothing) and how many it gave up on. */
export function outlookOf(list: Readonly<Watchlist>, poll: Readonly<PollState>, settings: Pick<Settings, 'pollMinutes'>, now: number): NonNullable<PollState['outlook']> {
  const pins = Object.values(list).filter((p) => !p.archived);
  const intervals = pins.map((p) => {
    const input = scheduleInput(p, poll, settings);
    return nextCheckAt(input, now) === null ? null : intervalMs(input, now);
  });
  return { callsPerDay: callsPerDay(intervals), givenUp: pins.filter((p) => givenUp(p, poll, now)).length };
}

// "Check now" for the whole list: runs (or joins) a poll in the background, shows its progress from the
// status, and says why it cannot run when it cannot (no key, paused by the provider, offline).
import { computed, signal, type Signal } from '@preact/signals';
import type { ErrorInfo } from '@/utils/messages/protocol';
import { msg, type StatusReply } from '@/utils/messages/background-api';
import type { PopupServices } from '@/utils/ui/services';

export type CheckBlock = { reason: 'no-key' } | { reason: 'paused'; until: number } | { reason: 'offline' };

export interface CheckDeps {
  status: Signal<StatusReply | null>;
  actionError: Signal<ErrorInfo | null>;
  loadStatus(): Promise<void>;
  reloadList(): Promise<void>;
}

/** How often the progress is read while a check runs. */
const PROGRESS_MS = 700;

export function createCheckStore(services: Pick<PopupServices, 'send' | 'now' | 'online'>, deps: CheckDeps) {
  const checking = signal(false);

  const blocked = computed<CheckBlock | null>(() => {
    const s = deps.status.value;
    if (s && !s.configured) return { reason: 'no-key' };
    if (s?.pausedUntil && s.pausedUntil > services.now()) return { reason: 'paused', until: s.pausedUntil };
    if (!services.online()) return { reason: 'offline' };
    return null;
  });

  async function checkAll() {
    if (checking.value || blocked.value) return;
    checking.value = true;
    deps.actionError.value = null;
    const timer = setInterval(() => void deps.loadStatus(), PROGRESS_MS);
    try {
      const r = await services.send(msg.pollNow, {});
      if (!r.ok) deps.actionError.value = r.error;
    } finally {
      clearInterval(timer);
      checking.value = false;
    }
    await Promise.all([deps.loadStatus(), deps.reloadList()]);
  }

  return { checking, blocked, checkAll };
}

export type CheckStore = ReturnType<typeof createCheckStore>;

// The options page's list of stored entries set aside as unreadable: load, export (JSON), dismiss.
import { signal } from '@preact/signals';
import type { ErrorInfo } from '@/utils/messages/protocol';
import { msg, type ProblemsReply } from '@/utils/messages/background-api';
import type { OptionsServices } from '@/utils/ui/services';

export function createProblemsStore(services: Pick<OptionsServices, 'send' | 'download' | 'now'>) {
  const data = signal<ProblemsReply | null>(null);
  const error = signal<ErrorInfo | null>(null);
  const dismissed = signal(false);

  async function load() {
    const r = await services.send(msg.problems, {});
    if (r.ok) data.value = r.data;
    else error.value = r.error;
  }

  return {
    data,
    error,
    dismissed,
    load,
    exportJson() {
      const d = data.value;
      if (!d) return;
      const at = new Date(services.now()).toISOString();
      services.download(`trackpin-set-aside-${at.slice(0, 10)}.json`, 'application/json', JSON.stringify({ app: 'trackpin', kind: 'set-aside', exportedAt: at, ...d }, null, 2));
    },
    async dismiss() {
      const r = await services.send(msg.dismissProblems, {});
      if (!r.ok) return void (error.value = r.error);
      dismissed.value = true;
      await load();
    },
  };
}

export type ProblemsStore = ReturnType<typeof createProblemsStore>;

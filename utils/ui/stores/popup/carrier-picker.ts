// The provider's carriers by name, for the carrier picker; read once per popup, on first need.
import { signal } from '@preact/signals';
import { msg } from '@/utils/messages/background-api';
import type { PopupServices } from '@/utils/ui/services';

export function createCarriersStore(services: Pick<PopupServices, 'send'>) {
  const list = signal<{ code: string; name: string }[]>([]);
  let asked = false;
  return {
    list,
    async load() {
      if (asked) return;
      asked = true;
      const r = await services.send(msg.carriers, {});
      if (r.ok) list.value = r.data;
      else asked = false; // offline or no key: the candidates and a typed code still work
    },
    /** A carrier code from what the user typed: a code, or a carrier's name from the list. */
    codeOf(input: string): string | null {
      const text = input.trim();
      const byName = list.value.find((c) => c.name.toLowerCase() === text.toLowerCase());
      if (byName) return byName.code;
      return /^[0-9a-zA-Z_-]+$/.test(text) ? text.toLowerCase() : null;
    },
  };
}

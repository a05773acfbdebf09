// The card, loaded on first use: the script injected into every page carries detection and marks only.
// The background injects the card's script into this frame's content-script world (load-card), where it
// leaves its factory on the global: no extension file is web-accessible for a page to probe.
import { send } from '@/utils/messages/send';
import { msg } from '@/utils/messages/background-api';
import { CARD_GLOBAL, type CardApi, type CardFactory, type CardSetup } from './card-contract';

async function loadScript(): Promise<void> {
  const r = await send(msg.loadCard, {});
  if (!r.ok) throw new Error(r.error.message);
}

export function createLazyCard(setup: () => Promise<CardSetup>): CardApi {
  let card: CardApi | null = null;
  let loading: Promise<CardApi> | null = null;
  const load = () =>
    (loading ??= Promise.all([loadScript(), setup()]).then(([, options]) => {
      const factory = (globalThis as Record<string, unknown>)[CARD_GLOBAL] as CardFactory;
      card = factory(options);
      return card;
    }, (error: unknown) => {
      loading = null; // A failed load (extension updated meanwhile) may succeed on the next click.
      throw error;
    }));
  return {
    async show(target, options) {
      await (await load()).show(target, options);
    },
    close: () => card?.close(),
    get isOpen() {
      return card?.isOpen ?? false;
    },
    destroy: () => card?.destroy(),
  };
}

// The card, loaded on first use: the script injected into every page carries detection and marks only.
// The background injects the card's script into this frame's content-script world (load-script), where it
// leaves its factory on the global: no extension file is web-accessible for a page to probe.
import { CARD_GLOBAL, type CardApi, type CardFactory, type CardSetup } from './card-contract';
import { loadPageScript } from './page-script';

export function createLazyCard(setup: () => Promise<CardSetup>): CardApi {
  let card: CardApi | null = null;
  let loading: Promise<CardApi> | null = null;
  const load = () =>
    (loading ??= Promise.all([loadPageScript<CardFactory>('card', CARD_GLOBAL), setup()]).then(([factory, options]) => {
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

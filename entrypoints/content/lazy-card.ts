// The card, loaded on first use: the script injected into every page carries detection and marks only.
// `import()` of an extension file from a content script runs it in the content script's world; Chrome
// allows it only for a web-accessible file (listed with `use_dynamic_url`, see wxt.config.ts).
import { extensionUrl } from '@/utils/extension';
import { CARD_GLOBAL, CARD_SCRIPT, type CardApi, type CardFactory, type CardSetup } from './card-contract';

export function createLazyCard(setup: () => Promise<CardSetup>): CardApi {
  let card: CardApi | null = null;
  let loading: Promise<CardApi> | null = null;
  const load = () =>
    (loading ??= Promise.all([import(/* @vite-ignore */ extensionUrl(CARD_SCRIPT)), setup()]).then(([, options]) => {
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

// The in-page card's script: Preact, the card and its styles, loaded by the content script the first time a
// card opens (entrypoints/content/lazy-card.ts), so pages without a click never parse it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { addCatalog, locale } from '@/utils/i18n';
import { createCardStore } from '@/utils/ui/stores/card';
import { createCardHost } from './content/card-host';
import { CARD_GLOBAL, type CardFactory } from './content/card-contract';

const createCard: CardFactory = ({ ctx, mutate, actions, lang, strings }) => {
  addCatalog(lang, strings);
  locale.value = lang;
  return createCardHost({ ctx, store: createCardStore(actions), mutate });
};

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CARD_GLOBAL] = createCard;
});

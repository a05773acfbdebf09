// What the content script and the card's own script (entrypoints/card.ts, loaded on first use) share:
// the card script leaves its factory on the content script's global (an isolated world the page cannot
// see), the content script calls it once.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardDeps, CardTarget } from '@/utils/ui/stores/card';
import type { Locale, Strings } from '@/utils/i18n-catalogs';
import type { ShowOptions } from './card-host';

export const CARD_GLOBAL = '__trackpinCard';

export interface CardSetup {
  ctx: ContentScriptContext;
  mutate: (change: () => void) => void;
  actions: CardDeps;
  lang: Locale;
  strings: Strings;
}

export interface CardApi {
  show(target: CardTarget, options: ShowOptions): Promise<void>;
  close(): void;
  readonly isOpen: boolean;
  destroy(): void;
}

export type CardFactory = (setup: CardSetup) => CardApi;

// Messages a content script answers (sent by the popup or the background with tabs.sendMessage).
import * as v from 'valibot';
import { defineMessage } from './protocol';

export interface FoundNumber {
  number: string;
  kind: 'parcel' | 'awb';
  carriers: string[];
  confidence: 'high' | 'medium';
}

export const contentMsg = {
  foundNumbers: defineMessage<{ host: string; enabled: boolean; numbers: FoundNumber[] }>()(
    'found-numbers',
    v.object({}),
    ['extension-page'],
  ),
  /** Context menu: show the card for a selected number. */
  showCard: defineMessage<{ shown: boolean }>()(
    'show-card',
    v.object({ number: v.pipe(v.string(), v.maxLength(64)), carrier: v.optional(v.string()) }),
    ['extension-page'],
  ),
  /** Settings changed (site switch): rescan or remove marks without reload. */
  settingsChanged: defineMessage<null>()('settings-changed', v.object({ enabled: v.boolean() }), ['extension-page']),
};

// Messages a content script answers (sent by the popup or the background with tabs.sendMessage).
import * as v from 'valibot';
import { defineMessage } from './protocol';

export interface FoundNumber {
  number: string;
  kind: 'parcel' | 'awb';
  carriers: string[];
  confidence: 'high' | 'medium';
}

const foundNumberSchema = v.object({
  number: v.pipe(v.string(), v.maxLength(64)),
  kind: v.picklist(['parcel', 'awb']),
  carriers: v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(30)),
  confidence: v.picklist(['high', 'medium']),
});

/** Sent by a content script in a subframe to the popup (runtime message) when the popup asks for found
 * numbers: tabs.sendMessage keeps only the first frame's reply, so subframes answer this way instead. */
export const frameMsg = {
  frameNumbers: defineMessage<null>()(
    'frame-numbers',
    v.object({ numbers: v.pipe(v.array(foundNumberSchema), v.maxLength(500)) }),
    ['content-script'],
  ),
};

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

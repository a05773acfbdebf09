// What a message may do depends on who sent it: a content script runs inside an untrusted page. Its lookups
// are logged as "you clicked a number on <site>" and let that tab unpin that number later; its unpins never
// remove a tracking from the API account (that is the user's choice in the popup or options).
import type { Origin } from '../messages/protocol';
import type { SenderLike } from '../messages/sender';
import { assertCardMayUnpin, rememberCard, tabIdOf } from './card-tabs';
import { lookup, type LookupInput } from './lookup';
import { pin, unpin } from './pins';
import { EXTENSION, type RequestReason } from './privacy-log';

interface From {
  origin: Origin;
  sender: SenderLike;
}

/** The privacy log's "why": a content script asks because the user clicked a number on its site. */
export function reasonOf({ origin, sender }: From): RequestReason {
  if (origin !== 'content-script') return EXTENSION;
  try {
    return { kind: 'page', host: new URL(sender.url ?? '').hostname };
  } catch {
    return { kind: 'page', host: '' };
  }
}

/** A card opens with a lookup: from then on that tab may unpin this number (and only this one). */
export async function lookupFrom(input: Omit<LookupInput, 'reason'>, from: From) {
  if (from.origin === 'content-script') await rememberCard(tabIdOf(from.sender), input.number);
  return lookup({ ...input, reason: reasonOf(from) });
}

export function pinFrom(input: Omit<Parameters<typeof pin>[0], 'reason'>, from: From) {
  return pin({ ...input, reason: reasonOf(from) });
}

export async function unpinFrom(keys: string[], from: From) {
  if (from.origin === 'extension-page') return unpin(keys);
  await assertCardMayUnpin(tabIdOf(from.sender), keys);
  return unpin(keys, { keepInAccount: true });
}

// Who may talk to the background. Web pages cannot reach runtime messaging at all (no
// externally_connectable); this check keeps other extensions out and tells our own page contexts from
// content scripts, which run inside untrusted pages and so get a smaller set of messages.
import type { Origin } from './protocol';

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: unknown;
  frameId?: number;
}

export function classifySender(sender: SenderLike, ownId: string, ownOrigin: string): Origin | null {
  if (sender.id !== ownId) return null;
  if (sender.url?.startsWith(ownOrigin)) return 'extension-page';
  return sender.tab ? 'content-script' : null;
}

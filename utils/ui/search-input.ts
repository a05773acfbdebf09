// What the search box accepts before it asks the background (see utils/messages/background-api.ts).
import { normalizeNumber } from '../tracking-numbers';

/** What the message protocol accepts as a number. */
export function looksLikeNumber(input: string): boolean {
  const n = normalizeNumber(input);
  return n.length >= 5 && n.length <= 64 && /^[0-9A-Z]+$/.test(n);
}

// The toolbar badge counts pinned shipments with updates the user has not seen.
import { browser } from 'wxt/browser';
import type { Watchlist } from '../watchlist/model';

export function unreadCount(list: Watchlist): number {
  return Object.values(list).filter((p) => p.unread && !p.archived).length;
}

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

export async function showUnread(list: Watchlist): Promise<void> {
  // fakeBrowser in tests and some Firefox builds may lack parts of the action API.
  const action = browser.action;
  if (!action?.setBadgeText) return;
  await action.setBadgeText({ text: badgeText(unreadCount(list)) });
  await action.setBadgeBackgroundColor?.({ color: '#1a56db' });
}

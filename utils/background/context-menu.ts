// "Track with Trackpin" on selected text: the in-page card when the content script is there, otherwise
// a notification with the status (clicking it opens the details).
import { browser } from 'wxt/browser';
import { contentMsg } from '../messages/content-api';
import { sendToTab } from '../messages/send';
import { findTrackingNumbers, identify } from '../tracking-numbers';
import { t } from '../i18n';
import { lookup } from './lookup';
import { statusLabel } from '../ui/labels';
import { plain, shipmentNotificationId, showNotification } from './poll/notifications';
import { toUserError } from './to-user-error';

export const MENU_ID = 'trackpin-track-selection';

export async function registerContextMenu(): Promise<void> {
  const menus = browser.contextMenus;
  if (!menus?.create) return;
  await menus.removeAll();
  menus.create({ id: MENU_ID, title: t('bg_menuTrack'), contexts: ['selection'] });
}

/** The first number in the selection: the whole selection when it is one number, else the first found. */
export function numberInSelection(text: string): { number: string; carrier?: string } | null {
  const trimmed = text.trim().slice(0, 500);
  const whole = identify(trimmed);
  const match = whole ?? findTrackingNumbers(trimmed)[0] ?? null;
  if (!match) return null;
  // An ambiguous match leaves the carrier to the lookup (which asks the provider).
  return match.carriers.length === 1 ? { number: match.number, carrier: match.carriers[0]! } : { number: match.number };
}

export async function onSelectionTracked(selection: string, tabId: number | undefined, frameId = 0): Promise<void> {
  const found = numberInSelection(selection);
  if (!found) {
    await showNotification({ id: 'tp|none', title: t('bg_menuTrack'), message: t('bg_noNumberInSelection') });
    return;
  }
  if (tabId !== undefined && tabId >= 0) {
    // The frame the user selected the text in (the content script runs in every frame).
    const shown = await sendToTab(tabId, contentMsg.showCard, found, frameId);
    if (shown.ok && shown.data.shown) return;
  }
  try {
    const { shipment } = await lookup(found);
    const event = shipment.events[0];
    await showNotification({
      id: shipmentNotificationId('l', shipment.carrier.code, shipment.number, 'lookup'),
      title: plain(`${shipment.carrier.name} ${shipment.number}: ${statusLabel(shipment.status)}`, 120),
      message: plain(event ? [event.description, event.location].filter(Boolean).join(' — ') : statusLabel(shipment.status)),
    });
  } catch (error) {
    await showNotification({
      id: shipmentNotificationId('l', found.carrier ?? '', found.number, 'error'),
      title: plain(t('bg_lookupFailedTitle', found.number), 120),
      message: plain(toUserError(error).message),
    });
  }
}

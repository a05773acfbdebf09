// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SEED } from '@/sandbox/seed-data';
import { onWorkerStart, registerBackground } from '@/utils/background/lifecycle';
import { POLL_ALARM } from '@/utils/background/alarms';
import { MENU_ID, numberInSelection, onSelectionTracked } from '@/utils/background/context-menu';
import { suggestionsFor, urlForInput } from '@/utils/background/omnibox';
import { clickTarget, planNotifications, shipmentNotificationId } from '@/utils/background/poll/notifications';
import type { PendingChange } from '@/utils/background/poll/poll-state';
import { calls, configure, notifications, stubMissingApis } from './helpers';
import { useBackgroundHarness } from '../harness';

const sb = useBackgroundHarness();

function change(i: number, kind: PendingChange['change'] = 'status'): PendingChange {
  return { key: `ups:N${i}`, number: `N${i}`, carrier: 'ups', title: i === 0 ? 'Keyboard' : null, change: kind, status: kind === 'delivered' ? 'delivered' : 'transit', detail: 'Arrived at hub — Köln' };
}

describe('worker start', () => {
  it('creates the poll alarm once with the chosen period and keeps an existing one', async () => {
    stubMissingApis();
    await configure(sb, { pollMinutes: 15 });
    await onWorkerStart();
    const first = await fakeBrowser.alarms.get(POLL_ALARM);
    expect(first?.periodInMinutes).toBe(15);
    await onWorkerStart(); // a later wake-up must not push the next poll back
    expect((await fakeBrowser.alarms.get(POLL_ALARM))?.scheduledTime).toBe(first?.scheduledTime);
  });

  it('registers the context menu and opens the options page on first install only', async () => {
    const { menus } = stubMissingApis();
    registerBackground();
    await vi.waitFor(() => expect(menus.create).toHaveBeenCalledWith(expect.objectContaining({ id: MENU_ID, title: 'Track with Trackpin', contexts: ['selection'] })));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' } as never);
    expect(fakeBrowser.runtime.openOptionsPage).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
  });

  it('answers messages through runtime.onMessage and polls when the alarm fires', async () => {
    stubMissingApis();
    registerBackground();
    const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (m: unknown, s: unknown) => Promise<unknown[]>;
    const [reply] = await trigger({ type: 'pin', payload: { number: SEED.ups } }, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
    expect(await reply).toMatchObject({ ok: true, data: { key: `ups:${SEED.ups}` } });
    sb.clearLog();
    await fakeBrowser.alarms.onAlarm.trigger({ name: POLL_ALARM, scheduledTime: Date.now() } as never);
    await vi.waitFor(() => expect(calls(sb, 'list')).toBe(1));
  });

  it('opens the shipment details when a notification is clicked', async () => {
    stubMissingApis();
    registerBackground();
    await fakeBrowser.notifications.onClicked.trigger(shipmentNotificationId('c', 'ups', SEED.ups, 'pickup'));
    await vi.waitFor(async () => {
      const urls = (await fakeBrowser.tabs.query({})).map((t) => t.url);
      expect(urls).toContain(fakeBrowser.runtime.getURL('/popup.html') + `#/details/ups/${SEED.ups}`);
    });
  });
});

describe('notifications', () => {
  it('shows one change on its own and groups two or more into one', () => {
    const [one, ...rest] = planNotifications([change(1)], 'all', 'run0');
    expect(rest).toHaveLength(0);
    expect(one?.title).toBe('N1: In transit');
    expect(one?.message).toBe('Arrived at hub — Köln');
    const two = planNotifications([change(0, 'delivered'), change(1)], 'all', 'run1');
    expect(two).toHaveLength(1);
    expect(two[0]?.title).toBe('2 shipments have updates');
    expect(two[0]?.message).toBe('Keyboard: Delivered; N1: In transit');
    expect(clickTarget(two[0]!.id)).toBe(fakeBrowser.runtime.getURL('/popup.html') + '#/');
    const five = planNotifications([0, 1, 2, 3, 4].map((i) => change(i)), 'all', 'run2');
    expect(five).toHaveLength(1);
    expect(five[0]?.title).toBe('5 shipments have updates');
    expect(five[0]?.message).toContain('and 2 more');
    expect(clickTarget(five[0]!.id)).toBe(fakeBrowser.runtime.getURL('/popup.html') + '#/');
  });

  it('applies the rule and keeps the text plain', () => {
    expect(planNotifications([change(1), change(2, 'delivered')], 'important', 'r')).toHaveLength(1);
    expect(planNotifications([change(2, 'delivered')], 'none', 'r')).toHaveLength(0);
    const [n] = planNotifications([{ ...change(3), detail: 'line1\nline2\u0007 <b>x</b>' }], 'all', 'r');
    expect(n?.message).toBe('line1 line2 <b>x</b>'); // shown as text by the OS, never parsed
  });
});

describe('context menu and omnibox', () => {
  it('finds the number in a selection', () => {
    expect(numberInSelection(`Your parcel ${SEED.ups} is on its way`)).toEqual({ number: SEED.ups, carrier: 'ups' });
    expect(numberInSelection('nothing here')).toBeNull();
  });

  it('shows the card when the content script answers, else a status notification', async () => {
    stubMissingApis();
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    send.mockResolvedValueOnce({ ok: true, data: { shown: true } } as never);
    await onSelectionTracked(SEED.ups, 3, 5);
    // Only the frame the text was selected in shows the card (the content script runs in every frame).
    expect(send).toHaveBeenCalledWith(3, { type: 'show-card', payload: { number: SEED.ups, carrier: 'ups' } }, { frameId: 5 });
    expect(Object.keys(await notifications())).toHaveLength(0);

    send.mockRejectedValueOnce(new Error('Could not establish connection'));
    await onSelectionTracked(SEED.ups, 3);
    const shown = Object.entries(await notifications());
    expect(shown).toHaveLength(1);
    expect(shown[0]![1].title).toBe(`UPS ${SEED.ups}: In transit`);
    expect(clickTarget(shown[0]![0])).toBe(fakeBrowser.runtime.getURL('/popup.html') + `#/details/ups/${SEED.ups}`);
  });

  it('wires the tp keyword: suggestion while typing, details tab on enter', async () => {
    const { omnibox } = stubMissingApis();
    registerBackground();
    const suggest = vi.fn();
    omnibox.onInputChanged.trigger(SEED.ups, suggest);
    expect(suggest).toHaveBeenCalledWith([{ content: SEED.ups, description: `Track ${SEED.ups} (UPS)` }]);
    omnibox.onInputEntered.trigger(SEED.ups, 'newForegroundTab');
    await vi.waitFor(async () => {
      const urls = (await fakeBrowser.tabs.query({})).map((t) => t.url);
      expect(urls).toContain(fakeBrowser.runtime.getURL('/popup.html') + `#/details/ups/${SEED.ups}`);
    });
  });

  it('suggests and opens details for "tp <number>"', () => {
    expect(suggestionsFor(SEED.ups)[0]).toEqual({ content: SEED.ups, description: `Track ${SEED.ups} (UPS)` });
    expect(urlForInput(` ${SEED.ups} `)).toBe(fakeBrowser.runtime.getURL('/popup.html') + `#/details/ups/${SEED.ups}`);
    expect(urlForInput(SEED.awb)).toBe(fakeBrowser.runtime.getURL('/popup.html') + `#/details/172/${SEED.awb}`);
    // A wrong check digit is no air waybill: no airline is assumed for it.
    expect(urlForInput('172-28891937')).not.toContain('#/details/172/');
    expect(urlForInput('abc')).toBeNull();
  });
});

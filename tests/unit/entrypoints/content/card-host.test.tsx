// The card host owns closing on Esc (wherever focus is) and gives focus back to the mark.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup } from '@testing-library/preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createCardHost } from '@/entrypoints/content/card-host';
import { createCardStore } from '@/utils/ui/stores/card';
import { locale } from '@/utils/i18n';

// A stand-in for WXT's shadow-root UI: an open shadow root in the document, mounted on demand.
vi.mock('wxt/utils/content-script-ui/shadow-root', () => ({
  createShadowRootUi: async (_ctx: unknown, options: { onMount(c: HTMLElement): void; onRemove?(): void }) => {
    const shadowHost = document.createElement('trackpin-card');
    const shadow = shadowHost.attachShadow({ mode: 'open' });
    const uiContainer = document.createElement('div');
    shadow.append(uiContainer);
    return {
      shadowHost,
      shadow,
      uiContainer,
      mount() {
        document.body.append(shadowHost);
        options.onMount(uiContainer);
      },
      remove() {
        options.onRemove?.();
        shadowHost.remove();
      },
    };
  },
}));

const ctx = {
  addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
    target.addEventListener(type, handler, options),
  requestAnimationFrame: (cb: () => void) => setTimeout(cb, 0) as unknown as number,
} as unknown as ContentScriptContext;

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  locale.value = 'en';
});

describe('card host', () => {
  it('closes on Esc even when focus is on the page, and focuses the mark again', async () => {
    document.body.innerHTML = '<p><trackpin-mark tabindex="0" data-trackpin="1Z999AA10123456784">1Z999AA10123456784</trackpin-mark></p><input id="other">';
    const mark = document.querySelector('trackpin-mark')!;
    const store = createCardStore({
      lookup: async () => ({ ok: false, error: { kind: 'network', message: 'down' } }),
      pin: vi.fn(),
      unpin: vi.fn(),
      openDetails: vi.fn(),
      copy: vi.fn(),
    });
    const host = createCardHost({ ctx, store, mutate: (change) => change() });
    await act(() => host.show({ number: '1Z999AA10123456784', carriers: ['ups'] }, { mark }));
    expect(host.isOpen).toBe(true);
    document.querySelector<HTMLInputElement>('#other')!.focus();
    act(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(host.isOpen).toBe(false);
    expect(document.activeElement).toBe(mark);
    host.destroy();
  });
});

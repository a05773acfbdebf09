// The engine is loaded into a page only once its text may hold a number, once, and the page is then read
// again with it; a failed load is not retried by the page's text, only by a user's action.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as realEngine from '@/utils/tracking-numbers';
import type { PageEngine } from '@/entrypoints/content/engine-contract';

const loads = vi.hoisted(() => ({ calls: 0, next: null as null | (() => Promise<unknown>) }));
vi.mock('@/entrypoints/content/page-script', () => ({
  loadPageScript: (script: string) => {
    loads.calls++;
    expect(script).toBe('engine');
    return loads.next!();
  },
}));
const { createLazyEngine } = await import('@/entrypoints/content/lazy-engine');

const engine: PageEngine = {
  find: realEngine.findTrackingNumbers,
  findInUrl: realEngine.findTrackingNumbersInUrl,
  identify: realEngine.identifyOrParcel,
};
const TEXT = 'Your UPS tracking number is 1Z999AA10123456784.';

beforeEach(() => {
  loads.calls = 0;
  loads.next = () => Promise.resolve(engine);
});

describe('lazy engine', () => {
  it('never loads the engine for text or links that hold no possible number', async () => {
    const lazy = createLazyEngine({ onLoading: vi.fn(), onLoaded: vi.fn(), onError: vi.fn() });
    expect(lazy.find('Your order has shipped and arrives on Friday, 12 March 2026.')).toEqual([]);
    expect(lazy.findInUrl('https://shop.example/orders/1Z999AA10123456784')).toEqual([]);
    await Promise.resolve();
    expect(loads.calls).toBe(0);
  });

  it('loads it once on the first possible number, then has the page read again and finds with it', async () => {
    const onLoaded = vi.fn();
    const onLoading = vi.fn();
    const lazy = createLazyEngine({ onLoading, onLoaded, onError: vi.fn() });
    expect(lazy.find(TEXT)).toEqual([]);
    expect(lazy.find(TEXT)).toEqual([]);
    expect(loads.calls).toBe(1);
    expect(onLoading).toHaveBeenCalledTimes(1);
    await lazy.ready();
    expect(onLoaded).toHaveBeenCalledTimes(1);
    expect(lazy.find(TEXT).map((m) => m.number)).toEqual(['1Z999AA10123456784']);
    expect(lazy.findInUrl('https://www.ups.com/track?tracknum=1Z999AA10123456784').map((m) => m.number)).toEqual(['1Z999AA10123456784']);
    expect(loads.calls).toBe(1);
  });

  it('after a failed load the page text asks no more; a user action tries again', async () => {
    loads.next = () => Promise.reject(new Error('gone'));
    const onError = vi.fn();
    const lazy = createLazyEngine({ onLoading: vi.fn(), onLoaded: vi.fn(), onError });
    lazy.find(TEXT);
    await vi.waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    lazy.find(TEXT);
    expect(loads.calls).toBe(1);
    loads.next = () => Promise.resolve(engine);
    expect((await lazy.ready()).identify('1Z999AA10123456784').carriers).toContain('ups');
    expect(loads.calls).toBe(2);
  });
});

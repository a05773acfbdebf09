// The popup paints its list head, then reads the whole index once that frame is painted. A page in a
// background tab paints no frames: the index must still come (a list stuck at its first 20 rows).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '@/utils/ui/services';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('afterPaint', () => {
  it('resolves after the next frame when the page paints', async () => {
    let frame: (() => void) | undefined;
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => ((frame = f), 1));
    let done = false;
    const p = afterPaint().then(() => (done = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    frame!();
    await p;
    expect(done).toBe(true);
  });

  it('resolves anyway when no frame comes (a background tab)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 1);
    let done = false;
    const p = afterPaint().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(50);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    await p;
    expect(done).toBe(true);
  });
});

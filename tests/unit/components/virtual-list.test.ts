// Which rows a windowed list renders for a scroll position: rows overlapping the window, and the space
// of the others above and below.
import { describe, expect, it } from 'vitest';
import { visibleRange } from '@/components/VirtualList';

describe('visibleRange', () => {
  const rows = Array.from({ length: 2000 }, () => 64);

  it('at the top: the first rows, the rest as space below', () => {
    const r = visibleRange(rows, -600, 1200);
    expect(r).toEqual({ start: 0, end: 19, before: 0, after: (2000 - 19) * 64 });
  });

  it('far down: the rows around the position, the space above and below adds up to the list', () => {
    const r = visibleRange(rows, 64 * 1500 + 1, 64 * 1510);
    expect(r.start).toBe(1500);
    expect(r.end).toBe(1510);
    expect(r.before + (r.end - r.start) * 64 + r.after).toBe(2000 * 64);
  });

  it('rows of different heights: a tall row above shifts which rows show', () => {
    const mixed = [200, ...Array.from({ length: 99 }, () => 50)];
    const r = visibleRange(mixed, 240, 300);
    expect(r.start).toBe(1); // 200..250
    expect(r.end).toBe(3); // up to 300
    expect(r.before).toBe(200);
  });

  it('past the end: nothing rendered, all space above', () => {
    const r = visibleRange([64, 64], 500, 900);
    expect(r).toEqual({ start: 2, end: 2, before: 128, after: 0 });
  });
});

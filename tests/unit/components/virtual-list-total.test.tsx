// A windowed list given only its first rows (the popup's list head while the index loads): screen readers
// hear the whole list's size, and the rows still loading hold their space (no scrollbar jump when they come).
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { VirtualList } from '@/components/VirtualList';

describe('VirtualList with a total beyond its items', () => {
  it('sets aria-setsize to the total and pads for the missing rows', () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(
      <VirtualList
        items={['a', 'b']}
        total={10}
        itemKey={(s) => s}
        estimate={50}
        renderItem={(s, i, total) => (
          <li key={s} aria-posinset={i + 1} aria-setsize={total}>
            {s}
          </li>
        )}
      />,
      root,
    );
    const rows = [...root.querySelectorAll('li')];
    expect(rows.map((r) => r.getAttribute('aria-setsize'))).toEqual(['10', '10']);
    expect((root.querySelector('ul') as HTMLElement).style.paddingBottom).toBe(`${8 * 50}px`);
    render(null, root);
  });
});

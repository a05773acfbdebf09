import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listenToMarks } from '@/utils/page-scan';

let stop: () => void = () => {};
beforeEach(() => {
  document.body.innerHTML =
    '<p>Ship <trackpin-mark data-trackpin="1Z999AA10123456784" role="button" tabindex="0" data-trackpin-icon>1Z999AA10123456784</trackpin-mark></p>';
});
afterEach(() => stop());

describe('mark events', () => {
  it('opens on click and on Enter or Space, and lets the page see the click', () => {
    const onActivate = vi.fn();
    stop = listenToMarks(document, { onActivate, accept: () => true });
    const pageHandler = vi.fn();
    document.body.addEventListener('click', pageHandler);
    const mark = document.querySelector('trackpin-mark')!;
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(onActivate).toHaveBeenCalledTimes(3);
    expect(onActivate).toHaveBeenCalledWith(mark);
    expect(pageHandler).toHaveBeenCalledOnce();
  });

  it('ignores clicks and keys the page dispatches itself (isTrusted false)', () => {
    const onActivate = vi.fn();
    stop = listenToMarks(document, { onActivate });
    const mark = document.querySelector('trackpin-mark')!;
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    (mark as HTMLElement).click();
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onActivate).not.toHaveBeenCalled();
  });

  it('does not react to clicks elsewhere', () => {
    const onActivate = vi.fn();
    stop = listenToMarks(document, { onActivate, accept: () => true });
    document.querySelector('p')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onActivate).not.toHaveBeenCalled();
  });
});

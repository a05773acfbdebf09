// The activation guard's style rules and clock (happy-dom has no layout: hit-tests and IntersectionObserver
// v2 are covered in a real browser by tests/e2e/page-safety.e2e.test.ts).
import { describe, expect, it } from 'vitest';
import { createSettleClock, filterHides, isMarkActivationSafe, isPointerActivation, isVisiblyRendered, SETTLE_MS } from '@/utils/page-scan/activation-guard';

describe('isVisiblyRendered', () => {
  it('rejects transparent, hidden, filtered and clipped elements and ancestors', () => {
    document.body.innerHTML = '<div id="outer"><p id="mid"><span id="el">1Z999AA10123456784</span></p></div>';
    const el = document.getElementById('el')!;
    expect(isVisiblyRendered(el)).toBe(true);
    for (const [id, css] of [
      ['el', 'opacity: 0'],
      ['outer', 'opacity: 0.3'],
      ['el', 'visibility: hidden'],
      ['mid', 'filter: opacity(0.1)'],
      ['outer', 'clip-path: inset(50%)'],
    ] as const) {
      const target = document.getElementById(id)!;
      target.setAttribute('style', css);
      expect(isVisiblyRendered(el), `${id} ${css}`).toBe(false);
      target.removeAttribute('style');
    }
    // Two ancestors at 0.7 multiply to 0.49: below the threshold.
    document.getElementById('outer')!.style.opacity = '0.7';
    document.getElementById('mid')!.style.opacity = '0.7';
    expect(isVisiblyRendered(el)).toBe(false);
  });

  it('reads filters that hide content', () => {
    expect(filterHides('none')).toBe(false);
    expect(filterHides('invert(1) hue-rotate(180deg)')).toBe(false);
    expect(filterHides('opacity(0)')).toBe(true);
    expect(filterHides('brightness(10%)')).toBe(true);
    expect(filterHides('blur(8px)')).toBe(true);
    expect(filterHides('contrast(0.9)')).toBe(false);
  });
});

describe('isMarkActivationSafe', () => {
  it('ignores programmatic events and marks in a transparent colour', () => {
    document.body.innerHTML = '<trackpin-mark id="m">1Z999AA10123456784</trackpin-mark>';
    const mark = document.getElementById('m')!;
    expect(isMarkActivationSafe(new MouseEvent('click'), mark)).toBe(false);
    const trusted = (e: Event) => Object.defineProperty(e, 'isTrusted', { value: true });
    mark.style.color = 'transparent';
    expect(isMarkActivationSafe(trusted(new KeyboardEvent('keydown', { key: 'Enter' })), mark)).toBe(false);
  });

  it('tells keyboard activation (no coordinates) from a pointer click', () => {
    expect(isPointerActivation(new MouseEvent('click', { detail: 0 }))).toBe(false);
    expect(isPointerActivation(new MouseEvent('click', { detail: 1, clientX: 10, clientY: 5 }))).toBe(true);
    expect(isPointerActivation(new KeyboardEvent('keydown', { key: 'Enter' }))).toBe(false);
  });
});

describe('createSettleClock', () => {
  it('settles SETTLE_MS after the last reset', () => {
    let now = 1000;
    const clock = createSettleClock(() => now);
    expect(clock.settled()).toBe(false);
    now += SETTLE_MS - 1;
    expect(clock.settled()).toBe(false);
    now += 1;
    expect(clock.settled()).toBe(true);
    clock.reset();
    expect(clock.settled()).toBe(false);
  });
});

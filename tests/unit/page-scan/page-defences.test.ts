// Hostile pages at the unit level: forged and rewritten marks, and a huge text node that must be read in
// slices (one window per step) instead of one long task.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createScanner, createTaskRunner, listenToMarks, ownMarkNumber } from '@/utils/page-scan';
import { createMark } from '@/utils/page-scan/marker';
import { stubFind } from './helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('only marks Trackpin made count', () => {
  it('a page-made <trackpin-mark> has no number; a real one keeps its own even when the attribute is rewritten', () => {
    document.body.innerHTML = '<p><trackpin-mark data-trackpin="300403513351" role="button" tabindex="0">x</trackpin-mark></p>';
    const forged = document.querySelector('trackpin-mark')!;
    expect(ownMarkNumber(forged)).toBeNull();

    const real = createMark(document, '1Z999AA10123456784', 0, true, 'label');
    document.body.append(real);
    real.setAttribute('data-trackpin', '300403513351');
    expect(ownMarkNumber(real)).toBe('1Z999AA10123456784');
  });

  it('the content script opens the card only for our marks (what app.ts does with a user click)', () => {
    // Same wiring as entrypoints/content/app.ts: the number comes from ownMarkNumber, never the attribute.
    const opened: string[] = [];
    const stop = listenToMarks(document, {
      accept: () => true,
      onActivate: (mark) => {
        const number = ownMarkNumber(mark);
        if (number) opened.push(number);
      },
    });
    document.body.innerHTML = '<trackpin-mark id="fake" data-trackpin="300403513351">Check</trackpin-mark>';
    const real = createMark(document, '1Z999AA10123456784', 0, true, 'label');
    real.setAttribute('data-trackpin', '300403513351');
    document.body.append(real);
    (document.getElementById('fake') as HTMLElement).click();
    (real as HTMLElement).click();
    stop();
    expect(opened).toEqual(['1Z999AA10123456784']);
  });
});

describe('the popup\'s "found on this page" list', () => {
  it('lists only numbers Trackpin marked, not forged or rewritten marks', async () => {
    document.body.innerHTML = '<p>Ship 1Z999AA10123456784 today</p>';
    const queue: (() => void)[] = [];
    const runner = createTaskRunner({ defer: (cb) => void queue.push(() => cb()) });
    const scanner = createScanner({ doc: document, find: stubFind, label: (n) => n, runner });
    scanner.scan(document.body);
    while (queue.length > 0) queue.shift()!();
    expect(scanner.found().map((f) => f.number)).toEqual(['1Z999AA10123456784']);
    // The page adds a fake mark and points a copy of the real one elsewhere.
    document.body.insertAdjacentHTML('beforeend', '<trackpin-mark data-trackpin="EVIL0000000">x</trackpin-mark>');
    document.querySelector('trackpin-mark')!.setAttribute('data-trackpin', 'EVIL1111111');
    expect(scanner.found().map((f) => f.number)).toEqual(['1Z999AA10123456784']);
  });
});

describe('a huge text node is read in slices', () => {
  it('a 2 MB text node takes many slices of the time budget, and its numbers are all marked', async () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(40_000); // ~1 MB
    const text = `Ship 1Z999AA10123456784 ${filler} then 1Z999AA10123456784 ${filler} end 1Z999AA10123456784`;
    const p = document.createElement('p');
    p.append(text);
    document.body.append(p);

    // A clock that moves 3 ms per window read: an 8 ms budget allows ~3 windows per slice.
    let clock = 0;
    const find = vi.fn((t: string) => {
      clock += 3;
      return stubFind(t);
    });
    const slices: number[] = [];
    let windowsBefore = 0;
    const queue: ((idle?: number) => void)[] = [];
    const runner = createTaskRunner({ budgetMs: 8, maxIdleMs: 8, now: () => clock, defer: (cb) => void queue.push(cb) });
    const scanner = createScanner({ doc: document, find, label: (n) => n, runner, now: () => clock });
    scanner.scan(document.body);
    while (queue.length > 0) {
      queue.shift()!();
      slices.push(find.mock.calls.length - windowsBefore);
      windowsBefore = find.mock.calls.length;
    }
    const windows = find.mock.calls.length;
    expect(windows).toBeGreaterThan(90); // 2 MB in 20,000-character windows
    // No slice read more than a few windows (before the fix one slice read them all).
    expect(Math.max(...slices)).toBeLessThanOrEqual(4);
    expect(slices.length).toBeGreaterThan(windows / 4);
    // Nothing lost or garbled: all three numbers marked, the text intact.
    expect(document.querySelectorAll('trackpin-mark').length).toBe(3);
    expect(p.textContent).toBe(text);
  });
});

describe('the mark cap', () => {
  it('counts only marks Trackpin made, so fake marks cannot use up the budget', () => {
    document.body.innerHTML = '<p id="a">Ship 1Z999AA10123456784 today</p><p id="b">and 1Z999AA10123456700 too</p>';
    const queue: (() => void)[] = [];
    const runner = createTaskRunner({ defer: (cb) => void queue.push(() => cb()) });
    const scanner = createScanner({ doc: document, find: stubFind, label: (n) => n, runner, maxMarks: 2 });
    const drain = () => {
      while (queue.length > 0) queue.shift()!();
    };
    scanner.scan(document.body);
    drain();
    // Like a single-page app: the page replaces its content, here with fake marks and one new number.
    document.body.innerHTML =
      '<trackpin-mark data-trackpin="X">x</trackpin-mark>'.repeat(5) + '<p id="c">Next: 1Z999AA10123456711</p>';
    scanner.scan(document.body);
    drain();
    expect(scanner.found().map((f) => f.number)).toContain('1Z999AA10123456711');
  });
});

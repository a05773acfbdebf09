// Open shadow roots are scanned, observed and cleaned up like the document; marks go in at the start
// of a slice of their own, after every read of that commit (no style read after a write).
import { afterEach, describe, expect, it } from 'vitest';
import { createPageScan, type PageScan } from '@/utils/page-scan';
import { planMarks, type PendingPiece } from '@/utils/page-scan/mark-plan';
import { MARK_STYLE_ID } from '@/utils/page-scan/mark-style';
import { markedNumbers, nextTick, stubFind } from './helpers';

let scan: PageScan | null = null;
afterEach(() => {
  scan?.stop();
  scan = null;
  document.body.innerHTML = '';
});

function start(extra: Partial<Parameters<typeof createPageScan>[0]> = {}): PageScan {
  scan = createPageScan({ doc: document, find: stubFind, label: (n) => `Track ${n}`, runner: { defer: (cb) => setTimeout(cb, 0) }, batchMs: 5, ...extra });
  scan.start();
  return scan;
}

describe('open shadow roots', () => {
  it('marks numbers inside, styles them there, lists them, and restores everything on stop', async () => {
    document.body.innerHTML = '<p>outside 172-28891936</p><div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>inside 1Z999AA10123456784</p>';
    const s = start();
    await s.idle();
    await s.idle();
    expect(markedNumbers(root)).toEqual(['1Z999AA10123456784']);
    expect(root.getElementById(MARK_STYLE_ID)).not.toBeNull();
    expect(s.scanner.found().map((n) => n.number).sort()).toEqual(['172-28891936', '1Z999AA10123456784']);
    s.stop();
    expect(root.innerHTML).toBe('<p>inside 1Z999AA10123456784</p>');
  });

  it('marks numbers the page inserts into a shadow root later', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>nothing yet</p>';
    const s = start();
    await s.idle();
    root.append(Object.assign(document.createElement('p'), { textContent: 'later 172-28891936' }));
    await nextTick(20);
    await s.idle();
    expect(markedNumbers(root)).toEqual(['172-28891936']);
  });

  it('marks the shadow root of a custom element the page defines after the scan, and none once stopped', async () => {
    document.body.innerHTML = '<p>outside</p><late-summary id="a"></late-summary><late-total id="b"></late-total>';
    // The late looks come 50 times sooner here (250 ms → 5 ms …).
    const s = start({ setTimeout: (cb, ms) => setTimeout(cb, ms / 50) });
    await s.idle();
    const attach = (el: HTMLElement, text: string) => (el.attachShadow({ mode: 'open' }).innerHTML = `<p>${text}</p>`);
    customElements.define('late-summary', class extends HTMLElement {
      constructor() {
        super();
        attach(this, 'inside 1Z999AA10123456784');
      }
    });
    const root = document.getElementById('a')!.shadowRoot!;
    for (let i = 0; i < 40 && markedNumbers(root).length === 0; i++) await nextTick(5);
    await s.idle();
    expect(markedNumbers(root)).toEqual(['1Z999AA10123456784']);
    expect(s.scanner.found().map((n) => n.number)).toEqual(['1Z999AA10123456784']);
    s.stop();
    expect(root.innerHTML).toBe('<p>inside 1Z999AA10123456784</p>');
    // Defined after the scan stopped: not looked at.
    customElements.define('late-total', class extends HTMLElement {
      constructor() {
        super();
        attach(this, 'total 172-28891936');
      }
    });
    await nextTick(250);
    expect(markedNumbers(document.getElementById('b')!.shadowRoot!)).toEqual([]);
  });

  it('leaves a shadow root inside a contenteditable host alone', async () => {
    document.body.innerHTML = '<div contenteditable="true"><span id="host"></span></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>typed 172-28891936</p>';
    const s = start();
    await s.idle();
    await s.idle();
    expect(markedNumbers(root)).toEqual([]);
  });
});

describe('commits', () => {
  it('a burst of page changes is marked in one write slice, and that slice ends with its writes', async () => {
    document.body.innerHTML = '<div id="feed"></div>';
    // Each slice records how many marks the page had when it began and when it ended.
    const slices: [number, number][] = [];
    const count = () => document.querySelectorAll('trackpin-mark').length;
    const s = start({ runner: { budgetMs: 1e9, defer: (cb) => setTimeout(() => { const before = count(); cb(); slices.push([before, count()]); }, 0) } });
    await s.idle();
    slices.length = 0;
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 5; i++) {
      const row = document.createElement('p');
      row.textContent = `shipped 172-2889193${i}`;
      feed.append(row);
    }
    await nextTick(30);
    await s.idle();
    expect(count()).toBe(5);
    // One slice reads all five rows, the next writes all five marks and does nothing after them.
    const writes = slices.filter(([before, after]) => after > before);
    expect(writes).toEqual([[0, 5]]);
  });

  it('put marks in at the start of a slice of their own, not in the slice that scanned', async () => {
    document.body.innerHTML = '<p>a 172-28891936</p><p>b 1Z999AA10123456784</p>';
    const slices: number[] = [];
    let marksAtSliceEnd = 0;
    const s = start({
      runner: {
        budgetMs: 1e9,
        defer: (cb) =>
          setTimeout(() => {
            cb();
            marksAtSliceEnd = document.querySelectorAll('trackpin-mark').length;
            slices.push(marksAtSliceEnd);
          }, 0),
      },
    });
    await s.idle();
    // First slice: the whole walk, no marks yet; second: the marks.
    expect(slices.slice(0, 2)).toEqual([0, 2]);
  });

  it('read every parent style before any write', () => {
    document.body.innerHTML = '<div id="flex"><span>x</span>text 172-28891936</div>';
    const node = document.getElementById('flex')!.lastChild as Text;
    const piece: PendingPiece = { node, from: 5, to: 17, number: '172-28891936', part: 0, last: true, expect: '172-28891936' } as PendingPiece;
    const asked: Element[] = [];
    const plan = planMarks([[node, [piece]]], (el) => (asked.push(el), true), { wants: () => false });
    expect(asked).toEqual([document.getElementById('flex')]);
    expect(plan).toEqual([{ node, valid: [piece], items: true, huge: false }]);
    // A text that changed since it was read is dropped, not marked.
    node.data = 'changed';
    expect(planMarks([[node, [piece]]], () => false, { wants: () => false })).toEqual([]);
  });
});

describe('stopping mid-slice', () => {
  it('a scan stopped from inside its own read (the engine starts loading) reads nothing more in that slice', async () => {
    // 200 blocks of 4,000 characters: each is a segment of its own, so the engine is asked once per block.
    document.body.innerHTML = Array.from({ length: 200 }, (_, i) => `<p>${i} ${'word '.repeat(800)}</p>`).join('');
    let asked = 0;
    let afterStop = 0;
    let stopped = false;
    const s = start({
      // The whole scan fits one slice: only the stop can end it early.
      runner: { budgetMs: 1e9, defer: (cb) => setTimeout(cb, 0) },
      find: (text) => {
        asked++;
        if (stopped) afterStop++;
        else if (asked === 3) {
          stopped = true;
          s.stop();
        }
        return stubFind(text);
      },
    });
    await nextTick(20);
    expect(asked).toBe(3);
    expect(afterStop).toBe(0);
  });
});

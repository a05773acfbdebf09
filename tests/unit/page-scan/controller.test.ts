import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageScan, type PageScan } from '@/utils/page-scan';
import { markedNumbers, marks, nextTick, stubFind, stubFindInUrl } from './helpers';

let scan: PageScan | null = null;

function setup(html: string, extra: Partial<Parameters<typeof createPageScan>[0]> = {}): PageScan {
  document.body.innerHTML = html;
  scan = createPageScan({
    doc: document,
    find: stubFind,
    findInUrl: stubFindInUrl,
    label: (n) => `Track ${n}`,
    runner: { defer: (cb) => setTimeout(cb, 0) },
    batchMs: 5,
    ...extra,
  });
  scan.start();
  return scan;
}

beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => {
  scan?.stop();
  scan = null;
});

describe('marking', () => {
  it('marks numbers in text with the normalised number, a button role and a label', async () => {
    const s = setup('<p>Your parcel 1Z 999 AA1 0123 456 784 ships today. Air waybill 172-28891936.</p>');
    await s.idle();
    const [ups, awb] = marks();
    expect(ups!.getAttribute('data-trackpin')).toBe('1Z999AA10123456784');
    expect(ups!.textContent).toBe('1Z 999 AA1 0123 456 784');
    expect(ups!.getAttribute('role')).toBe('button');
    expect(ups!.getAttribute('tabindex')).toBe('0');
    expect(ups!.getAttribute('aria-label')).toBe('Track 1Z999AA10123456784');
    expect(awb!.getAttribute('data-trackpin')).toBe('172-28891936');
    // The visible text is unchanged: the icon is a pseudo-element.
    expect(document.body.textContent).toBe('Your parcel 1Z 999 AA1 0123 456 784 ships today. Air waybill 172-28891936.');
  });

  it('joins a number split across inline elements and sees a keyword in the previous element', async () => {
    const s = setup(
      '<div id="a"><b>1Z999AA1</b><span>0123456784</span></div>' +
        '<div id="b"><span>Tracking number:</span> <span>300403513351</span></div>',
    );
    await s.idle();
    expect(markedNumbers()).toEqual(['1Z999AA10123456784', '300403513351']);
    const split = marks(document.getElementById('a')!);
    expect(split).toHaveLength(2);
    expect(split[0]!.getAttribute('tabindex')).toBe('0');
    expect(split[1]!.hasAttribute('tabindex')).toBe(false);
    expect(split[1]!.hasAttribute('data-trackpin-icon')).toBe(true);
    expect(split[0]!.hasAttribute('data-trackpin-icon')).toBe(false);
  });

  it('does not join text across table cells or paragraphs', async () => {
    const s = setup('<table><tr><td>1Z999AA1</td><td>0123456784</td></tr></table><p>Tracking</p><p>300403513351</p>');
    await s.idle();
    // The keyword reaches across the block break as context, but the split UPS number does not.
    expect(markedNumbers()).toEqual(['300403513351']);
  });

  it('leaves form fields, editable areas, scripts and code editors untouched', async () => {
    const html =
      '<textarea>1Z999AA10123456784</textarea><input value="1Z999AA10123456784">' +
      '<div contenteditable="true">1Z999AA10123456784</div><script>var x="1Z999AA10123456784"</script>' +
      '<div class="cm-editor"><pre>1Z999AA10123456784</pre></div><pre>172-28891936</pre>';
    const s = setup(html);
    await s.idle();
    expect(markedNumbers()).toEqual(['172-28891936']);
    expect(document.querySelector('[contenteditable]')!.innerHTML).toBe('1Z999AA10123456784');
  });

  it('marks a number found only in a carrier link without touching the link text', async () => {
    const s = setup('<a id="l" href="https://www.ups.com/track?tracknum=1Z999AA10123456784">Track package</a>');
    await s.idle();
    const link = document.getElementById('l')!;
    expect(link.textContent).toBe('Track package');
    expect(link.getAttribute('href')).toContain('1Z999AA10123456784');
    expect(markedNumbers()).toEqual(['1Z999AA10123456784']);
    expect(link.querySelector('trackpin-mark[data-trackpin-icon]')).not.toBeNull();
  });

  it('reads a huge text node in windows and finds a number on a window edge once', async () => {
    const filler = 'x '.repeat(10_000); // 20,000 chars: the number straddles the first window's edge
    const s = setup(`<p>${filler.slice(0, 19_990)}1Z999AA10123456784 ${filler}</p>`, {
      limits: { targetChars: 4000, contextChars: 120, windowChars: 20_000 },
    });
    await s.idle();
    expect(marks()).toHaveLength(1);
    expect(markedNumbers()).toEqual(['1Z999AA10123456784']);
  });

  it('stops at the per-page cap', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<p>AWB 172-${String(10000000 + i)}</p>`).join('');
    const s = setup(rows, { maxMarks: 10 });
    await s.idle();
    expect(marks()).toHaveLength(10);
  });
});

describe('restoring', () => {
  it('removes every mark and restores the original text nodes exactly', async () => {
    const html =
      '<div><span>Tracking number:</span> <span>300403513351</span></div><p>Ship 1Z999AA10123456784 now, then 172-28891936.</p>' +
      '<a href="https://www.ups.com/track?tracknum=1Z999AA10123456785">Track package</a>';
    const s = setup(html);
    const textNode = document.querySelector('p')!.firstChild as Text;
    await s.idle();
    expect(marks().length).toBeGreaterThanOrEqual(4);
    s.stop();
    expect(marks()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(html);
    expect(document.querySelector('p')!.firstChild).toBe(textNode);
    expect(textNode.data).toBe('Ship 1Z999AA10123456784 now, then 172-28891936.');
  });

  it('scans again when re-enabled', async () => {
    const s = setup('<p>Ship 1Z999AA10123456784</p>');
    await s.idle();
    s.stop();
    s.start();
    await s.idle();
    expect(markedNumbers()).toEqual(['1Z999AA10123456784']);
  });
});

describe('keeping up with the page', () => {
  it('marks numbers added later, batched, and ignores its own changes', async () => {
    const find = vi.fn(stubFind);
    const s = setup('<main><p>Nothing yet</p></main>', { find });
    await s.idle();
    const callsAfterFirstScan = find.mock.calls.length;
    const p = document.createElement('p');
    p.textContent = 'Late parcel 1Z999AA10123456784';
    document.querySelector('main')!.append(p);
    await nextTick(30);
    await s.idle();
    expect(markedNumbers()).toEqual(['1Z999AA10123456784']);
    // One rescan for the added paragraph; marking it did not trigger another.
    expect(find.mock.calls.length).toBe(callsAfterFirstScan + 1);
    await nextTick(30);
    expect(find.mock.calls.length).toBe(callsAfterFirstScan + 1);
  });

  it('drops stale marks when the page rewrites a marked text node', async () => {
    const s = setup('<p id="p">Ship 1Z999AA10123456784</p>');
    await s.idle();
    const node = document.getElementById('p')!.firstChild as Text;
    node.data = 'Now 172-28891936 instead';
    await nextTick(30);
    await s.idle();
    expect(markedNumbers()).toEqual(['172-28891936']);
    expect(document.getElementById('p')!.textContent).toBe('Now 172-28891936 instead');
  });

  it('reads a subtree the page moves again, and keeps one mark per number', async () => {
    const s = setup('<ul><li id="a">Ship 1Z999AA10123456784 today</li><li id="b">AWB 172-28891936 and 1Z999AA10123456784</li></ul>');
    await s.idle();
    expect(marks()).toHaveLength(3);
    // A sort moves rows: the moved row is a new subtree for the observer, and is read in full.
    const list = document.querySelector('ul')!;
    list.append(document.getElementById('a')!);
    await nextTick(30);
    await s.idle();
    expect(marks()).toHaveLength(3);
    expect(document.getElementById('a')!.textContent).toBe('Ship 1Z999AA10123456784 today');
    expect(markedNumbers()).toEqual(['172-28891936', '1Z999AA10123456784']);
  });

  it('reads a changed text node with its neighbours, without marking them twice', async () => {
    const s = setup('<p id="p">Ship 1Z999AA10123456784 <b id="b">soon</b> via AWB 172-28891936</p>');
    await s.idle();
    expect(marks()).toHaveLength(2);
    (document.getElementById('b')!.firstChild as Text).data = 'today';
    await nextTick(30);
    await s.idle();
    expect(marks()).toHaveLength(2);
    expect(document.getElementById('p')!.textContent).toBe('Ship 1Z999AA10123456784 today via AWB 172-28891936');
  });
});

describe('numbers drawn as highlights (a big table)', () => {
  // The test DOM has no CSS Custom Highlight API: a registry of plain sets stands in for it.
  const registry = new Map<string, Set<Range>>();
  beforeEach(() => {
    registry.clear();
    Object.defineProperty(window, 'Highlight', { value: class extends Set<Range> {}, configurable: true });
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  });
  afterEach(() => {
    delete (window as { Highlight?: unknown }).Highlight;
    delete (window as { CSS?: unknown }).CSS;
  });
  const drawn = () => [...(registry.get('trackpin') ?? [])].map((r) => r.toString()).sort();
  // 1,000 rows, the numbers in the first, the middle and the last.
  const bigTable = (numbers: string[]) => {
    const at = new Map([[0, numbers[0]], [500, numbers[1]], [999, numbers[2]]]);
    const rows = Array.from({ length: 1000 }, (_, i) => `<tr><td>#${i}</td><td>${at.get(i) ?? 'Not shipped'}</td></tr>`);
    return `<table id="t"><tbody>${rows.join('')}</tbody></table>`;
  };
  const sort = () => {
    const body = document.querySelector('#t > tbody')!;
    body.append(...[...body.children].reverse());
  };
  // As a framework does: new rows with the same text.
  const renderAgain = () => {
    const body = document.querySelector('#t > tbody')!;
    body.innerHTML = body.innerHTML;
  };

  it('keeps every number drawn, once, when the page renders the table again or sorts it, twice in a row', async () => {
    const numbers = ['1Z999AA10123456784', '1Z999AA10123456785', '1Z999AA10123456786'];
    const s = setup(bigTable(numbers), { maxMarks: 4 });
    await s.idle();
    expect(drawn()).toEqual(numbers);
    expect(marks()).toHaveLength(3);
    for (const change of [renderAgain, renderAgain, sort, sort]) {
      change();
      await nextTick(30);
      await s.idle();
      // Numbers forgotten or read again must not use up the cap of 4: all three are drawn after each change.
      expect(drawn()).toEqual(numbers);
      expect(marks()).toHaveLength(3);
    }
  });
});

describe('tables', () => {
  it('reads a cell together with its column header', async () => {
    const s = setup(
      '<table><thead><tr><th>Order</th><th>Tracking number</th></tr></thead>' +
        '<tbody><tr><td>300403513351</td><td>DHL<br><code>402934299065</code></td></tr></tbody></table>',
    );
    await s.idle();
    // Only the cell under "Tracking number" has the keyword; the header text itself is never marked.
    expect(markedNumbers()).toEqual(['402934299065']);
    expect(document.querySelector('th trackpin-mark')).toBeNull();
  });

  it('reads a number the page puts into a cell later with the column header of that cell', async () => {
    const s = setup(
      '<table><thead><tr><th>Order</th><th>Tracking number</th></tr></thead>' +
        '<tbody><tr><td>#1001</td><td id="later">pending</td></tr></tbody></table>',
    );
    await s.idle();
    document.getElementById('later')!.innerHTML = '<span>402934299065</span>';
    await nextTick(30);
    await s.idle();
    expect(markedNumbers()).toEqual(['402934299065']);
  });
});

describe('the per-page cap', () => {
  it('frees the budget when the page removes marked content (single-page apps)', async () => {
    let clock = 0;
    const rows = (from: number) => Array.from({ length: 10 }, (_, i) => `<p>AWB 172-${String(from + i)}</p>`).join('');
    const s = setup(`<main>${rows(10000000)}</main>`, { maxMarks: 10, now: () => (clock += 1000) });
    await s.idle();
    expect(marks()).toHaveLength(10);
    document.querySelector('main')!.innerHTML = rows(20000000);
    await nextTick(30);
    await s.idle();
    expect(marks()).toHaveLength(10);
    expect(markedNumbers()[0]).toBe('172-20000000');
  });
});

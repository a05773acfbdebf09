import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseImport } from '@/utils/ui/import-parse';
import { parseCsv, csvField } from '@/utils/ui/csv';
import { buildCsv } from '@/utils/ui/export-build';
import { formatHash, parseHash } from '@/utils/ui/hash-route';
import { etaRange } from '@/utils/ui/eta';
import { describeError } from '@/utils/ui/describe-error';
import type { ErrorInfo } from '@/utils/errors';
import { looksLikeNumber } from '@/utils/ui/search-input';
import { normalizeNumber } from '@/utils/tracking-numbers';
import { filterPinned, statusCounts } from '@/utils/ui/watchlist-view';
import { parcel, pinned } from '../components/fixtures';

describe('import parsing', () => {
  it('reads numbers pasted one per line, with spaces or dashes, or several per line', () => {
    const r = parseImport('1Z 999 AA1 0123456784\n172-28891936\n300403513351, 402934299065\n\nhello');
    expect(r.entries.map((e) => e.number)).toEqual(['1Z999AA10123456784', '17228891936', '300403513351', '402934299065']);
    expect(r.rejected).toEqual([{ line: 5, text: 'hello' }]);
  });

  it('reads a CSV with a header in any column order, quoted fields and semicolons', () => {
    const r = parseImport('title;number;carrier\n"Shoes; red";1Z999AA10123456784;UPS\nCase;300403513351;');
    expect(r.entries).toEqual([
      { number: '1Z999AA10123456784', carrier: 'ups', title: 'Shoes; red' },
      { number: '300403513351', title: 'Case' },
    ]);
  });

  it('reads a header-less CSV of number, carrier, title', () => {
    const r = parseImport('1Z999AA10123456784,ups,Shoes\n300403513351,4px,Case');
    expect(r.entries[1]).toEqual({ number: '300403513351', carrier: '4px', title: 'Case' });
  });

  it('drops duplicates and reports unreadable lines by number', () => {
    const r = parseImport('number,carrier\n300403513351,4px\n300403513351,4px\n12,ups');
    expect(r.entries).toHaveLength(1);
    expect(r.duplicates).toBe(1);
    expect(r.rejected).toEqual([{ line: 4, text: '12,ups' }]);
  });

  it('50 numbers give 50 entries', () => {
    const text = Array.from({ length: 50 }, (_, i) => `TP${String(100000 + i)}CN`).join('\n');
    expect(parseImport(text).entries).toHaveLength(50);
  });
});

describe('CSV', () => {
  it('round-trips any fields through export and parse', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 12 }), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const safe = rows.map((r) => r.map((f) => f.replace(/^[=+\-@\t\r']/, 'x')));
        const text = safe.map((r) => r.map(csvField).join(',')).join('\n');
        const parsed = parseCsv(text, ',');
        const expected = safe.filter((r) => r.some((f) => f.trim() !== ''));
        expect(parsed).toEqual(expected);
      }),
    );
  });

  it('neutralises spreadsheet formulas in exports', () => {
    const csv = buildCsv([pinned(parcel(), { title: '=HYPERLINK("http://evil")' })]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});

describe('hash routes', () => {
  it('parses details routes, with "auto" as no carrier', () => {
    expect(parseHash('#/details/ups/1Z999AA10123456784')).toEqual({ view: 'details', carrier: 'ups', number: '1Z999AA10123456784' });
    expect(parseHash('#/details/auto/172-28891936')).toEqual({ view: 'details', carrier: null, number: '172-28891936' });
    expect(parseHash('#/')).toEqual({ view: 'list' });
    expect(parseHash('#/details/%E0%A4%A/x')).toEqual({ view: 'list' });
  });

  it('round-trips', () => {
    const r = { view: 'details' as const, carrier: 'china-post', number: 'RR 123' };
    expect(parseHash(formatHash(r))).toEqual(r);
  });
});

describe('ETA', () => {
  it('counts the typical transit days from the first event', () => {
    const eta = etaRange(parcel(), { minDays: 10, maxDays: 14 });
    expect(new Date(eta!.from).getUTCDate()).toBe(22);
    expect(new Date(eta!.to).getUTCDate()).toBe(26);
    expect(etaRange(parcel({ status: 'delivered' }), { minDays: 10, maxDays: 14 })).toBeNull();
    expect(etaRange(parcel(), { minDays: null, maxDays: 14 })).toBeNull();
  });
});

describe('errors', () => {
  it('maps each kind to a next step', () => {
    expect(describeError({ kind: 'auth', message: '' }).next).toBe('settings');
    expect(describeError({ kind: 'no-key', message: '' }).next).toBe('settings');
    expect(describeError({ kind: 'quota', message: '' }).next).toBe('settings');
    expect(describeError({ kind: 'network', message: '' }).next).toBe('retry');
    expect(describeError({ kind: 'rate-limited', message: '', retryAfterMs: 1000 }, 5000).resumesAt).toBe(6000);
  });

  it('gives a kind it does not know (stored by an older version) the generic notice', () => {
    const stored = { kind: 'not-configured', message: '' } as unknown as ErrorInfo;
    expect(describeError(stored)).toMatchObject({ title: 'ui_err_unknown', next: 'retry' });
  });
});

describe('search input and list filters', () => {
  it('cleans pasted numbers', () => {
    expect(normalizeNumber(' 1z 999-aa1 ')).toBe('1Z999AA1');
    expect(looksLikeNumber('12 3')).toBe(false);
    // A non-breaking hyphen (U+2011, common in copied documents) no longer makes the number unsearchable.
    expect(looksLikeNumber('1Z999AA1\u20110123456784')).toBe(true);
  });

  it('counts statuses and filters', () => {
    const list = [pinned(parcel({ status: 'delivered' })), pinned(null, { number: 'RR123456785CN', carrier: 'china-post' }), pinned(parcel({ number: 'A1234567' }), { archived: true })];
    expect(statusCounts(list)).toMatchObject({ all: 2, delivered: 1, pending: 1 });
    expect(filterPinned(list, 'pending', '')).toHaveLength(1);
    expect(filterPinned(list, 'all', 'out for')).toHaveLength(1);
  });
});

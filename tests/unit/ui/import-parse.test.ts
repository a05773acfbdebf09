import { describe, expect, it } from 'vitest';
import { parseImport } from '@/utils/ui/import-parse';

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

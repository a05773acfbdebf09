import { describe, expect, it } from 'vitest';
import { buildCsv } from '@/utils/ui/export-build';
import { parcel, pinned } from '../components/fixtures';

describe('CSV export', () => {
  it('neutralises spreadsheet formulas in exports', () => {
    const csv = buildCsv([pinned(parcel(), { title: '=HYPERLINK("http://evil")' })]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});

import { describe, expect, it } from 'vitest';
import { SegmentBuilder, rangesForMatch, type Segment } from '@/utils/page-scan/segments';

describe('segments', () => {
  it('maps a match back to the text nodes it spans, and refuses one across a block break', () => {
    const segs: Segment[] = [];
    const b = new SegmentBuilder((s) => segs.push(s));
    const t1 = document.createTextNode('Ship 1Z999');
    const t2 = document.createTextNode('AA10123456784');
    const t3 = document.createTextNode('next');
    b.addText(t1);
    b.addText(t2);
    b.blockBreak();
    b.addText(t3);
    b.flush();
    const seg = segs[0]!;
    expect(seg.text).toBe('Ship 1Z999AA10123456784\nnext');
    const ranges = rangesForMatch(seg.pieces, 5, 23)!;
    expect(ranges.map((r) => [r.node.data.slice(r.from, r.to), r.part, r.last])).toEqual([
      ['1Z999', 0, false],
      ['AA10123456784', 1, true],
    ]);
    expect(rangesForMatch(seg.pieces, 20, 26)).toBeNull();
  });
});

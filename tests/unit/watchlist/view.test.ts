import { describe, expect, it } from 'vitest';
import { filterPinned, statusCounts } from '@/utils/watchlist/view';
import { parcel, pinned } from '../components/fixtures';

describe('list filters', () => {
  it('counts statuses and filters', () => {
    const list = [pinned(parcel({ status: 'delivered' })), pinned(null, { number: 'RR123456785CN', carrier: 'china-post' }), pinned(parcel({ number: 'A1234567' }), { archived: true })];
    expect(statusCounts(list)).toMatchObject({ all: 2, delivered: 1, pending: 1 });
    expect(filterPinned(list, 'pending', '')).toHaveLength(1);
    expect(filterPinned(list, 'all', 'out for')).toHaveLength(1);
  });
});

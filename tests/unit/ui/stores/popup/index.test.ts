import { describe, expect, it } from 'vitest';
import { createPopupStore } from '@/utils/ui/stores/popup';
import type { LookupReply } from '@/utils/messages/background-api';
import { parcel } from '../../../components/fixtures';
import { fakePopupServices } from '../../../components/fake-services';

const shipment = parcel();
const reply: LookupReply = { shipment, fetchedAt: 0, fromCache: false, pinned: false };

function setup() {
  const hashes: string[] = [];
  let lookups = 0;
  const fake = fakePopupServices(
    { status: () => null, watchlist: () => [], 'transit-times': () => null, lookup: () => (lookups++, reply) },
    {},
    { setHash: (h) => hashes.push(h) },
  );
  return { ...fake, hashes, lookups: () => lookups, store: createPopupStore(fake.services) };
}

describe('popup store (the slices composed)', () => {
  it('opens straight into the details from the hash, and Back returns to the list', async () => {
    const { store, hashes } = setup();
    await store.actions.init('#/details/ups/1Z999AA10123456784');
    expect(store.route.value).toEqual({ view: 'details', carrier: 'ups', number: '1Z999AA10123456784' });
    expect(store.details.details.value?.state).toBe('ready');
    store.actions.back();
    expect(store.route.value).toEqual({ view: 'list' });
    expect(store.details.details.value).toBeNull();
    expect(hashes).toEqual(['#/']);
  });

  it('ignores a hash change to the shipment already in view', async () => {
    const { store, lookups } = setup();
    await store.actions.init('#/details/ups/1Z999AA10123456784');
    store.actions.onHashChange('#/details/auto/1Z999AA10123456784');
    expect(lookups()).toBe(1);
  });

  it('a search from the box goes through the same route as a click', async () => {
    const { store, hashes } = setup();
    await store.actions.init('');
    store.search.setQuery('1Z999AA10123456784');
    store.search.submit();
    expect(store.route.value).toMatchObject({ view: 'details', number: '1Z999AA10123456784' });
    expect(hashes).toEqual(['#/details/auto/1Z999AA10123456784']);
  });

  it('hands the injected carrier names and choices to the components', () => {
    const { store } = setup();
    expect(store.carrierName('ups')).toBe('UPS');
    expect(store.carrierChoices('1Z999AA10123456784')).toEqual(['ups', 'dhl']);
  });
});

import { describe, expect, it } from 'vitest';
import { createOptionsStore } from '@/utils/ui/stores/options';
import { DEFAULT_SETTINGS } from '@/utils/settings/model';
import type { OptionsServices } from '@/utils/ui/services';
import { fakeSend } from '../../components/fake-services';
import { fakeSites } from '../../components/fake-sites';

function setup() {
  const log: { type: string; payload: unknown }[] = [];
  const services: OptionsServices = {
    send: fakeSend({ 'get-settings': () => ({ ...DEFAULT_SETTINGS }), 'bulk-pin': () => ({ jobId: 'j1', state: 'running', total: 2, done: 0, added: 0, failed: [] }) }, log) as OptionsServices['send'],
    download: () => {},
    watchBulkProgress: () => () => {},
    readBulkProgress: async () => null,
    sites: fakeSites().sites,
    now: () => 0,
    hostAccess: { holds: async () => true, request: async () => true },
  };
  return { store: createOptionsStore(services), log };
}

describe('options store', () => {
  it('previews the import text set through its action, and starts the import with the parsed entries', async () => {
    const { store, log } = setup();
    store.actions.setImportText('1Z999AA10123456784\n1Z999AA10123456784\n300403513351');
    expect(store.importPreview.value.entries.map((e) => e.number)).toEqual(['1Z999AA10123456784', '300403513351']);
    expect(store.importPreview.value.duplicates).toBe(1);
    await store.actions.startImport();
    expect(log.at(-1)?.payload).toEqual({ entries: store.importPreview.value.entries });
    expect(store.progress.value?.jobId).toBe('j1');
  });

  it('keeps fields typed before the stored settings arrive', async () => {
    const { store } = setup();
    const loading = store.actions.init();
    store.actions.update({ apiKey: 'typed' });
    await loading;
    expect(store.draft.value.apiKey).toBe('typed');
  });
});

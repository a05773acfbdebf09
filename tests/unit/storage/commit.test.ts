// @vitest-environment node
// A write Firefox refuses on a full storage with its bare "An unexpected error occurred" is a full storage
// to the rest of Trackpin (evict and retry, then "storage-full"); other failures stay what they are.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { commit } from '@/utils/storage/commit';
import { isQuotaError } from '@/utils/storage/quota';
import { toUserError } from '@/utils/background/to-user-error';
import { storage } from 'wxt/utils/storage';
import { useBackgroundHarness } from '../harness';

useBackgroundHarness();
afterEach(() => void vi.restoreAllMocks());

const item = storage.defineItem<string>('local:commitTest');
const write = () => commit({ values: [{ item, value: 'x' }], metas: [] });

describe('commit on a refused write', () => {
  it("Firefox's opaque refusal reads as a full storage", async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('An unexpected error occurred'));
    const error = await write().catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    expect(toUserError(error)).toMatchObject({ kind: 'storage-full' });
  });

  it('any other failure is passed on unchanged', async () => {
    const other = new Error('Invalid key');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(other);
    expect(await write().catch((e: unknown) => e)).toBe(other);
  });
});

// @vitest-environment node
// The status's "storage full" measurement: only where the browser states a byte quota (Chrome). Firefox 140–143
// has no storage.local.getBytesInUse and no Firefox has QUOTA_BYTES (its quota is IndexedDB's, on disk): there
// the status must not guess — a Firefox profile holding 20 MB is not full.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { status } from '@/utils/background/status-reply';
import { useBackgroundHarness } from '../harness';

useBackgroundHarness();

const local = fakeBrowser.storage.local as unknown as Record<string, unknown>;
function browserWith(api: { getBytesInUse?: () => Promise<number>; QUOTA_BYTES?: number }) {
  for (const [k, v] of Object.entries(api)) local[k] = v;
}
afterEach(() => {
  delete local.getBytesInUse;
  delete local.QUOTA_BYTES;
});

describe('status: storage too full to record anything', () => {
  it('Chrome (QUOTA_BYTES and getBytesInUse): full at the quota, not below it', async () => {
    browserWith({ getBytesInUse: async () => 10 * 1024 * 1024 - 100, QUOTA_BYTES: 10 * 1024 * 1024 });
    expect((await status()).lastPollError).toMatchObject({ kind: 'storage-full', message: expect.stringMatching(/^Trackpin's storage is full: /) });
    browserWith({ getBytesInUse: async () => 4 * 1024 * 1024, QUOTA_BYTES: 10 * 1024 * 1024 });
    expect((await status()).lastPollError).toBeNull();
  });

  it('Firefox 144+ (getBytesInUse, no QUOTA_BYTES): 20 MB stored is not reported as full', async () => {
    browserWith({ getBytesInUse: async () => 20 * 1024 * 1024 });
    expect((await status()).lastPollError).toBeNull();
  });

  it('Firefox 140–143 (no getBytesInUse on storage.local): the status still answers, with no guess', async () => {
    delete local.getBytesInUse;
    const reply = await status();
    expect(reply.lastPollError).toBeNull();
    expect(reply.configured).toBeTypeOf('boolean');
  });

  it('a getBytesInUse that fails does not break the status', async () => {
    browserWith({ getBytesInUse: () => Promise.reject(new Error('not supported')), QUOTA_BYTES: 10 * 1024 * 1024 });
    expect((await status()).lastPollError).toBeNull();
  });
});

// @vitest-environment node
// The host-permission check before API calls: a withheld provider API host fails at once with its own
// kind (no request, nothing logged); a custom endpoint is tried and a network failure names the cause.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SEED } from '@/sandbox/seed-data';
import { lookup } from '@/utils/background/lookup';
import { hostAccessFor } from '@/utils/background/host-access';
import { status } from '@/utils/background/status-reply';
import { readPrivacyLog } from '@/utils/background/privacy-log';
import { describeError } from '@/utils/ui/describe-error';
import { configure, failure } from './helpers';
import { useBackgroundHarness } from '../harness';

const sb = useBackgroundHarness();

/** The browser's answer to permissions.contains, per match pattern. */
function grant(held: (origin: string) => boolean) {
  const contains = vi.fn(async ({ origins }: { origins: string[] }) => origins.every(held));
  Object.assign(fakeBrowser, { permissions: { contains } });
  return contains;
}

afterEach(() => {
  Object.assign(fakeBrowser, { permissions: undefined });
});

describe('hostAccessFor', () => {
  it("names each provider's API host as required and a custom endpoint's host (any port) as optional", () => {
    expect(hostAccessFor({ provider: 'trackingmore-v4', endpoint: '' })).toMatchObject({ origin: 'https://api.trackingmore.com/*', required: true });
    expect(hostAccessFor({ provider: 'trackru-v1', endpoint: '' })).toMatchObject({ origin: 'https://api.trackru.ru/*', required: true });
    expect(hostAccessFor({ provider: 'trackingmore-v2', endpoint: 'http://127.0.0.1:4321/v2' })).toMatchObject({ origin: 'http://127.0.0.1/*', required: false });
    expect(hostAccessFor({ provider: 'trackingmore-v2', endpoint: 'https://api.trackingmore.com/v2' }).required).toBe(true);
  });
});

describe('API calls without the host permission', () => {
  it("the provider's API withheld: host-permission with the pattern to ask for, no request made or logged", async () => {
    await configure(sb, { provider: 'trackingmore-v4', endpoint: '' });
    const contains = grant(() => false);
    const error = await failure(lookup({ number: SEED.ups }));
    expect(error).toMatchObject({ kind: 'host-permission', origin: 'https://api.trackingmore.com/*' });
    expect(error.message).toContain('api.trackingmore.com');
    expect(describeError(error).title).toBe('ui_err_hostPermission');
    expect(contains).toHaveBeenCalledWith({ origins: ['https://api.trackingmore.com/*'] });
    expect(await readPrivacyLog()).toEqual([]);
    expect((await status()).missingHost).toBe('https://api.trackingmore.com/*');
  });

  it('a custom endpoint not held that answers anyway (CORS) works, and the status asks for nothing', async () => {
    await configure(sb);
    grant(() => false);
    const r = await lookup({ number: SEED.ups });
    expect(r.shipment.status).toBe('transit');
    expect((await status()).missingHost).toBeNull();
  });

  // The CORS block itself (a reply refused for want of the permission) needs a browser: covered in
  // tests/e2e/host-access.firefox.e2e.test.ts against a sandbox without CORS headers.
  it('a custom endpoint not held that answers CORS but drops the call stays a network error (the probe reaches it)', async () => {
    await configure(sb);
    grant(() => false);
    sb.setFaults({ kind: 'drop', count: 10, path: '/v2/trackings/ups' });
    expect((await failure(lookup({ number: SEED.ups }))).kind).toBe('network');
  });

  it('a custom endpoint that is held and fails on the network stays a network error', async () => {
    await configure(sb);
    grant(() => true);
    sb.setFaults({ kind: 'drop', count: 10 });
    expect((await failure(lookup({ number: SEED.ups }))).kind).toBe('network');
  });

  it('with the host held, lookups go out as before', async () => {
    await configure(sb);
    grant(() => true);
    expect((await lookup({ number: SEED.ups })).shipment.number).toBe(SEED.ups);
    expect((await status()).missingHost).toBeNull();
  });
});

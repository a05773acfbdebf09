import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_SCRIPT_ID, syncSiteAccess, watchSiteAccess } from '@/utils/background/site-access';
import { writeSettings, readSettings } from '@/utils/settings/store';
import { installSiteAccessFake, siteAccessFake } from '../fake-site-access';

const registered = () => siteAccessFake.scripts.get(CONTENT_SCRIPT_ID);

describe('site access (registered content script)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('default mode: registers the script for every site, in frames and about:blank ones too', async () => {
    installSiteAccessFake(['<all_urls>']);
    await syncSiteAccess();
    expect(registered()).toMatchObject({ matches: ['<all_urls>'], allFrames: true, matchOriginAsFallback: true, js: ['content-scripts/content.js'] });
  });

  it('allow-only mode: gives <all_urls> back and registers only the granted sites', async () => {
    installSiteAccessFake(['<all_urls>', 'https://api.trackingmore.com/*', '*://shop.example/*']);
    await writeSettings({ ...(await readSettings()), siteAccess: 'allowed-only' });
    await syncSiteAccess();
    expect(siteAccessFake.origins.has('<all_urls>')).toBe(false);
    expect(registered()?.matches).toEqual(['*://shop.example/*']);
  });

  it('a grant or a revocation (popup, options or the browser UI) re-registers; no site left means no script', async () => {
    installSiteAccessFake([]);
    await writeSettings({ ...(await readSettings()), siteAccess: 'allowed-only' });
    watchSiteAccess((e) => {
      throw e;
    });
    await syncSiteAccess();
    expect(registered()).toBeUndefined();
    siteAccessFake.grant('*://a.example/*');
    await syncSiteAccess(); // waits behind the listener's run (same lock)
    expect(registered()?.matches).toEqual(['*://a.example/*']);
    siteAccessFake.revoke('*://a.example/*');
    await syncSiteAccess();
    expect(registered()).toBeUndefined();
  });

  it('a worker restart re-checks: a script missing or stale is registered again', async () => {
    installSiteAccessFake(['<all_urls>']);
    siteAccessFake.scripts.set(CONTENT_SCRIPT_ID, { id: CONTENT_SCRIPT_ID, matches: ['*://old.example/*'] });
    await syncSiteAccess();
    expect(registered()?.matches).toEqual(['<all_urls>']);
  });
});

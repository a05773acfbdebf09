// The production builds load in both browsers, and the manifests ask for exactly the documented
// permissions (README "Permissions" lists them; a new permission must be documented first).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDir, launchChromium, launchFirefox, type ChromiumExtension, type FirefoxExtension } from './harness';

const README = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');

function documentedPermissions(): string[] {
  const section = README.split(/^## Permissions/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!);
}

describe.each(['chrome', 'firefox'] as const)('%s manifest', (browser) => {
  const manifest = JSON.parse(readFileSync(path.join(buildDir(browser), 'manifest.json'), 'utf8'));

  it('is MV3 and requests no more than README documents', () => {
    expect(manifest.manifest_version).toBe(3);
    // Optional host permissions too: all sites is required in Firefox and optional in Chrome (README).
    const requested = [...new Set([...manifest.permissions, ...manifest.host_permissions, ...(manifest.optional_host_permissions ?? [])])];
    expect(documentedPermissions().sort()).toEqual(requested.sort());
  });
});

describe('Chromium', () => {
  let ext: ChromiumExtension;
  beforeAll(async () => {
    ext = await launchChromium();
  });
  afterAll(async () => ext?.close());

  it('starts the service worker and serves the extension pages', async () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await ext.context.newPage();
    await page.goto(ext.extUrl('popup.html'));
    await expect(page.title()).resolves.toBe('Trackpin');
  });
});

describe('Firefox', () => {
  let ext: FirefoxExtension;
  beforeAll(async () => {
    ext = await launchFirefox();
  });
  afterAll(async () => ext?.close());

  it('installs the firefox-mv3 build and serves the extension pages', async () => {
    const page = await ext.extensionTab();
    await ext.gotoExtensionPage(page, 'popup.html', 'main');
    expect(await page.evaluate(() => document.title)).toBe('Trackpin');
  });
});

// `npm start`: the full demo. Builds the Chrome extension, starts the sandbox API, opens Chromium with
// Trackpin loaded, configures it for the sandbox through the options page (as a user would) and opens the
// demo shop. `--headless` runs the same flow without a display and writes screenshots to .output/demo/.
// `--provider v4|v2|trackru` picks the API the demo runs on (default v4, what a new install uses).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startSandbox } from '../sandbox/server';
import { DEMO_KEYS } from '../sandbox/demo-keys';
import { launchChromium, type ChromiumExtension } from '../tests/e2e/harness';

const headless = process.argv.includes('--headless');
const portArg = process.argv.find((a) => a.startsWith('--port='))?.split('=')[1];
const providerIndex = process.argv.indexOf('--provider');
const providerArg = process.argv.find((a) => a.startsWith('--provider='))?.split('=')[1] ?? (providerIndex >= 0 ? process.argv[providerIndex + 1] : 'v4');
const DEMO_PROVIDERS = {
  v4: { provider: 'trackingmore-v4', label: 'TrackingMore (API v4)', key: DEMO_KEYS.trackingmoreV4, path: '/v4' },
  v2: { provider: 'trackingmore-v2', label: 'TrackingMore (API v2, legacy)', key: DEMO_KEYS.trackingmore, path: '/v2' },
  trackru: { provider: 'trackru-v1', label: 'TrackRU (API v1)', key: DEMO_KEYS.trackru, path: '/v1' },
} as const;
const demo = DEMO_PROVIDERS[providerArg as keyof typeof DEMO_PROVIDERS];
if (!demo) {
  console.error(`--provider must be one of ${Object.keys(DEMO_PROVIDERS).join(', ')}`);
  process.exit(1);
}
const OUT = path.resolve('.output/demo');

if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'npm start needs a display to open a browser window, and none was found (DISPLAY is not set).\n' +
      'Run `npm start -- --headless` to run the same demo headless and write screenshots to .output/demo/.',
  );
  process.exit(1);
}

function build() {
  console.log('Building the Chrome extension…');
  const r = spawnSync(path.resolve('node_modules/.bin/wxt'), ['build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** What a new user does: the options page opens on install; read the welcome, enter key and endpoint. */
async function configure(ext: ChromiumExtension, provider: string, endpoint: string, apiKey: string) {
  const optionsUrl = ext.extUrl('options.html');
  const page =
    ext.context.pages().find((p) => p.url().startsWith(optionsUrl)) ??
    (await ext.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(optionsUrl), timeout: 5000 }).catch(
      async () => {
        const p = await ext.context.newPage();
        await p.goto(optionsUrl);
        return p;
      },
    ));
  await page.getByLabel('API key').waitFor();
  const welcome = page.getByRole('button', { name: 'Got it' });
  if (await welcome.count()) await welcome.click();
  await page.getByLabel('Provider').selectOption(provider);
  await page.getByText('Advanced').click();
  await page.getByLabel('API endpoint').fill(endpoint);
  await page.getByLabel('API key').fill(apiKey);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.getByText('Key accepted.', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Saved.').waitFor();
  return page;
}

/** Pins a few shipments from the popup's details view, as a user would, so the list has content. */
async function pinSome(ext: ChromiumExtension, routes: string[]) {
  const popup = await ext.context.newPage();
  for (const r of routes) {
    await popup.goto(ext.extUrl(`popup.html#/details/${r}`));
    const pin = popup.getByRole('button', { name: /^Pin/ });
    await pin.waitFor({ timeout: 15_000 });
    await pin.click();
    await popup.getByRole('button', { name: /^Unpin/ }).waitFor();
  }
  await popup.close();
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
  console.log(`  .output/demo/${name}.png`);
}

async function screenshots(ext: ChromiumExtension, shopUrl: string, options: Page) {
  mkdirSync(OUT, { recursive: true });
  console.log('Writing screenshots:');
  for (const scheme of ['light', 'dark'] as const) {
    const shop = await ext.context.newPage();
    await shop.emulateMedia({ colorScheme: scheme });
    await shop.setViewportSize({ width: 1280, height: 860 });
    await shop.goto(shopUrl);
    const ups = shop.locator('trackpin-mark[data-trackpin="1Z999AA10123456784"]').first();
    await ups.waitFor({ timeout: 15_000 });
    await shoot(shop, `${scheme}-page-marks`);
    await ups.click();
    // The card lives in a closed shadow root: wait for its data to arrive rather than for a selector.
    await shop.waitForTimeout(2000);
    await shoot(shop, `${scheme}-card`);

    const popup = await ext.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(ext.extUrl('popup.html'));
    await popup.getByText('1Z999AA10123456784').first().waitFor();
    await shoot(popup, `${scheme}-popup-list`);
    await popup.goto(ext.extUrl('popup.html#/details/ups/1Z999AA10123456784'));
    await popup.locator('.tp-summary').waitFor();
    await shoot(popup, `${scheme}-parcel-details`);
    await popup.goto(ext.extUrl('popup.html#/details/172/172-28891936'));
    await popup.getByText('LUX').first().waitFor();
    await shoot(popup, `${scheme}-awb-details`);

    await options.emulateMedia({ colorScheme: scheme });
    await options.setViewportSize({ width: 1100, height: 900 });
    await shoot(options, `${scheme}-options`);
    await shop.close();
    await popup.close();
  }
}

build();
const sandbox = await startSandbox({ port: portArg ? Number(portArg) : 0 });
const endpoint = `${sandbox.url}${demo.path}`;
console.log(`Sandbox API (${demo.label}): ${endpoint} (key ${demo.key})`);
const ext = await launchChromium({ headless, extDir: path.resolve('.output/chrome-mv3') });
const shopUrl = `${sandbox.url}/shop/en/order/1001`;
const options = await configure(ext, demo.provider, endpoint, demo.key);
await pinSome(ext, ['ups/1Z999AA10123456784', '172/172-28891936', '4px/300403513351']);

if (headless) {
  await screenshots(ext, shopUrl, options);
  await ext.close();
  await sandbox.close();
} else {
  const shop = await ext.context.newPage();
  await shop.goto(shopUrl);
  console.log(`Demo shop: ${shopUrl} — click a marked number. Close the browser or press Ctrl-C to stop.`);
  const stop = async () => {
    await ext.close().catch(() => undefined);
    await sandbox.close();
    process.exit(0);
  };
  ext.context.on('close', stop);
  process.on('SIGINT', stop);
}

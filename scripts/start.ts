// `npm start`: the full demo. Builds the Chrome extension, starts the sandbox API, opens Chromium with
// Trackpin loaded, configures it for the sandbox through the options page (as a user would) and opens the
// demo shop. `--headless` runs the same flow without a display and writes screenshots to .output/demo/.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startSandbox } from '../sandbox/server';
import { DEMO_KEYS } from '../sandbox/demo-keys';
import { launchChromium, type ChromiumExtension } from '../tests/e2e/harness';

const headless = process.argv.includes('--headless');
const portArg = process.argv.find((a) => a.startsWith('--port='))?.split('=')[1];
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

async function configure(ext: ChromiumExtension, endpoint: string, apiKey: string) {
  const page = await ext.context.newPage();
  await page.goto(ext.extUrl('options.html'));
  await page.getByLabel('API endpoint').fill(endpoint);
  await page.getByLabel('API key').fill(apiKey);
  await page.getByRole('button', { name: /^check/i }).click();
  await page.getByRole('button', { name: /^save/i }).click();
  return page;
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
    await shop.locator('trackpin-mark').first().waitFor({ timeout: 10_000 });
    await shoot(shop, `${scheme}-page-marks`);
    await shop.locator('trackpin-mark').first().click();
    await shop.waitForTimeout(1500);
    await shoot(shop, `${scheme}-card`);

    const popup = await ext.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(ext.extUrl('popup.html'));
    await popup.waitForTimeout(800);
    await shoot(popup, `${scheme}-popup-list`);
    await popup.goto(ext.extUrl('popup.html#/details/ups/1Z999AA10123456784'));
    await popup.waitForTimeout(1200);
    await shoot(popup, `${scheme}-parcel-details`);
    await popup.goto(ext.extUrl('popup.html#/details/awb/172-28891936'));
    await popup.waitForTimeout(1200);
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
console.log(`Sandbox API: ${sandbox.trackingmoreUrl} (key ${DEMO_KEYS.trackingmore})`);
const ext = await launchChromium({ headless, extDir: path.resolve('.output/chrome-mv3') });
const shopUrl = `${sandbox.url}/shop/en/order/1001`;
const options = await configure(ext, sandbox.trackingmoreUrl, DEMO_KEYS.trackingmore);

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

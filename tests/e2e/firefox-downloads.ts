// Downloads in Firefox e2e tests: puppeteer's BiDi Firefox exposes no download events.
import type { Page } from 'puppeteer-core';
import { untilInPage } from './harness';

/**
 * Keeps the next Blob link "download" in the page: puppeteer's BiDi Firefox exposes no download events, so
 * the test reads the file the browser is offered (the same Blob) instead of the saved copy.
 */
export async function catchDownload(page: Page): Promise<() => Promise<{ name: string; text: string }>> {
  await page.evaluate(() => {
    const w = window as unknown as { __tpBlob?: Blob; __tpName?: string };
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (b: Blob | MediaSource) => ((w.__tpBlob = b as Blob), create(b));
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) w.__tpName = this.download;
      return click.call(this);
    };
  });
  return async () => {
    await untilInPage(page, () => !!(window as unknown as { __tpBlob?: Blob }).__tpBlob, null);
    return page.evaluate(async () => {
      const w = window as unknown as { __tpBlob: Blob; __tpName?: string };
      return { name: w.__tpName ?? '', text: await w.__tpBlob.text() };
    });
  };
}

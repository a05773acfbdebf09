// @vitest-environment node
import { getTracking } from 'ts-tracking-number';
import { describe, expect, it } from 'vitest';
import { isValidAwb, isValidDhlExpress, isValidS10, isValidUps, isValidUspsImpb, s10CheckDigit } from '../../../sandbox/checksums';
import { SEED, SEEDED_NUMBERS } from '../../../sandbox/seed-data';
import { DECOYS, SHOP_PAGES } from '../../../sandbox/shop';
import { useSandbox } from './helpers';

const box = useSandbox();

describe('seeded numbers', () => {
  it('are valid for their formats', () => {
    expect(isValidUps(SEED.ups) && isValidUps(SEED.upsUndelivered)).toBe(true);
    expect(isValidUspsImpb(SEED.usps)).toBe(true);
    expect(isValidDhlExpress(SEED.dhl) && isValidDhlExpress(SEED.dhlNotInAccount)).toBe(true);
    for (const n of [SEED.chinaPost, SEED.posteItaliane, SEED.russianPost, SEED.pocztaPolska]) expect(isValidS10(n)).toBe(true);
    expect(isValidAwb(SEED.awb)).toBe(true);
    expect(new Set(SEEDED_NUMBERS).size).toBe(SEEDED_NUMBERS.length);
  });

  it('check digits catch a changed digit', () => {
    expect(isValidUps('1Z999AA10123456785')).toBe(false);
    expect(isValidUspsImpb('9400111899223197428498')).toBe(false);
    expect(isValidDhlExpress('3911625282')).toBe(false);
    expect(isValidS10('RR483027151CN')).toBe(false);
    expect(s10CheckDigit('00000008')).toBe(0); // 11 - 1 = 10 → 0
    expect(s10CheckDigit('00000015')).toBe(5); // 11 - 0 = 11 → 5
  });

  it('are recognised by an independent detector (ts-tracking-number)', () => {
    for (const n of [SEED.ups, SEED.upsUndelivered, SEED.usps, SEED.dhl, SEED.chinaPost, SEED.russianPost, SEED.pocztaPolska, SEED.posteItaliane]) {
      expect(getTracking(n), n).toBeDefined();
    }
  });
});

describe('shop pages', () => {
  const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');

  it('serves an index linking every page', async () => {
    const html = await (await fetch(`${box.sb.url}/shop/`)).text();
    for (const p of SHOP_PAGES) expect(html).toContain(`href="${p.path}"`);
  });

  it.each(SHOP_PAGES.map((p) => [p.path, p] as const))('%s contains what its expectation lists', async (path, p) => {
    const res = await fetch(box.sb.url + path);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    const visible = text(html).replace(/\s+/g, '');
    for (const n of [...p.parcels, ...p.awbs]) expect(visible, n).toContain(n);
    for (const d of p.decoys) expect(html, d).toContain(d);
    for (const f of p.formFields) {
      expect(html).toContain(`id="${f.selector.slice(1)}"`);
      expect(html).toContain(f.value);
    }
    for (const n of p.insertedLater) expect(html).toContain(n);
    if (p.trackLink) expect(html).toContain(`href="${p.trackLink.href}"`);
    expect(html).toContain('id="page-button"');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\/(?!www\.ups\.com\/track)/); // no external resources
  });

  it('keeps decoys clear of the parcel check digits', () => {
    for (const d of Object.values(DECOYS)) {
      const compact = d.replace(/[^0-9A-Z]/gi, '');
      expect([isValidUps(compact), isValidUspsImpb(compact), isValidDhlExpress(compact), isValidS10(compact)], d).toEqual([false, false, false, false]);
    }
  });

  it('lets the SPA page be reloaded at its pushState URL', async () => {
    const spa = SHOP_PAGES.find((p) => p.pushStatePath)!;
    expect((await fetch(box.sb.url + spa.pushStatePath!)).status).toBe(200);
    expect((await fetch(`${box.sb.url}/shop/en/nope`)).status).toBe(404);
  });
});

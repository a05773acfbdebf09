// @vitest-environment node
// GET /v2/carriers over HTTP serves TrackingMore's whole 2024 carrier list (tests/fixtures/trackingmore-carriers.json),
// so a client choosing a carrier from the sandbox sees every code the real API accepts, and only those.
import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/trackingmore-carriers.json';
import { call, useSandbox } from './helpers';

const box = useSandbox();

const list = fixture as { carriers: Record<string, { name: string; lists: string[] }> };
const codes2024 = Object.entries(list.carriers).filter(([, c]) => c.lists.includes('2024')).map(([code]) => code);

describe('GET /v2/carriers: the whole TrackingMore list', () => {
  it('lists every 2024 code once, and nothing else', async () => {
    const r = await call(box.sb, 'GET', '/carriers');
    expect(r.status).toBe(200);
    expect(r.meta).toEqual({ code: 200 });
    const served: string[] = r.data.map((c: { code: string }) => c.code);
    expect(new Set(served).size).toBe(served.length);
    expect([...served].sort()).toEqual([...codes2024].sort());
    expect(served.length).toBe(1085);
  });

  it('keeps the detailed rows and gives every row the documented fields', async () => {
    const r = await call(box.sb, 'GET', '/carriers/');
    const byCode = new Map<string, any>(r.data.map((c: any) => [c.code, c]));
    expect(byCode.get('ups')).toMatchObject({ name: 'UPS', phone: '1 800 742 5877', homepage: '//www.ups.com/', type: 'express' });
    expect(byCode.get('deutsche-post')).toMatchObject({ name: 'Deutsche Post', type: 'globalpost' });
    expect(byCode.has('deutsch-post')).toBe(false);
    for (const c of r.data) {
      expect(Object.keys(c)).toEqual(['name', 'code', 'phone', 'homepage', 'type', 'picture']);
      expect(['express', 'globalpost']).toContain(c.type);
      expect(c.picture).toBe(`//cdn.trackingmore.com/images/icons/${c.type}/${c.code}.png`);
    }
  });

  it('names a plugin-only carrier as the list does', async () => {
    const r = await call(box.sb, 'GET', '/carriers');
    const [code, entry] = Object.entries(list.carriers).find(([k, c]) => c.lists.includes('2024') && !['ups', 'dhl'].includes(k))!;
    expect(r.data.find((c: any) => c.code === code)).toMatchObject({ code, name: entry.name });
  });

  it('answers the v1 (TrackRU) carriers path with the same list', async () => {
    const r = await call(box.sb, 'GET', '/carriers/', { api: 'v1' });
    expect(r.data.length).toBe(1085);
  });
});

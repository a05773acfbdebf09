// The whole carrier list GET /carriers serves: TrackingMore's 2024 codes (tests/fixtures/trackingmore-carriers.json,
// from TrackingMore's own WooCommerce plugin), with the sandbox's detailed rows (sandbox/carriers.ts) first.
// The plugin list has names and codes only: phone and homepage stay empty, the type is read from the name.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CARRIERS, type Carrier } from './carriers';

interface ListFile {
  carriers: Record<string, { name: string; lists: string[] }>;
}

const LIST_FILE = fileURLToPath(new URL('../tests/fixtures/trackingmore-carriers.json', import.meta.url));

let full: readonly Carrier[] | undefined;

/** Every code of TrackingMore's 2024 list, read once. */
export function fullCarrierList(): readonly Carrier[] {
  if (full) return full;
  const file = JSON.parse(readFileSync(LIST_FILE, 'utf8')) as ListFile;
  const detailed = new Set(CARRIERS.map((c) => c.code));
  const rest: Carrier[] = [];
  for (const [code, { name, lists }] of Object.entries(file.carriers)) {
    if (detailed.has(code) || !lists.includes('2024')) continue;
    const type: Carrier['type'] = /post/i.test(code) || /post/i.test(name) ? 'globalpost' : 'express';
    rest.push({ name, code, phone: '', homepage: '', type, picture: `//cdn.trackingmore.com/images/icons/${type}/${code}.png` });
  }
  full = [...CARRIERS, ...rest];
  return full;
}

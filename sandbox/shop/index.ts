// Demo shop pages served under /shop/, and what tests should expect on them.
import { PAGE_RENDERERS, renderIndex } from './pages';

export { SHOP_PAGES } from './expectations';
export type { ShopPageExpectation } from './expectations';
export { DECOYS } from './decoys';

/** HTML for a /shop/ path, or undefined for an unknown one. */
export function renderShopPage(path: string): string | undefined {
  if (path === '/shop/') return renderIndex();
  return PAGE_RENDERERS[path.replace(/\/$/, '')]?.();
}

// Small browser facts every context needs: our own URLs, whether an event came from the user, and copying.
import { browser } from 'wxt/browser';

/** A URL inside the extension. Untyped getURL: WXT's generated PublicPath union is rebuilt per build and
 *  lags behind entrypoints added meanwhile, so a valid path may not be in it yet. */
export function extensionUrl(path: string): string {
  return (browser.runtime as unknown as { getURL(p: string): string }).getURL(path);
}

/** Programmatic events (isTrusted false) come from the page's scripts, not the user. */
export const isUserEvent = (event: Event): boolean => event.isTrusted;

/** Copies text; falls back to a hidden textarea where the async clipboard API is unavailable or refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    try {
      const area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.cssText = 'position:fixed;top:-1000px;opacity:0';
      document.body.append(area);
      area.select();
      const ok = document.execCommand('copy');
      area.remove();
      return ok;
    } catch {
      return false;
    }
  }
}

/**
 * Returns the link as an absolute http(s) URL, or null. Carrier and airline links come from the provider
 * and end up in `href`s, so anything else (javascript:, data:, relative paths) is dropped.
 * Protocol-relative links (`//www.dhl.com/`, as the carriers list writes them) are read as https.
 */
export function safeHttpUrl(s: string | null | undefined): string | null {
  const text = s?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text.startsWith('//') ? `https:${text}` : text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  return url.href;
}

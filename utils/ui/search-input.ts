// The search box accepts numbers pasted with spaces or dashes; this is what is sent.
export function cleanNumber(input: string): string {
  return input.replace(/[\s\u00a0-]+/g, '').toUpperCase();
}

/** What the message protocol accepts as a number (see utils/messages/background-api.ts). */
export function looksLikeNumber(input: string): boolean {
  const n = cleanNumber(input);
  return n.length >= 5 && n.length <= 64 && /^[0-9A-Z]+$/.test(n);
}

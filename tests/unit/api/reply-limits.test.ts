// @vitest-environment node
// Replies over the size cap are refused before parsing; a server's Retry-After is capped at 6 hours.
import { describe, expect, it } from 'vitest';
import { readReply, retryAfterMs } from '@/utils/api/reply';
import { MAX_REPLY_CHARS, MAX_RETRY_AFTER_MS } from '@/utils/api/reply-limits';
import { toUserError } from '@/utils/background/to-user-error';

describe('reply limits', () => {
  it('a 20 MB reply is a clear "too large" error, not a generic one', () => {
    const body = JSON.stringify({ meta: { code: 200 }, data: { items: ['x'.repeat(20 * 1024 * 1024)] } });
    expect(body.length).toBeGreaterThan(MAX_REPLY_CHARS);
    const r = readReply(200, new Headers(), body);
    expect(r.ok).toBe(false);
    const info = toUserError(!r.ok && r.error);
    expect(info.kind).toBe('malformed-reply');
    expect(info.message).toMatch(/too large/);
  });

  it('a reply under the cap is read', () => {
    expect(readReply(200, new Headers(), JSON.stringify({ meta: { code: 200 }, data: [] })).ok).toBe(true);
  });

  it('Retry-After of ten years is capped at 6 hours; a short one is kept', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': String(10 * 365 * 86_400) }))).toBe(MAX_RETRY_AFTER_MS);
    expect(retryAfterMs(new Headers({ 'retry-after': '30' }))).toBe(30_000);
    const far = new Date(Date.now() + 10 * 365 * 86_400_000).toUTCString();
    expect(retryAfterMs(new Headers({ 'retry-after': far }))).toBe(MAX_RETRY_AFTER_MS);
  });
});

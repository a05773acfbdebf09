import { describe, expect, it } from 'vitest';
import { describeError } from '@/utils/ui/describe-error';
import type { ErrorInfo } from '@/utils/errors';

describe('errors', () => {
  it('maps each kind to a next step', () => {
    expect(describeError({ kind: 'auth', message: '' }).next).toBe('settings');
    expect(describeError({ kind: 'no-key', message: '' }).next).toBe('settings');
    expect(describeError({ kind: 'quota', message: '' }).next).toBe('settings');
    expect(describeError({ kind: 'network', message: '' }).next).toBe('retry');
    expect(describeError({ kind: 'rate-limited', message: '', retryAfterMs: 1000 }, 5000).resumesAt).toBe(6000);
  });

  it('gives a kind it does not know (stored by an older version) the generic notice', () => {
    const stored = { kind: 'not-configured', message: '' } as unknown as ErrorInfo;
    expect(describeError(stored)).toMatchObject({ title: 'ui_err_unknown', next: 'retry' });
  });
});

// utils/extension.ts and the popup links the background builds with the popup's own hash format.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { copyText, extensionUrl, isUserEvent } from '@/utils/extension';
import { detailsUrl, listUrl } from '@/utils/background/details-url';
import { parseHash } from '@/utils/ui/hash-route';

afterEach(() => vi.restoreAllMocks());

describe('extension helpers', () => {
  it('builds our own URLs', () => {
    expect(extensionUrl('/popup.html')).toBe(fakeBrowser.runtime.getURL('/popup.html'));
  });

  it('tells user events from page-dispatched ones', () => {
    expect(isUserEvent({ isTrusted: false } as Event)).toBe(false);
    expect(isUserEvent({ isTrusted: true } as Event)).toBe(true);
  });

  it('copies through the clipboard API, else through a hidden textarea', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    expect(await copyText('1Z999AA10123456784')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('1Z999AA10123456784');

    writeText.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const copied: string[] = [];
    const exec = vi.fn(() => {
      copied.push((document.activeElement as HTMLTextAreaElement | null)?.value ?? document.querySelector('textarea')!.value);
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    expect(await copyText('RR123456785CN')).toBe(true);
    expect(copied).toEqual(['RR123456785CN']);
    expect(document.querySelector('textarea')).toBeNull();
  });
});

describe('popup links from the background', () => {
  it('use the format the popup parses', () => {
    const details = detailsUrl('china-post', 'RR 123/4');
    expect(details.startsWith(extensionUrl('/popup.html') + '#/details/')).toBe(true);
    expect(parseHash(new URL(details).hash)).toEqual({ view: 'details', carrier: 'china-post', number: 'RR 123/4' });
    expect(parseHash(new URL(detailsUrl(null, '172-28891936')).hash)).toEqual({ view: 'details', carrier: null, number: '172-28891936' });
    expect(parseHash(new URL(listUrl()).hash)).toEqual({ view: 'list' });
  });
});

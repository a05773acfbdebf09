import { describe, expect, it } from 'vitest';
import { allowedHosts, originFor } from '@/utils/page-safety/site-patterns';

describe('site patterns', () => {
  it('one permission per site, any scheme and port', () => {
    expect(originFor('Shop.Example')).toBe('*://shop.example/*');
  });
  it('the allowed sites are the granted origins, without <all_urls>, the API hosts or duplicates', () => {
    expect(
      allowedHosts(['<all_urls>', 'https://api.trackingmore.com/*', 'https://api.trackru.ru/*', '*://b.example/*', 'https://b.example/*', 'http://a.example/*', '*://*/*']),
    ).toEqual(['a.example', 'b.example']);
  });
});

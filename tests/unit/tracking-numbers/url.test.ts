// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findTrackingNumbers, findTrackingNumbersInUrl } from '@/utils/tracking-numbers';

describe('findTrackingNumbersInUrl', () => {
  it.each([
    ['https://www.ups.com/track?loc=en_US&tracknum=1Z999AA10123456784', '1Z999AA10123456784', 'ups'],
    ['https://t.17track.net/en#nums=RR123456785CN', 'RR123456785CN', 'china-post'],
    ['https://www.dhl.com/de-en/home/tracking/tracking-express.html?submit=1&tracking-id=3318810025', '3318810025', 'dhl'],
    ['https://parcelsapp.com/en/tracking/LP00123456789012', 'LP00123456789012', 'cainiao'],
    ['https://inpost.pl/sledzenie-przesylek?number=620012345678901234567890', '620012345678901234567890', 'inpost-paczkomaty'],
  ])('%s', (href, number, carrier) => {
    const [m, ...rest] = findTrackingNumbersInUrl(href);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ number, confidence: 'high' });
    expect(m!.carriers[0]).toBe(carrier);
    expect(href.slice(m!.start, m!.end)).toBe(m!.raw);
  });

  it('reads several numbers from a 17track link', () => {
    const found = findTrackingNumbersInUrl('https://t.17track.net/en#nums=RR123456785CN,172-28891936');
    expect(found.map((m) => m.number)).toEqual(['RR123456785CN', '172-28891936']);
    expect(found[1]!.airline?.name).toBe('Cargolux');
  });

  it('a digit run invalid for the site carrier is only medium', () => {
    const [m] = findTrackingNumbersInUrl('https://www.dhl.com/en/tracking.html?tracking-id=3318810010');
    expect(m?.confidence).toBe('medium');
  });

  it('ignores other sites and non-tracking parameters', () => {
    expect(findTrackingNumbersInUrl('https://shop.example.com/orders/1Z999AA10123456784')).toEqual([]);
    expect(findTrackingNumbersInUrl('https://www.dhl.com/en/page.html?t=1700000000')).toEqual([]);
    expect(findTrackingNumbersInUrl('not a url')).toEqual([]);
  });

  it('findTrackingNumbers reads carrier links in page text with offsets into the text', () => {
    const text = 'Track it: https://www.ups.com/track?tracknum=1Z999AA10123456784. Thanks';
    const [m] = findTrackingNumbers(text);
    expect(m).toMatchObject({ number: '1Z999AA10123456784', confidence: 'high' });
    expect(text.slice(m!.start, m!.end)).toBe('1Z999AA10123456784');
  });
});

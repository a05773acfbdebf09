// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { candidateCarriers, defaultCarrier, identify, identifyOrParcel, normalizeNumber, type CarrierPolicy } from '@/utils/tracking-numbers';

describe('normalizeNumber: one rule for typed and clicked numbers', () => {
  // Inputs each of the four former rules handled differently (search box, background, content script, engine).
  it.each([
    ['search box: spaces, dashes, lower case', ' 1z 999-aa1 ', '1Z999AA1'],
    ['search box: no-break space', '1Z\u00a0999\u00a0AA1', '1Z999AA1'],
    ['background: dashes and tabs', '1z999aa1-0123\t456784', '1Z999AA10123456784'],
    ['content script: lower case is upper-cased', 'rr 123 456 785 cn', 'RR123456785CN'],
    ['content script: dashes are dropped', '172-28891936', '17228891936'],
    ['engine: thin and narrow no-break spaces', '172\u200928891936\u202f', '17228891936'],
    ['engine: Unicode hyphen and non-breaking hyphen', '1Z999AA1\u20100123\u2011456784', '1Z999AA10123456784'],
  ])('%s', (_case, input, expected) => {
    expect(normalizeNumber(input)).toBe(expected);
  });
});

describe('identify', () => {
  it('gives the engine number, kind, carriers and airline', () => {
    expect(identify(' 1z999aa1-0123-456784 ')).toEqual({ number: '1Z999AA10123456784', kind: 'parcel', carriers: ['ups'] });
    expect(identify('17228891936')).toEqual({
      number: '172-28891936',
      kind: 'awb',
      carriers: [],
      airline: { prefix: '172', name: 'Cargolux' },
    });
  });

  it('is null for what is not a number', () => {
    expect(identify('hello world')).toBeNull();
    expect(identify('')).toBeNull();
  });

  it.each([
    ['check digit wrong', '172-28891937'],
    ['prefix of no cargo airline', '123-28891936'],
  ])('an AWB whose %s is not an AWB (the old background regex took it for one)', (_case, input) => {
    expect(identify(input)?.kind).not.toBe('awb');
    // Eleven plain digits may still be some parcel carrier's number; it is just not an air waybill.
    expect(identifyOrParcel(input)).toMatchObject({ number: normalizeNumber(input), kind: 'parcel' });
  });

  it('identifyOrParcel keeps an unknown number as a parcel of unknown carrier', () => {
    expect(identifyOrParcel(' ab-12 345 ')).toEqual({ number: 'AB12345', kind: 'parcel', carriers: [] });
    expect(identifyOrParcel('1Z999AA10123456784').carriers).toEqual(['ups']);
  });

  it('candidateCarriers lists the engine candidates, or none', () => {
    expect(candidateCarriers('1Z999AA10123456784')).toEqual(['ups']);
    expect(candidateCarriers('nothing')).toEqual([]);
  });
});

describe('defaultCarrier', () => {
  const awb = { number: '172-28891936', kind: 'awb', carriers: [] } as const;
  const one = { number: '1Z999AA10123456784', kind: 'parcel', carriers: ['ups'] };
  const two = { number: '92001901755477000000000000', kind: 'parcel', carriers: ['usps', 'fedex'] };
  const none = { number: 'AB12345', kind: 'parcel', carriers: [] };
  it.each<[string, typeof awb | typeof one, CarrierPolicy, string | undefined]>([
    ['AWB: its airline prefix', awb, 'first', '172'],
    ['AWB: its airline prefix', awb, 'only-if-unambiguous', '172'],
    ['one candidate', one, 'first', 'ups'],
    ['one candidate', one, 'only-if-unambiguous', 'ups'],
    ['two candidates', two, 'first', 'usps'],
    ['two candidates', two, 'only-if-unambiguous', undefined],
    ['no candidate', none, 'first', undefined],
    ['no candidate', none, 'only-if-unambiguous', undefined],
  ])('%s, policy %s', (_case, id, policy, expected) => {
    expect(defaultCarrier(id as Parameters<typeof defaultCarrier>[0], policy)).toBe(expected);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findTrackingNumbers, identifyTrackingNumber } from '@/utils/tracking-numbers';
import { awbCheck, changeDigit, gs1Check, s10Check } from './check-digit-helpers';

/** The single match found in `text`, or undefined. */
function only(text: string) {
  const found = findTrackingNumbers(text);
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0];
}

function expectFound(text: string, number: string, carrier: string | null, confidence: 'high' | 'medium' = 'high') {
  const m = only(text);
  expect(m, text).toBeDefined();
  expect(m!.number).toBe(number);
  expect(m!.confidence).toBe(confidence);
  if (carrier) expect(m!.carriers[0]).toBe(carrier);
}

function expectNone(text: string) {
  expect(findTrackingNumbers(text), text).toEqual([]);
}

describe('UPU S10', () => {
  const generated: Array<[string, string, string]> = [
    ['RR', 'CN', 'china-post'], ['RB', 'GB', 'royal-mail'], ['LX', 'US', 'usps'], ['RR', 'DE', 'deutsche-post'],
    ['RR', 'PL', 'poczta-polska'], ['RA', 'IT', 'poste-italiane'], ['RA', 'RU', 'russian-post'], ['CP', 'FR', 'laposte'],
    ['EA', 'CN', 'china-ems'],
  ];
  it.each(generated)('%s…%s goes to %s', (service, country, carrier) => {
    const serial = '48213570';
    const number = `${service}${serial}${s10Check(serial)}${country}`;
    expectFound(`Shipped: ${number}`, number, carrier);
    expectNone(`Shipped: ${changeDigit(number, 10)}`);
    expectNone(`Shipped: ${changeDigit(number, 4)}`);
  });

  it('accepts the public examples and rejects unknown countries', () => {
    expectFound('RB123456785GB', 'RB123456785GB', 'royal-mail');
    expectFound('RR123456785CN', 'RR123456785CN', 'china-post');
    expectNone('RB123456785XX');
    expectNone('RB123456786US');
  });
});

describe('UPS', () => {
  const valid = ['1Z999AA10123456784', '1Z5R89390357567127', '1Z879E930346834440', '1Z410E7W0392751591', '1ZXX3150YW44070023'];
  it.each(valid)('%s is UPS, high, without any keyword', (number) => {
    expectFound(`${number} `, number, 'ups');
    expectNone(changeDigit(number, 17));
  });
  it('reads the grouped label form', () => {
    expectFound('UPS 1Z 999 AA1 01 2345 678 4 delivered', '1Z999AA10123456784', 'ups');
  });
  it('a number that happens to pass the IBAN check is still found', () => {
    // 1Z320UAX5949264791 is 1 mod 97 when read as an IBAN; it is not shaped like one.
    expectFound('UPS tracking: 1Z320UAX5949264791', '1Z320UAX5949264791', 'ups');
    expectFound('TBA938100760236', 'TBA938100760236', 'amazon');
    expectFound('YT8978798381361788', 'YT8978798381361788', 'yunexpress');
    expectFound('LP73042021857488', 'LP73042021857488', 'cainiao');
  });
  it('rejects decoys', () => {
    expectNone('1Z1111111111111111');
    expectNone('2Z5R89390357567127');
  });
});

describe('FedEx', () => {
  it.each(['986578788855', '477179081230', '799531274483', '790535312317'])('12-digit %s: FedEx first next to a keyword, nothing without', (n) => {
    expectFound(`Tracking number ${n}`, n, 'fedex', 'medium');
    expectNone(`Reference ${n}`);
    expect(findTrackingNumbers(`Tracking number ${changeDigit(n, 11)}`)[0]?.carriers[0]).not.toBe('fedex');
  });
  it.each(['041441760228964', '568283610012000', '568283610012734'])('15-digit Ground %s', (n) => {
    expectFound(`tracking ${n}`, n, 'fedex', 'medium');
    expect(findTrackingNumbers(`tracking ${changeDigit(n, 14)}`)[0]?.carriers).not.toContain('fedex');
  });
  it('20 digits are no longer FedEx SmartPost (tracking_number_data dropped it; it passed invalid USPS numbers)', () => {
    expectNone('Tracking: 61299998820821171811');
  });
  it.each(['9611020987654312345672', '1001921334250001000300779017972697', '9622001900000000000000776632517510'])('proven %s', (n) => {
    expectFound(`${n}`, n, 'fedex');
    expectNone(changeDigit(n, n.length - 1));
  });
});

describe('USPS IMpb', () => {
  it.each([
    ['9400 1112 0108 0805 4830 16', '9400111201080805483016'],
    ['9361289878700317633795', '9361289878700317633795'],
    ['92748931507708513018050063', '92748931507708513018050063'],
    ['420221539101026837331000039521', '9101026837331000039521'],
    ['4201002334249200190132607600833457', '9200190132607600833457'],
  ])('%s', (written, number) => {
    expectFound(`USPS: ${written}`, number, 'usps');
    expectNone(`USPS: ${changeDigit(written, written.length - 1)}`);
  });
  it('generated 22-digit numbers per service prefix', () => {
    for (const prefix of ['9400', '9205', '9300', '9500']) {
      const data = `${prefix}1000000012345678`.padEnd(21, '3');
      expectFound(data + gs1Check(data), data + gs1Check(data), 'usps');
    }
  });
  it('20-digit legacy numbers need a keyword', () => {
    expectFound('Tracking 7112 3456 7891 2345 6787', '71123456789123456787', 'usps', 'medium');
    expectNone('7112 3456 7891 2345 6787');
  });
});

describe('DHL', () => {
  it.each(['3318810025', '8487135506', '3318810036'])('Express waybill %s with a keyword: DHL first', (n) => {
    expectFound(`DHL Sendungsnummer ${n}`, n, 'dhl', 'medium');
    expectNone(`${n}`);
  });
  it('a 10-digit run failing mod 7 does not put DHL first', () => {
    expect(findTrackingNumbers('tracking 3318810010')[0]?.carriers[0]).not.toBe('dhl');
  });
  it('Paket JJD, eCommerce GM and the 00340 SSCC', () => {
    expectFound('JJD000390007865476781', 'JJD000390007865476781', 'dhl-germany');
    expectFound('GM2951173225174494', 'GM2951173225174494', 'dhlglobalmail');
    const data = '0034043416109404255';
    const sscc = data + gs1Check(data.slice(2));
    expectFound(sscc, sscc, 'dhl-germany');
    expect(findTrackingNumbers(changeDigit(sscc, 19))[0]?.carriers[0]).not.toBe('dhl-germany');
  });
});

describe('European, Amazon and Australia Post formats', () => {
  it.each([
    ['3SABCD1234567', 'postnl-3s'],
    ['620012345678901234567890', 'inpost-paczkomaty'],
    ['H01HYA0004389201', 'hermes-uk'],
    ['TBA502887274000', 'amazon'],
    ['33PJR519234301000960803', 'australia-post'],
  ])('%s → %s', (n, carrier) => expectFound(`Parcel ${n}.`, n, carrier));
  it('rejects near misses', () => {
    expectNone('3SAB1234567');
    expectNone('TBA50288727400');
    expectNone('H01HY00004389201');
  });
});

describe('European and Russian domestic carriers', () => {
  const ru = `1010000012345${gs1Check('1010000012345')}`;
  it('Почта России 14 digits: its check digit puts it first after a keyword', () => {
    expectFound(`Трек-номер: ${ru}`, ru, 'russian-post', 'medium');
    expect(findTrackingNumbers(`Трек-номер: ${changeDigit(ru, 13)}`)[0]?.carriers).not.toContain('russian-post');
    expectNone(`Номер заказа ${ru}`);
  });
  it.each([
    ['СДЭК, номер отправления 1234567891', 'cdek'],
    ['BRT spedizione 123456789012', 'bartolini'],
    ['SDA, numero di spedizione 123456789012', 'italy-sda'],
    ['Pocztex, numer nadania 123456789012', 'poczta-polska'],
    ['Evri parcel H01HYA0004389201', 'hermes-uk'],
    ['InPost numer przesyłki 602677016330890016203474', 'inpost-paczkomaty'],
  ])('%s → %s', (text, carrier) => {
    expect(findTrackingNumbers(text)[0]?.carriers[0]).toBe(carrier);
  });
});

describe('China-origin carriers', () => {
  it.each([
    ['LP00123456789012', 'cainiao'],
    ['YT1234567890123456', 'yunexpress'],
    ['YT1234567890123', 'yto'],
    ['4PX3001234567890CN', '4px'],
    ['SF1234567890123', 'sf-express'],
    ['UG123456789YP', 'yanwen'],
    ['JT1234567890123', 'jtexpress'],
  ])('%s → %s', (n, carrier) => expectFound(n, n, carrier));
  it('rejects wrong lengths', () => {
    expectNone('LP0012345678901');
    expectNone('YT12345678901234');
  });
  it('STO / ZTO style digit runs need a keyword', () => {
    expectFound('运单号：402934299065', '402934299065', 'sto', 'medium');
    expectNone('订单号：402934299065');
  });
});

describe('IATA air waybills', () => {
  it.each(['172-28891936', '172 2889 1936', '172 28891936'])('%s is Cargolux, high', (written) => {
    const m = only(`AWB ${written}`);
    expect(m).toMatchObject({ number: '172-28891936', kind: 'awb', confidence: 'high', airline: { prefix: '172', name: 'Cargolux' } });
  });
  it('a bare 11-digit run needs a keyword', () => {
    expect(only('air waybill 17228891936')?.airline?.name).toBe('Cargolux');
    expectNone('17228891936');
  });
  it('generated numbers for other airlines; changed digits and unknown prefixes are rejected', () => {
    for (const [prefix, name] of [['020', 'Lufthansa Cargo'], ['176', 'Emirates SkyCargo'], ['157', 'Qatar Airways Cargo']]) {
      const serial = '1234567';
      const awb = `${prefix}-${serial}${awbCheck(serial)}`;
      expect(only(`AWB ${awb}`)?.airline).toEqual({ prefix, name });
      expectNone(`AWB ${changeDigit(awb, 11)}`);
    }
    expectNone(`AWB 123-1234567${awbCheck('1234567')}`);
  });
  it('phone context vetoes the spaced form', () => {
    expectNone('Tel. 172 2889 1936');
  });
});

describe('seed numbers', () => {
  it('4PX and STO digit runs are found only with a keyword', () => {
    expectNone('300403513351');
    expectNone('402934299065 shipped');
    const m = only('Tracking number: 300403513351');
    expect(m).toMatchObject({ number: '300403513351', confidence: 'medium' });
    expect(m!.carriers).toContain('4px');
    expect(only('4PX tracking 300403513351')!.carriers[0]).toBe('4px');
    expect(only('STO tracking 402934299065')!.carriers[0]).toBe('sto');
  });
  it('identifyTrackingNumber on bare seeds returns medium candidates', () => {
    expect(identifyTrackingNumber('300403513351')).toMatchObject({ confidence: 'medium', kind: 'parcel' });
    expect(identifyTrackingNumber('402934299065')!.carriers).toContain('sto');
    expect(identifyTrackingNumber('300403513351')!.carriers).toContain('4px');
  });
});

describe('decoys are never reported', () => {
  it.each([
    'Call +48 600 123 456 or +1 800 1234 5678 9012',
    'Tel: 0049 30 1234567890',
    'Phone 300403513351',
    'Delivered 2024-05-12 10:30, 12.05.2024',
    'Total €1,234,567.89 or 1 234 567,89 zł or $12345678901',
    'IBAN DE89 3704 0044 0532 0130 00 / DE89370400440532013000 / PL61109010140000071219812874',
    'Card: 4111 1111 1111 1111 / card 4111111111111111',
    'EAN 4006381333931, ISBN 978-3-16-148410-0, ISBN 9783161484100',
    'id 5f3a9c0e1b2d4e6f8a7b 123e4567-e89b-12d3-a456-426614174000',
    'https://example.com/orders/300403513351/1Z999AA10123456784',
    'ABC1Z999AA10123456784 SKU-1Z999AA10123456784 1Z999AA10123456784X',
    'Order #300403513351, zamówienie 300403513351, ordine 300403513351, заказ 300403513351',
    'report_1Z999AA10123456784.pdf',
  ])('%s', (text) => expectNone(text));
});

describe('identifyTrackingNumber', () => {
  it('tolerates spaces, dashes and lower case', () => {
    expect(identifyTrackingNumber(' 1z999aa1-0123-456784 ')).toMatchObject({ number: '1Z999AA10123456784', carriers: ['ups'], confidence: 'high' });
    expect(identifyTrackingNumber('rr 123 456 785 cn')).toMatchObject({ number: 'RR123456785CN', carriers: ['china-post'] });
    expect(identifyTrackingNumber('17228891936')).toMatchObject({ number: '172-28891936', kind: 'awb', confidence: 'high' });
  });
  it('gives the same result as findTrackingNumbers for one number', () => {
    for (const n of ['1Z999AA10123456784', 'RR123456785CN', '172-28891936', '9400111201080805483016']) {
      const { raw, start, end, ...rest } = identifyTrackingNumber(n)!;
      const { raw: r2, start: s2, end: e2, ...found } = findTrackingNumbers(n)[0]!;
      expect(rest).toEqual(found);
      expect([raw, start, end]).toEqual([r2, s2, e2]);
    }
  });
  it('returns null for non-numbers', () => {
    for (const s of ['', '   ', 'hello world', '12345', '1Z999AA10123456785', 'RB123456785XX', '$300403513351']) {
      expect(identifyTrackingNumber(s)).toBeNull();
    }
  });
});

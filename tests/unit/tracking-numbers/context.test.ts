// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findTrackingNumbers } from '@/utils/tracking-numbers';

const SEED = '300403513351';

// [language, label that supports a tracking number, label that argues against it]
const LABELS: Array<[string, string, string]> = [
  ['en', 'Tracking number:', 'Order number:'],
  ['en', 'Shipment', 'Invoice no.'],
  ['en', 'AWB / air waybill', 'Phone:'],
  ['de', 'Sendungsnummer:', 'Bestellnummer:'],
  ['de', 'Ihre Sendung', 'Telefon'],
  ['pl', 'Numer przesyłki:', 'Numer zamówienia:'],
  ['pl', 'Śledzenie paczki', 'Tel.'],
  ['it', 'Numero di tracciamento:', 'Numero ordine:'],
  ['it', 'Spedizione', 'Telefono'],
  ['ru', 'Трек-номер:', 'Номер заказа:'],
  ['ru', 'Номер отслеживания', 'Тел.'],
  ['fr', 'Numéro de suivi :', 'Numéro de commande :'],
  ['fr', 'Votre colis', 'Facture'],
  ['es', 'Número de seguimiento:', 'Número de pedido:'],
  ['es', 'Envío', 'Teléfono'],
];

describe('keywords decide for digit runs that prove nothing', () => {
  it.each(LABELS)('%s: "%s" reports it, "%s" does not', (_lang, tracking, contrary) => {
    const found = findTrackingNumbers(`${tracking} ${SEED}`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ number: SEED, confidence: 'medium' });
    expect(findTrackingNumbers(`${contrary} ${SEED}`)).toEqual([]);
  });

  it('without any keyword nothing is reported', () => {
    expect(findTrackingNumbers(`Lorem ipsum ${SEED} dolor`)).toEqual([]);
  });

  it('the nearest keyword wins', () => {
    expect(findTrackingNumbers(`Tracking for order ${SEED}`)).toEqual([]);
    expect(findTrackingNumbers(`Order 4711 shipped, tracking number ${SEED}`)).toHaveLength(1);
  });

  it('a keyword far away does not count', () => {
    expect(findTrackingNumbers(`Tracking ${'x '.repeat(40)}${SEED}`)).toEqual([]);
  });

  it('numbers that prove themselves need no keyword and ignore order context', () => {
    expect(findTrackingNumbers('Order 1Z999AA10123456784')).toHaveLength(1);
  });

  it('a carrier name nearby puts that carrier first', () => {
    expect(findTrackingNumbers(`4PX tracking ${SEED}`)[0]!.carriers[0]).toBe('4px');
    expect(findTrackingNumbers('申通 运单号 402934299065')[0]!.carriers[0]).toBe('sto');
    expect(findTrackingNumbers('FedEx tracking 986578788855')[0]!.carriers[0]).toBe('fedex');
    // …unless that carrier's own check digit fails.
    expect(findTrackingNumbers(`FedEx tracking ${SEED}`)[0]!.carriers).not.toContain('fedex');
  });

  it('a carrier name reaches across the number before, up to three words back', () => {
    // The words before the second number include the first, read as one word (its start known, not walked).
    const carriers = (t: string): string[] => findTrackingNumbers(t).map((m) => m.carriers[0]!);
    expect(carriers('UPS tracking 3318810025 tracking 3318810026')).toEqual(['ups', 'ups']);
    expect(carriers('UPS tracking 3318810025, tracking 3318810026')).toEqual(['ups', 'ups']);
    expect(carriers('UPS tracking 3318810025 order 3318810026 tracking 3318810027')).toEqual(['ups', 'yto']);
    // Written in two groups, the number before is two words: the carrier name is then four words back.
    expect(carriers('UPS tracking 33188-10025 tracking 3318810026')).toEqual(['yto']);
  });

  it('minConfidence high drops keyword-only matches', () => {
    const text = `Tracking: ${SEED} and 1Z999AA10123456784`;
    expect(findTrackingNumbers(text).map((m) => m.confidence)).toEqual(['medium', 'high']);
    expect(findTrackingNumbers(text, { minConfidence: 'high' }).map((m) => m.number)).toEqual(['1Z999AA10123456784']);
  });
});

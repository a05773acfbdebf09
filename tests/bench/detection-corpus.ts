// Generated multilingual order text for the detection bench: tracking numbers of every family in the slots a
// shop or carrier e-mail puts them, surrounded by the decoys such text carries (order ids, phones, dates,
// prices, IBANs, card and EAN numbers, hex ids, URLs). Deterministic for a given seed.

import { awbCheck, gs1Check, s10Check } from '../unit/tracking-numbers/check-digit-helpers';

export interface Label {
  start: number;
  end: number;
  /** Normalised number the engine should report. */
  number: string;
}

export interface Corpus {
  text: string;
  labels: Label[];
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCorpus(bytes: number, seed = 9): Corpus {
  const rand = rng(seed);
  const int = (n: number): number => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const digits = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(48 + int(10));
    return s;
  };
  const upper = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(65 + int(26));
    return s;
  };

  const ups = (): string => {
    const body = `${digits(3)}${upper(3)}${digits(9)}`;
    let sum = 0;
    [...body].forEach((ch, i) => {
      const v = /\d/.test(ch) ? Number(ch) : (ch.charCodeAt(0) - 63) % 10;
      sum += i % 2 === 1 ? v * 2 : v;
    });
    return `1Z${body}${(10 - (sum % 10)) % 10}`;
  };
  const s10 = (): string => {
    const serial = digits(8);
    return `${pick(['RR', 'RB', 'LX', 'CP', 'RA', 'EA'])}${serial}${s10Check(serial)}${pick(['CN', 'GB', 'US', 'DE', 'PL', 'IT', 'RU', 'FR'])}`;
  };
  const usps = (): string => {
    const data = `${pick(['9400', '9205', '9361'])}${digits(17)}`;
    const n = data + gs1Check(data);
    return rand() < 0.5 ? n : (n.match(/.{1,4}/g) ?? []).join(' ');
  };
  const awb = (): string => {
    const serial = digits(7);
    const n = `${pick(['172', '020', '176', '157', '160', '074'])}-${serial}${awbCheck(serial)}`;
    return rand() < 0.5 ? n : `${n.slice(0, 3)} ${n.slice(4, 8)} ${n.slice(8)}`;
  };
  const prefixed = (): string =>
    pick([`LP${digits(14)}`, `YT${digits(16)}`, `SF${digits(13)}`, `JJD${digits(18)}`, `TBA${digits(12)}`, `3S${upper(4)}${digits(7)}`]);
  const plain = (): string => digits(pick([10, 12, 12, 13, 14]));

  // [template with {T} for the tracking number and decoy slots, generator of the number, needs a keyword]
  const decoy: Record<string, () => string> = {
    '{ORDER}': () => digits(pick([9, 12, 13])),
    '{PHONE}': () => pick([`+48 ${digits(3)} ${digits(3)} ${digits(3)}`, `+49 30 ${digits(8)}`, `(0${digits(2)}) ${digits(7)}`, `+7 ${digits(3)} ${digits(3)}-${digits(2)}-${digits(2)}`]),
    '{DATE}': () => pick([`2024-0${1 + int(9)}-1${int(10)}`, `1${int(10)}.0${1 + int(9)}.2024 1${int(10)}:${digits(2)}`]),
    '{PRICE}': () => pick([`€${digits(3)},${digits(2)}`, `$1,${digits(3)}.${digits(2)}`, `${digits(3)} ${digits(3)},${digits(2)} zł`, `${digits(4)} ₽`]),
    '{IBAN}': () => `DE${digits(2)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(2)}`,
    '{CARD}': () => `4${digits(3)} ${digits(4)} ${digits(4)} ${digits(4)}`,
    '{EAN}': () => `40${digits(11)}`,
    '{HEX}': () => Array.from({ length: 24 }, () => '0123456789abcdef'[int(16)]).join(''),
    '{URL}': () => `https://shop.example.com/orders/${digits(12)}/items/${digits(10)}`,
  };
  const templates: Array<[string, () => string]> = [
    ['Order #{ORDER} placed on {DATE}. Total {PRICE}. Questions? Call {PHONE}. UPS tracking: {T}', ups],
    ['Your parcel {T} has been dispatched. Order {ORDER}, invoice {ORDER}, card ending {CARD}.', s10],
    ['Bestellnummer {ORDER} vom {DATE}, Summe {PRICE}. Sendungsnummer: {T}. Telefon {PHONE}', plain],
    ['Numer zamówienia {ORDER}, kwota {PRICE}. Numer przesyłki: {T}. IBAN {IBAN}', plain],
    ['Numero ordine {ORDER} del {DATE}. Numero di tracciamento {T}. EAN {EAN}', plain],
    ['Номер заказа {ORDER} от {DATE}, сумма {PRICE}. Трек-номер: {T}. Тел. {PHONE}', s10],
    ['Commande {ORDER} du {DATE}, montant {PRICE}. Numéro de suivi : {T}', usps],
    ['Pedido {ORDER} del {DATE}, importe {PRICE}. Número de seguimiento: {T}. Ver {URL}', prefixed],
    ['Air waybill {T} booked for flight LX 8471 on {DATE}; reference {HEX}.', awb],
    ['Shipment {T} left the facility at {DATE}. Customer service: {PHONE}', prefixed],
    ['Thank you for shopping with us! Order {ORDER}. Session {HEX}. Total {PRICE}. No tracking yet.', () => ''],
  ];

  let text = '';
  const labels: Label[] = [];
  while (text.length < bytes) {
    const [template, make] = pick(templates);
    const parts = template.split(/(\{[A-Z]+\})/);
    for (const part of parts) {
      if (part === '{T}') {
        const written = make();
        const number = /^\d{3}[ -]\d{4} ?\d{4}$/.test(written) ? `${written.slice(0, 3)}-${written.slice(4).replace(' ', '')}` : written.replace(/ /g, '');
        labels.push({ start: text.length, end: text.length + written.length, number });
        text += written;
      } else {
        text += decoy[part]?.() ?? part;
      }
    }
    text += rand() < 0.3 ? '\n\n' : '\n';
  }
  return { text, labels };
}

/**
 * Prose-heavy text (a stand-in for e-mail bodies and product pages, where numbers are rare): sentences of
 * common words in the corpus's languages, a tracking number with its keyword in about one sentence in
 * twenty, an order number or a date in about one in ten. Deterministic for a given seed.
 */
export function generateProse(bytes: number, seed = 3): string {
  const rand = rng(seed);
  const words = ('your order has been shipped and will arrive soon thank you for shopping with us please keep ' +
    'this message for your records we will let you know when it leaves our warehouse ihre bestellung wurde ' +
    'versandt dziękujemy za zakupy la spedizione arriverà presto ваш заказ отправлен nous vous remercions').split(' ');
  let text = '';
  while (text.length < bytes) {
    const n = 6 + Math.floor(rand() * 12);
    for (let i = 0; i < n; i++) text += `${words[Math.floor(rand() * words.length)]!} `;
    const r = rand();
    if (r < 0.05) text += 'Tracking number: 1Z999AA10123456784. ';
    else if (r < 0.1) text += `Order ${100000 + Math.floor(rand() * 900000)} of 2024-05-12. `;
    else text += rand() < 0.2 ? '.\n' : '. ';
  }
  return text;
}

// Look-alike strings placed on the shop pages: they resemble tracking numbers but must not be marked.
export const DECOYS = {
  orderId: 'Order #114-2938475-1029384',
  phoneUs: '+1 (555) 013-2437',
  phonePl: '+48 601 234 567',
  /** A German mobile number whose last 11 digits are a valid Cargolux air waybill (172 + mod 7 serial). */
  phoneDe: '+49 172 28891936',
  iban: 'PL61 1090 1014 0000 0712 1981 2874',
  priceUsd: '$1,299.00',
  pricePln: '249,99 zł',
  date: '2026-11-21',
  datePl: '21.11.2026',
  invoice: 'FV/2026/11/0042',
  postcode: '00-950',
  customerNo: 'Customer no. 48213',
  sku: 'SKU 7312-44-019',
} as const;

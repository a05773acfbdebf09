// What a detector should and should not find on each demo page, for e2e tests.
import { SEED } from '../seed-data';
import { DECOYS as D } from './decoys';

export interface ShopPageExpectation {
  path: string;
  lang: 'en' | 'pl';
  /** Parcel numbers (normalised, no spaces) in the page text at load. */
  parcels: string[];
  /** Air waybills as written (`XXX-XXXXXXXX`). */
  awbs: string[];
  /** Look-alike text that must not be marked. */
  decoys: string[];
  /** Values of <input>/<textarea> elements that contain a number and must stay untouched. */
  formFields: Array<{ selector: string; value: string }>;
  /** Numbers the page inserts after load (SPA), and the URL it then pushes. */
  insertedLater: string[];
  pushStatePath: string | null;
  /** Link whose href must stay as is, when the page has one. */
  trackLink: { selector: string; href: string } | null;
  /** Button with the page's own click handler; clicking writes into `resultSelector`. */
  button: { selector: string; resultSelector: string };
}

const button = { selector: '#page-button', resultSelector: '#page-button-result' };
const footerDecoys = (lang: 'en' | 'pl') => [lang === 'en' ? D.phoneUs : D.phonePl, D.phoneDe, D.iban, D.customerNo];

const base = (path: string, lang: 'en' | 'pl') => ({
  path, lang, awbs: [] as string[], formFields: [], insertedLater: [] as string[], pushStatePath: null, trackLink: null, button,
});

const orderPage = (lang: 'en' | 'pl'): ShopPageExpectation => ({
  ...base(`/shop/${lang}/order/1001`, lang),
  parcels: [SEED.ups, SEED.dhlNotInAccount],
  awbs: [SEED.awb],
  decoys: [D.orderId, D.sku, lang === 'en' ? D.priceUsd : D.pricePln, lang === 'en' ? D.date : D.datePl, ...footerDecoys(lang)],
  formFields: [
    { selector: '#tracking-input', value: SEED.ups },
    {
      selector: '#seller-message',
      value: lang === 'en' ? `Hi, parcel ${SEED.chinaPost} has not moved for a week.` : `Dzień dobry, paczka ${SEED.chinaPost} stoi od tygodnia.`,
    },
  ],
  trackLink: { selector: '#track-link', href: `https://www.ups.com/track?tracknum=${SEED.ups}` },
});

const spaPage = (lang: 'en' | 'pl'): ShopPageExpectation => ({
  ...base(`/shop/${lang}/spa`, lang),
  parcels: [SEED.postnl],
  decoys: footerDecoys(lang),
  insertedLater: lang === 'en' ? [SEED.upsUndelivered, SEED.russianPost] : [SEED.russianPost, SEED.upsUndelivered],
  pushStatePath: `/shop/${lang}/spa/shipment/2`,
});

export const SHOP_PAGES: readonly ShopPageExpectation[] = [
  {
    ...base('/shop/en/orders', 'en'),
    parcels: [SEED.ups, SEED.usps, SEED.dhl, SEED.chinaPost, SEED.postnl],
    decoys: [D.orderId, D.sku, D.priceUsd, D.date, ...footerDecoys('en')],
  },
  {
    ...base('/shop/pl/orders', 'pl'),
    parcels: [SEED.inpost, SEED.pocztaPolska, SEED.dhl, SEED.chinaPost],
    decoys: [D.orderId, D.sku, D.pricePln, D.datePl, ...footerDecoys('pl')],
  },
  orderPage('en'),
  orderPage('pl'),
  {
    ...base('/shop/en/mail', 'en'),
    parcels: [SEED.usps, SEED.cainiao],
    awbs: [SEED.awb],
    decoys: [D.orderId, D.priceUsd, D.date, D.invoice, ...footerDecoys('en')],
  },
  {
    ...base('/shop/pl/mail', 'pl'),
    parcels: [SEED.inpost, SEED.pocztaPolska, SEED.posteItaliane],
    decoys: [D.orderId, D.pricePln, D.datePl, D.invoice, ...footerDecoys('pl')],
  },
  spaPage('en'),
  spaPage('pl'),
];

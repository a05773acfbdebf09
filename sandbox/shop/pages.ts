// The demo shop pages, in English and Polish. They show seeded numbers in the ways real shops do: a table,
// an order page with a carrier link, a shipping e-mail, and an app that adds numbers after load.
import { SEED } from '../seed-data';
import { DECOYS as D } from './decoys';
import { CLICK_BUTTON, page } from './layout';

type Lang = 'en' | 'pl';

const T = {
  en: {
    orders: 'Your orders', order: 'Order', placed: 'Placed', total: 'Total', status: 'Status', tracking: 'Tracking number',
    shipped: 'Shipped', delivered: 'Delivered', transit: 'In transit', mail: 'Mail', app: 'Live tracking', track: 'Track package',
    help: 'Questions? Call us at', bank: 'Bank transfer', again: 'Buy it again', added: 'Added to cart',
    copy: 'Copy tracking number', message: 'Message to the seller', freight: 'Freight (air waybill)',
    second: 'Second package, sent separately by DHL Express:',
  },
  pl: {
    orders: 'Twoje zamówienia', order: 'Zamówienie', placed: 'Data', total: 'Kwota', status: 'Status', tracking: 'Numer przesyłki',
    shipped: 'Wysłane', delivered: 'Doręczone', transit: 'W drodze', mail: 'Poczta', app: 'Śledzenie na żywo', track: 'Śledź paczkę',
    help: 'Pytania? Zadzwoń:', bank: 'Przelew', again: 'Kup ponownie', added: 'Dodano do koszyka',
    copy: 'Skopiuj numer przesyłki', message: 'Wiadomość do sprzedawcy', freight: 'Fracht lotniczy (list przewozowy)',
    second: 'Druga paczka, wysłana osobno przez DHL Express:',
  },
} as const;

const nav = (lang: Lang): Array<[string, string]> => [
  [`/shop/${lang}/orders`, T[lang].orders],
  [`/shop/${lang}/order/1001`, `${T[lang].order} 1001`],
  [`/shop/${lang}/mail`, T[lang].mail],
  [`/shop/${lang}/spa`, T[lang].app],
  ['/shop/', lang === 'en' ? 'All pages' : 'Wszystkie strony'],
];

const footer = (lang: Lang) =>
  `${T[lang].help} <span>${lang === 'en' ? D.phoneUs : D.phonePl}</span>, <span>${D.phoneDe}</span> · ${T[lang].bank}: IBAN <span>${D.iban}</span> · ${D.customerNo}`;

const UPS_LINK = `https://www.ups.com/track?tracknum=${SEED.ups}`;

function ordersPage(lang: Lang): string {
  const t = T[lang];
  const rows: Array<[string, string, string, string, string, string]> = lang === 'en'
    ? [
        ['1001', D.date, D.priceUsd, 'UPS', SEED.ups, `<span class="pill go">${t.transit}</span>`],
        ['1003', '2026-11-18', '$89.95', 'USPS', SEED.usps, `<span class="pill go">${t.transit}</span>`],
        ['1004', '2026-11-12', '$412.00', 'DHL Express', SEED.dhl, `<span class="pill ok">${t.delivered}</span>`],
        ['1005', '2026-11-09', '$12.49', 'China Post', SEED.chinaPost, `<span class="pill go">${t.transit}</span>`],
        ['1007', '2026-11-17', '$39.00', 'PostNL', SEED.postnl, `<span class="pill ok">${t.delivered}</span>`],
      ]
    : [
        ['1011', D.datePl, D.pricePln, 'InPost Paczkomaty', SEED.inpost, `<span class="pill warn">Do odbioru</span>`],
        ['1010', '18.11.2026', '59,00 zł', 'Poczta Polska', SEED.pocztaPolska, `<span class="pill">${t.shipped}</span>`],
        ['1004', '12.11.2026', '1 649,00 zł', 'DHL Express', SEED.dhl, `<span class="pill ok">${t.delivered}</span>`],
        ['1005', '09.11.2026', '49,90 zł', 'China Post', SEED.chinaPost, `<span class="pill go">${t.transit}</span>`],
      ];
  const body = `<h1>${t.orders}</h1>
<div class="card"><p class="muted">${D.orderId} · ${D.sku}</p>
<table><thead><tr><th>${t.order}</th><th>${t.placed}</th><th>${t.total}</th><th>${t.tracking}</th><th>${t.status}</th></tr></thead><tbody>
${rows.map(([id, date, price, carrier, number, pill]) => `<tr><td><a href="/shop/${lang}/order/${id}">#${id}</a></td><td>${date}</td><td class="price">${price}</td><td>${carrier}<br><code>${number}</code></td><td>${pill}</td></tr>`).join('\n')}
</tbody></table></div>
${CLICK_BUTTON(t.again, t.added)}`;
  return page({ lang, title: t.orders, nav: nav(lang), body, footer: footer(lang) });
}

function orderPage(lang: Lang): string {
  const t = T[lang];
  const body = `<h1>${t.order} #1001</h1>
<div class="grid"><div>
<div class="card"><h2>${lang === 'en' ? 'Mechanical keyboard, 75% layout' : 'Klawiatura mechaniczna, układ 75%'}</h2>
<p class="muted">${D.orderId} · ${t.placed} ${lang === 'en' ? D.date : D.datePl} · ${D.sku}</p>
<p class="price">${lang === 'en' ? D.priceUsd : D.pricePln}</p>
<div class="shipment"><b>UPS</b> — ${t.tracking}: <strong>${SEED.ups}</strong><br>
<a class="btn ghost" id="track-link" href="${UPS_LINK}">${t.track}</a></div>
<div class="shipment">${t.second} <strong>${SEED.dhlNotInAccount}</strong></div>
<div class="shipment">${t.freight}: <strong>${SEED.awb}</strong> (Cargolux)</div>
</div>
${CLICK_BUTTON(t.again, t.added)}
</div><div>
<div class="card"><label for="tracking-input">${t.copy}</label>
<input id="tracking-input" type="text" value="${SEED.ups}" readonly>
<p><label for="seller-message">${t.message}</label>
<textarea id="seller-message" rows="4">${lang === 'en' ? `Hi, parcel ${SEED.chinaPost} has not moved for a week.` : `Dzień dobry, paczka ${SEED.chinaPost} stoi od tygodnia.`}</textarea></p>
<p class="muted">${lang === 'en' ? 'Ship to' : 'Adres'}: ${lang === 'en' ? 'Alex Morgan, 350 5th Ave, New York, NY 10118' : `Anna Kowalska, ul. Świętokrzyska 31/33, ${D.postcode} Warszawa`}</p></div>
</div></div>`;
  return page({ lang, title: `${t.order} 1001`, nav: nav(lang), body, footer: footer(lang) });
}

function mailPage(lang: Lang): string {
  const en = lang === 'en';
  const list = en
    ? [['Northwind Goods', 'Your order has shipped!', 'on', '09:14'], ['Cargolux', 'Freight arrival notice', '', 'Yesterday'], ['Bank', 'Statement for November', '', 'Nov 20']]
    : [['Northwind Goods', 'Twoje zamówienie zostało wysłane', 'on', '09:14'], ['InPost', 'Paczka czeka w Paczkomacie', '', 'Wczoraj'], ['Bank', 'Wyciąg za listopad', '', '20 lis']];
  const message = en
    ? `<h2>Your order has shipped!</h2>
<div class="from">From: Northwind Goods &lt;orders@northwind.example&gt; · ${D.date} 09:14</div>
<p>Hi Alex,</p><p>Good news: your order (${D.orderId}) is on its way. Total charged: ${D.priceUsd}.</p>
<div class="shipment">USPS Tracking®: <b>${spaced(SEED.usps)}</b></div>
<div class="shipment">AliExpress item via Cainiao: <b>${SEED.cainiao}</b></div>
<div class="shipment">Freight air waybill: <b>${SEED.awb}</b> (arrives MXP)</div>
<p>Questions? Reply to this e-mail or call ${D.phoneUs}.</p>
<p class="muted">Invoice ${D.invoice} · ${D.customerNo} · Pay by bank transfer: IBAN ${D.iban}</p>`
    : `<h2>Twoje zamówienie zostało wysłane</h2>
<div class="from">Od: Northwind Goods &lt;zamowienia@northwind.example&gt; · ${D.datePl} 09:14</div>
<p>Dzień dobry Piotrze,</p><p>Zamówienie (${D.orderId}) jest w drodze. Kwota: ${D.pricePln}.</p>
<div class="shipment">InPost Paczkomaty: <b>${SEED.inpost}</b></div>
<div class="shipment">Poczta Polska: <b>${SEED.pocztaPolska}</b></div>
<div class="shipment">Poste Italiane (zwrot od sprzedawcy z Włoch): <b>${SEED.posteItaliane}</b></div>
<p>Pytania? Zadzwoń: ${D.phonePl}.</p>
<p class="muted">Faktura ${D.invoice} · ${D.customerNo} · Przelew na konto: ${D.iban}</p>`;
  const body = `<div class="mail">
<aside><a class="on" href="#">${en ? 'Inbox' : 'Odebrane'} (3)</a><a href="#">${en ? 'Starred' : 'Oznaczone'}</a><a href="#">${en ? 'Sent' : 'Wysłane'}</a><a href="#">${en ? 'Spam' : 'Spam'}</a></aside>
<div class="list">${list.map(([from, subject, on, time]) => `<div class="item ${on}"><b>${from}</b>${subject}<div class="muted">${time}</div></div>`).join('')}</div>
<article class="read">${message}${CLICK_BUTTON(en ? 'Archive' : 'Archiwizuj', en ? 'Archived' : 'Zarchiwizowano')}</article>
</div>`;
  return page({ lang, title: T[lang].mail, nav: nav(lang), body, footer: footer(lang) });
}

/** An app that renders more shipments ~1 s after load (`?delay=ms` to change) and moves the URL with pushState. */
function spaPage(lang: Lang): string {
  const en = lang === 'en';
  const later = en ? [SEED.upsUndelivered, SEED.russianPost] : [SEED.russianPost, SEED.upsUndelivered];
  const body = `<h1>${T[lang].app}</h1>
<div id="app"><div class="card shipment">PostNL: <b>${SEED.postnl}</b> <span class="pill ok">${T[lang].delivered}</span></div>
<p class="muted" id="loading">${en ? 'Loading your other shipments…' : 'Wczytywanie pozostałych przesyłek…'}</p></div>
${CLICK_BUTTON(en ? 'Refresh' : 'Odśwież', en ? 'Refreshed' : 'Odświeżono')}`;
  const script = `(function(){
var q=new URLSearchParams(location.search);var delay=Number(q.get('delay')||1000);
setTimeout(function(){
  var app=document.getElementById('app');document.getElementById('loading').remove();
  ${JSON.stringify(later)}.forEach(function(n,i){var d=document.createElement('div');d.className='card shipment';
    d.innerHTML='${en ? 'Shipment' : 'Przesyłka'} '+(i+2)+': <b>'+n+'</b>';app.appendChild(d);});
  history.pushState({shipment:2},'','/shop/${lang}/spa/shipment/2'+location.search);
  document.title='${en ? 'Shipment 2' : 'Przesyłka 2'} · Northwind Goods';
},delay);})();`;
  return page({ lang, title: T[lang].app, nav: nav(lang), body, footer: footer(lang), script });
}

function indexPage(paths: string[]): string {
  const body = `<h1>Demo shop pages</h1><div class="card"><p>Pages with parcel numbers, air waybills and look-alike decoys for trying the extension.</p><ul>
${paths.map((p) => `<li><a href="${p}">${p}</a></li>`).join('\n')}</ul></div>`;
  return page({ lang: 'en', title: 'Demo pages', nav: nav('en'), body, footer: footer('en') });
}

/** USPS e-mails print the number in groups of four. */
function spaced(n: string): string {
  return n.replace(/(.{4})/g, '$1 ').trim();
}

export const PAGE_RENDERERS: Record<string, () => string> = {
  '/shop/en/orders': () => ordersPage('en'),
  '/shop/pl/orders': () => ordersPage('pl'),
  '/shop/en/order/1001': () => orderPage('en'),
  '/shop/pl/order/1001': () => orderPage('pl'),
  '/shop/en/mail': () => mailPage('en'),
  '/shop/pl/mail': () => mailPage('pl'),
  '/shop/en/spa': () => spaPage('en'),
  '/shop/pl/spa': () => spaPage('pl'),
  // Reloading after pushState lands here; it is the same app.
  '/shop/en/spa/shipment/2': () => spaPage('en'),
  '/shop/pl/spa/shipment/2': () => spaPage('pl'),
};

export function renderIndex(): string {
  return indexPage(Object.keys(PAGE_RENDERERS).filter((p) => !p.includes('/shipment/')));
}

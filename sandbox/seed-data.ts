// Seed content: a dozen realistic shipments whose histories are scripted relative to the sandbox epoch
// (negative hours = already happened, positive = revealed when the clock is advanced). The vendor doc
// examples they build on are in ./seed-vendor-docs.ts.
import type { Milestone, ScriptedEvent, Status, WorldShipment } from './world';
import { formatCarrierDate, parseCarrierDate } from './world';
import { SEED_4PX_TRACKING, SEED_STO_PUT_REPLY } from './seed-vendor-docs';

/** Every seeded number by role, so tests elsewhere can reference them. */
export const SEED = {
  fourPx: '300403513351',
  sto: '402934299065',
  awb: '172-28891936',
  /** transit → pickup (+6 h) → delivered (+14 h); v4 gives its expected delivery day. */
  ups: '1Z999AA10123456784',
  /** undelivered → pickup (+10 h) → delivered (+40 h). */
  upsUndelivered: '1Z4E1V340368129406',
  /** transit → pickup (+4 h) → delivered (+9 h). */
  usps: '9400111899223197428497',
  dhl: '3911625281',
  /** Known to the carrier world but not in any account: get-one answers 4031, realtime has data. */
  dhlNotInAccount: '5738291764',
  chinaPost: 'RR483027150CN',
  cainiao: 'LP00512836471095',
  postnl: '3SBOLN9482713',
  /** pickup → delivered (+30 h). */
  posteItaliane: 'CA201938474IT',
  /** The one exception. */
  russianPost: 'RA618542034RU',
  /** In the account, but the carrier has no information: notfound. */
  pocztaPolska: 'RR706352185PL',
  /** pickup (in the locker) → delivered (+12 h). */
  inpost: '630029917266130018572940',
} as const;

export interface SeededShipment {
  number: string;
  carrier: string;
  inDemoAccount: boolean;
  /** Status at the sandbox epoch and after advancing 24 h. */
  status: Status;
  statusAfter24h: Status;
}

export const SEEDED_SHIPMENTS: readonly SeededShipment[] = [
  { number: SEED.fourPx, carrier: '4px', inDemoAccount: true, status: 'delivered', statusAfter24h: 'delivered' },
  { number: SEED.sto, carrier: 'sto', inDemoAccount: true, status: 'delivered', statusAfter24h: 'delivered' },
  { number: SEED.ups, carrier: 'ups', inDemoAccount: true, status: 'transit', statusAfter24h: 'delivered' },
  { number: SEED.upsUndelivered, carrier: 'ups', inDemoAccount: true, status: 'undelivered', statusAfter24h: 'pickup' },
  { number: SEED.usps, carrier: 'usps', inDemoAccount: true, status: 'transit', statusAfter24h: 'delivered' },
  { number: SEED.dhl, carrier: 'dhl', inDemoAccount: true, status: 'delivered', statusAfter24h: 'delivered' },
  { number: SEED.dhlNotInAccount, carrier: 'dhl', inDemoAccount: false, status: 'transit', statusAfter24h: 'transit' },
  { number: SEED.chinaPost, carrier: 'china-post', inDemoAccount: true, status: 'transit', statusAfter24h: 'transit' },
  { number: SEED.cainiao, carrier: 'cainiao', inDemoAccount: true, status: 'transit', statusAfter24h: 'transit' },
  { number: SEED.postnl, carrier: 'postnl-3s', inDemoAccount: true, status: 'delivered', statusAfter24h: 'delivered' },
  { number: SEED.posteItaliane, carrier: 'poste-italiane', inDemoAccount: true, status: 'pickup', statusAfter24h: 'pickup' },
  { number: SEED.russianPost, carrier: 'russian-post', inDemoAccount: true, status: 'exception', statusAfter24h: 'exception' },
  { number: SEED.pocztaPolska, carrier: 'poczta-polska', inDemoAccount: true, status: 'notfound', statusAfter24h: 'notfound' },
  { number: SEED.inpost, carrier: 'inpost-paczkomaty', inDemoAccount: true, status: 'pickup', statusAfter24h: 'delivered' },
];

/** Plain list of every seeded parcel number. */
export const SEEDED_NUMBERS: readonly string[] = SEEDED_SHIPMENTS.map((s) => s.number);

/** Account fields of a seeded tracking (what the user typed when adding it). */
export interface SeedAccountEntry {
  number: string;
  carrier: string;
  /** Hours before the epoch it was added. */
  addedHoursAgo: number;
  title: string | null;
  orderId: string | null;
  customerName: string | null;
  customerEmail: string | string[] | null;
  orderCreateTime: string | null;
  archived?: boolean;
  /** Verbatim values from a seed reply. */
  fixed?: { id: string; createdAt: string; updatedAt: string };
}

export const SEED_ACCOUNT: readonly SeedAccountEntry[] = [
  {
    number: SEED.fourPx, carrier: '4px', addedHoursAgo: 0, title: 'cute pillow', orderId: '#0002', customerName: 'Karen Ng',
    customerEmail: ['[email protected]'], orderCreateTime: '2018-04-01 10:08',
    fixed: { id: SEED_4PX_TRACKING.id, createdAt: SEED_4PX_TRACKING.created_at, updatedAt: SEED_4PX_TRACKING.updated_at },
  },
  {
    number: SEED.sto, carrier: 'sto', addedHoursAgo: 0, title: null, orderId: null, customerName: null, customerEmail: null, orderCreateTime: null,
    fixed: { id: SEED_STO_PUT_REPLY.id, createdAt: SEED_STO_PUT_REPLY.created_at, updatedAt: SEED_STO_PUT_REPLY.updated_at },
  },
  { number: SEED.ups, carrier: 'ups', addedHoursAgo: 48, title: 'Mechanical keyboard', orderId: '1001', customerName: 'Alex Morgan', customerEmail: 'alex.morgan@example.com', orderCreateTime: null },
  { number: SEED.upsUndelivered, carrier: 'ups', addedHoursAgo: 66, title: 'Espresso machine', orderId: '1002', customerName: 'Jonas Weber', customerEmail: ['jonas.weber@example.de'], orderCreateTime: '2026-11-14 09:12' },
  { number: SEED.usps, carrier: 'usps', addedHoursAgo: 50, title: 'Running shoes', orderId: '1003', customerName: 'Alex Morgan', customerEmail: '', orderCreateTime: null },
  { number: SEED.dhl, carrier: 'dhl', addedHoursAgo: 130, title: 'Camera lens', orderId: '1004', customerName: 'Anna Kowalska', customerEmail: 'anna.kowalska@example.pl', orderCreateTime: '2026-11-10 18:40', archived: true },
  { number: SEED.chinaPost, carrier: 'china-post', addedHoursAgo: 290, title: 'Phone case', orderId: '1005', customerName: 'Anna Kowalska', customerEmail: null, orderCreateTime: null },
  { number: SEED.cainiao, carrier: 'cainiao', addedHoursAgo: 190, title: 'LED strip 5 m', orderId: '1006', customerName: 'Lucía García', customerEmail: null, orderCreateTime: null },
  { number: SEED.postnl, carrier: 'postnl-3s', addedHoursAgo: 70, title: 'Board game', orderId: '1007', customerName: 'Daan de Vries', customerEmail: null, orderCreateTime: null },
  { number: SEED.posteItaliane, carrier: 'poste-italiane', addedHoursAgo: 100, title: 'Moka pot', orderId: '1008', customerName: 'Giulia Rossi', customerEmail: null, orderCreateTime: null },
  { number: SEED.russianPost, carrier: 'russian-post', addedHoursAgo: 400, title: 'Книга', orderId: '1009', customerName: 'Иван Петров', customerEmail: null, orderCreateTime: null },
  { number: SEED.pocztaPolska, carrier: 'poczta-polska', addedHoursAgo: 72, title: 'Kubek termiczny', orderId: '1010', customerName: 'Piotr Nowak', customerEmail: null, orderCreateTime: null },
  { number: SEED.inpost, carrier: 'inpost-paczkomaty', addedHoursAgo: 30, title: 'Słuchawki', orderId: '1011', customerName: 'Piotr Nowak', customerEmail: 'piotr.nowak@example.pl', orderCreateTime: '2026-11-19 21:03' },
];

const HOUR = 3_600_000;
type EventSpec = [hours: number | string, status: Status, substatus: string | null, description: string, details: string, node?: Milestone | null, leg?: ScriptedEvent['leg']];

/** `hours` relative to the epoch, or an absolute carrier date for the 2018 seed histories. */
function events(epoch: number, specs: EventSpec[]): ScriptedEvent[] {
  return specs.map(([hours, status, substatus, description, details, node = null, leg = 'origin']) => {
    const at = typeof hours === 'string' ? parseCarrierDate(hours) : epoch + hours * HOUR;
    return {
      at,
      Date: typeof hours === 'string' ? hours : formatCarrierDate(at),
      StatusDescription: description,
      Details: details,
      checkpoint_status: status,
      substatus,
      ItemNode: node,
      leg,
    };
  });
}

function shipment(
  number: string, carrier: string, from: string, to: string, toCode: string, weblink: string | null,
  list: ScriptedEvent[], destinationCarrier: string | null = null,
): WorldShipment {
  return { number, carrier, destinationCarrier, originalCountry: from, destinationCountry: to, destinationCode: toCode, weblink, events: list };
}

/** The carrier's expected delivery day, `hours` after the epoch (v4's `scheduled_delivery_date`). */
const expectedDay = (epoch: number, hours: number) => formatCarrierDate(epoch + hours * HOUR).slice(0, 10);

export function buildSeedWorld(epoch: number): WorldShipment[] {
  const e = (specs: EventSpec[]) => events(epoch, specs);
  return [
    {
      ...shipment(SEED.fourPx, '4px', '', 'United States', 'US', null, e(
        SEED_4PX_TRACKING.origin_info.trackinfo.map((c): EventSpec => [c.Date, c.checkpoint_status, null, c.StatusDescription, c.Details]).reverse(),
      )),
      snapshot: SEED_4PX_TRACKING,
    },
    shipment(SEED.sto, 'sto', 'China', 'China', 'CN', 'https://www.sto.cn', e([
      ['2018-04-15 18:21:09', 'transit', 'transit001', '【广东深圳公司】已收件', 'Shenzhen, Guangdong', 'ItemReceived'],
      ['2018-04-15 23:47:31', 'transit', 'transit002', '【广东深圳公司】已发出，下一站【浙江杭州中转部】', 'Shenzhen, Guangdong', 'ItemDispatched'],
      ['2018-04-17 05:12:44', 'transit', 'transit003', '【浙江杭州中转部】已发出，下一站【浙江杭州西湖公司】', 'Hangzhou, Zhejiang', 'DestinationArrived'],
      ['2018-04-17 08:30:02', 'pickup', 'pickup001', '【浙江杭州西湖公司】派件人：王师傅 正在派件', 'Hangzhou, Zhejiang'],
      ['2018-04-17 14:05:56', 'delivered', 'delivered003', '已签收，签收人是：本人签收', 'Hangzhou, Zhejiang'],
    ])),
    {
      ...shipment(SEED.ups, 'ups', 'United States', 'United States', 'US', 'https://www.ups.com/track', e([
      [-50, 'notfound', 'notfound001', 'Shipper created a label, UPS has not received the package yet.', 'United States'],
      [-40, 'transit', 'transit001', 'Pickup Scan', 'Atlanta, GA, United States', 'ItemReceived'],
      [-34, 'transit', 'transit002', 'Departed from Facility', 'Atlanta, GA, United States', 'ItemDispatched'],
      [-20, 'transit', 'transit002', 'Arrived at Facility', 'Parsippany, NJ, United States'],
      [-8, 'transit', 'transit003', 'Arrived at Facility', 'Maspeth, NY, United States', 'DestinationArrived'],
      [6, 'pickup', 'pickup001', 'Out For Delivery Today', 'New York, NY, United States'],
      [14, 'delivered', 'delivered004', 'DELIVERED - Front Door', 'New York, NY, United States'],
      ])),
      scheduledDelivery: expectedDay(epoch, 14),
    },
    shipment(SEED.upsUndelivered, 'ups', 'Germany', 'Germany', 'DE', 'https://www.ups.com/track', e([
      [-70, 'notfound', 'notfound001', 'Shipper created a label, UPS has not received the package yet.', 'Germany'],
      [-60, 'transit', 'transit001', 'Origin Scan', 'Köln, Germany', 'ItemReceived'],
      [-40, 'transit', 'transit002', 'Departed from Facility', 'Köln, Germany', 'ItemDispatched'],
      [-30, 'transit', 'transit003', 'Arrived at Facility', 'Berlin, Germany', 'DestinationArrived'],
      [-28, 'pickup', 'pickup001', 'Out For Delivery Today', 'Berlin, Germany'],
      [-20, 'undelivered', null, "The receiver was not available for delivery. We'll make a second attempt the next business day.", 'Berlin, Germany'],
      [10, 'pickup', 'pickup001', 'Out For Delivery Today', 'Berlin, Germany'],
      [40, 'delivered', 'delivered002', 'DELIVERED - Receiver', 'Berlin, Germany'],
    ])),
    shipment(SEED.usps, 'usps', 'United States', 'United States', 'US', 'https://tools.usps.com/go/TrackConfirmAction', e([
      [-60, 'notfound', 'notfound001', 'Shipping Label Created, USPS Awaiting Item', 'LOS ANGELES, CA 90052'],
      [-52, 'transit', 'transit001', 'USPS in possession of item', 'LOS ANGELES, CA 90052', 'ItemReceived'],
      [-45, 'transit', 'transit002', 'Departed USPS Regional Facility', 'LOS ANGELES CA DISTRIBUTION CENTER', 'ItemDispatched'],
      [-12, 'transit', 'transit003', 'Arrived at USPS Regional Facility', 'CHICAGO IL DISTRIBUTION CENTER', 'DestinationArrived'],
      [4, 'pickup', 'pickup001', 'Out for Delivery', 'CHICAGO, IL 60607'],
      [9, 'delivered', 'delivered001', 'Delivered, In/At Mailbox', 'CHICAGO, IL 60607'],
    ])),
    shipment(SEED.dhl, 'dhl', 'Germany', 'Poland', 'PL', 'https://www.dhl.com/', e([
      [-128, 'transit', 'transit001', 'Shipment picked up', 'BONN - GERMANY', 'ItemReceived'],
      [-120, 'transit', 'transit002', 'Departed Facility in LEIPZIG - GERMANY', 'LEIPZIG - GERMANY', 'DepartfromAirport'],
      [-110, 'transit', 'transit004', 'Arrived at Sort Facility WARSAW - POLAND', 'WARSAW - POLAND', 'ArrivalfromAbroad'],
      [-104, 'transit', 'transit005', 'Clearance processing complete at WARSAW - POLAND', 'WARSAW - POLAND', 'CustomsClearance'],
      [-100, 'transit', 'transit003', 'Arrived at Delivery Facility in KRAKOW - POLAND', 'KRAKOW - POLAND', 'DestinationArrived'],
      [-98, 'pickup', 'pickup001', 'With delivery courier', 'KRAKOW - POLAND'],
      [-94, 'delivered', 'delivered003', 'Delivered - Signed for by: KOWALSKA', 'KRAKOW - POLAND'],
    ])),
    shipment(SEED.dhlNotInAccount, 'dhl', 'Hong Kong', 'Italy', 'IT', 'https://www.dhl.com/', e([
      [-30, 'transit', 'transit001', 'Shipment picked up', 'HONG KONG - HONG KONG SAR, CHINA', 'ItemReceived'],
      [-22, 'transit', 'transit002', 'Departed Facility in HONG KONG - HONG KONG SAR, CHINA', 'HONG KONG - HONG KONG SAR, CHINA', 'DepartfromAirport'],
      [-6, 'transit', 'transit004', 'Arrived at Sort Facility LEIPZIG - GERMANY', 'LEIPZIG - GERMANY'],
      [30, 'transit', 'transit004', 'Arrived at Sort Facility MILAN - ITALY', 'MILAN - ITALY', 'ArrivalfromAbroad'],
      [40, 'pickup', 'pickup001', 'With delivery courier', 'MILAN - ITALY'],
      [46, 'delivered', 'delivered001', 'Delivered - Signed for by: ROSSI', 'MILAN - ITALY'],
    ])),
    {
      ...shipment(SEED.chinaPost, 'china-post', 'China', 'Poland', 'PL', 'http://yjcx.ems.com.cn', e([
      [-288, 'transit', 'transit001', 'Acceptance', 'Shenzhen International Mail Processing Center', 'ItemReceived'],
      [-270, 'transit', 'transit002', 'Departure from outward office of exchange', 'Shenzhen International Mail Processing Center', 'ItemDispatched'],
      [-200, 'transit', 'transit002', 'Handed over to carrier for transport', 'Shenzhen', 'DepartfromAirport'],
      [-90, 'transit', 'transit004', 'Przesyłka przyjęta w urzędzie wymiany', 'Warszawa, WER Warszawa', 'ArrivalfromAbroad', 'destination'],
      [-40, 'transit', 'transit005', 'Odprawa celna zakończona', 'Warszawa, Urząd Celny', 'CustomsClearance', 'destination'],
      [30, 'transit', 'transit003', 'Przesyłka przekazana do placówki doręczającej', 'Kraków, UP Kraków 1', 'DestinationArrived', 'destination'],
      [40, 'pickup', 'pickup001', 'Wydano do doręczenia', 'Kraków, UP Kraków 1', null, 'destination'],
      ]), 'poczta-polska'),
      scheduledDelivery: expectedDay(epoch, 48),
    },
    shipment(SEED.cainiao, 'cainiao', 'China', 'Spain', 'ES', 'https://global.cainiao.com', e([
      [-186, 'notfound', 'notfound001', 'Order received by seller', 'Guangzhou'],
      [-170, 'transit', 'transit001', '[Guangzhou] Received by sorting center of origin', 'Guangzhou', 'ItemReceived'],
      [-150, 'transit', 'transit002', '[Guangzhou] Departed from sorting center', 'Guangzhou', 'ItemDispatched'],
      [-96, 'transit', 'transit002', '[Guangzhou] Departed from departure country/region', 'Guangzhou', 'DepartfromAirport'],
      [-20, 'transit', 'transit004', '[Madrid] Arrived at destination country/region', 'Madrid', 'ArrivalfromAbroad'],
      [20, 'transit', 'transit005', '[Madrid] Import customs clearance complete', 'Madrid', 'CustomsClearance'],
      [36, 'transit', 'transit003', '[Madrid] Arrived at local delivery center', 'Madrid', 'DestinationArrived'],
    ])),
    shipment(SEED.postnl, 'postnl-3s', 'Netherlands', 'Netherlands', 'NL', 'https://jouw.postnl.nl', e([
      [-68, 'notfound', 'notfound001', 'Zending is aangemeld maar nog niet ontvangen door PostNL', 'Nederland'],
      [-60, 'transit', 'transit001', 'Zending is ontvangen door PostNL', 'Utrecht', 'ItemReceived'],
      [-50, 'transit', 'transit003', 'Zending is gesorteerd', 'Nieuwegein', 'DestinationArrived'],
      [-30, 'pickup', 'pickup001', 'Bezorger is onderweg', 'Amersfoort'],
      [-27, 'delivered', 'delivered001', 'Zending is bezorgd', 'Amersfoort'],
    ])),
    shipment(SEED.posteItaliane, 'poste-italiane', 'Italy', 'Italy', 'IT', 'https://www.poste.it/cerca/index.html', e([
      [-98, 'transit', 'transit001', 'La spedizione è stata accettata', 'Roma', 'ItemReceived'],
      [-80, 'transit', 'transit002', 'La spedizione è in transito', 'Roma CMP', 'ItemDispatched'],
      [-50, 'transit', 'transit003', 'La spedizione è arrivata al centro di distribuzione', 'Milano CMP Roserio', 'DestinationArrived'],
      [-26, 'undelivered', null, 'Destinatario assente, avviso di giacenza lasciato', 'Milano'],
      [-24, 'pickup', 'pickup002', "In giacenza presso l'ufficio postale, disponibile per il ritiro", 'Milano 45, Via Ripamonti'],
      [30, 'delivered', 'delivered002', 'Consegnata presso ufficio postale', 'Milano 45, Via Ripamonti'],
    ])),
    shipment(SEED.russianPost, 'russian-post', 'Russia', 'Russia', 'RU', 'https://www.pochta.ru/tracking', e([
      [-390, 'transit', 'transit001', 'Приём', 'Москва, 101000', 'ItemReceived'],
      [-370, 'transit', 'transit002', 'Покинуло место приёма', 'Москва, 101000', 'ItemDispatched'],
      [-300, 'transit', 'transit003', 'Прибыло в место вручения', 'Новосибирск, 630099', 'DestinationArrived'],
      [-250, 'pickup', 'pickup002', 'Ожидает адресата в месте вручения', 'Новосибирск, 630099'],
      [-12, 'exception', 'exception011', 'Возврат отправителю: истёк срок хранения', 'Новосибирск, 630099'],
    ])),
    shipment(SEED.pocztaPolska, 'poczta-polska', 'Poland', 'Poland', 'PL', 'https://emonitoring.poczta-polska.pl', []),
    shipment(SEED.inpost, 'inpost-paczkomaty', 'Poland', 'Poland', 'PL', 'https://inpost.pl/sledzenie-przesylek', e([
      [-28, 'notfound', 'notfound001', 'Przesyłka przygotowana przez nadawcę', 'Polska'],
      [-20, 'transit', 'transit001', 'Przesyłka odebrana od nadawcy', 'Łódź', 'ItemReceived'],
      [-14, 'transit', 'transit002', 'Przesyłka w drodze', 'Sortownia Łódź', 'ItemDispatched'],
      [-6, 'transit', 'transit003', 'Przyjęta w oddziale InPost', 'Warszawa', 'DestinationArrived'],
      [-2, 'pickup', 'pickup002', 'Gotowa do odbioru w Paczkomacie WAW123M', 'Warszawa, ul. Marszałkowska 10'],
      [12, 'delivered', 'delivered002', 'Odebrana', 'Warszawa, ul. Marszałkowska 10'],
    ])),
  ];
}

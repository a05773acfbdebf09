// Words that, standing just before a number, say what it is. Matched as word prefixes (lower case), so
// "track" covers "tracking", "trackingnummer"; multi-word phrases are keyed on their distinctive word
// ("numer przesyłki" → "przesył", "номер отслеживания" → "отслеж", "air waybill" → "waybill").

/** Evidence for a shipment number. */
export const TRACKING_STEMS: readonly string[] = [
  // en
  'track', 'shipment', 'parcel', 'package', 'consignment', 'waybill', 'awb', 'airway',
  // de
  'sendung', 'paket', 'frachtbrief', 'luftfracht',
  // pl
  'przesył', 'przesyl', 'śledz', 'sledz', 'paczk', 'nadani', 'przewozow',
  // it
  'tracciam', 'tracciab', 'spedizion', 'pacco', 'vettura',
  // ru
  'трек', 'отслеж', 'отправлен', 'посылк', 'накладн', 'шпи',
  // fr
  'suivi', 'colis', 'expédition', 'expedition', 'lta',
  // es
  'seguimiento', 'rastreo', 'envío', 'envio', 'paquete', 'guía', 'guia',
];

/** Evidence against: order and invoice ids, phone numbers, accounts, cards, product codes, money, dates. */
export const CONTRARY_STEMS: readonly string[] = [
  // en
  'order', 'invoice', 'phone', 'tel', 'mobile', 'fax', 'whatsapp', 'customer', 'account', 'iban', 'card',
  'visa', 'mastercard', 'isbn', 'ean', 'upc', 'gtin', 'sku', 'barcode', 'article', 'item', 'product', 'model',
  'serial', 'imei', 'vat', 'tax', 'zip', 'postcode', 'date', 'price', 'total', 'amount', 'qty', 'quantity', 'ref',
  // de
  'bestell', 'auftrag', 'rechnung', 'handy', 'kunde', 'konto', 'karte', 'artikel', 'produkt', 'steuer', 'plz',
  'datum', 'preis', 'summe', 'betrag',
  // pl
  'zamówi', 'zamowi', 'faktur', 'klient', 'karta', 'komórk', 'komork', 'nip', 'pesel', 'cena', 'suma', 'kwota',
  // it
  'ordin', 'telefon', 'cellulare', 'fattura', 'cliente', 'conto', 'carta', 'articolo', 'prodotto', 'prezzo',
  'importo', 'data',
  // ru
  'заказ', 'тел', 'моб', 'счет', 'счёт', 'клиент', 'карт', 'инн', 'артикул', 'цена', 'сумма', 'дата',
  // fr
  'commande', 'tél', 'facture', 'client', 'carte', 'prix', 'montant',
  // es
  'pedido', 'orden', 'teléfono', 'móvil', 'movil', 'factura', 'tarjeta', 'cuenta', 'artículo', 'producto',
  'precio', 'importe', 'fecha',
];

/** Scripts without spaces: matched as substrings of the run of CJK characters before the number. */
export const CJK_TRACKING = ['运单', '快递单', '物流单', '追踪', '跟踪', '单号'];
export const CJK_CONTRARY = ['订单', '电话', '手机', '发票'];

/** Carrier names that, near a number, put that carrier first. */
export const CARRIER_HINTS: Readonly<Record<string, string>> = {
  ups: 'ups', fedex: 'fedex', usps: 'usps', dhl: 'dhl', dpd: 'dpd', gls: 'gls', hermes: 'hermes-de', evri: 'hermes-uk',
  yodel: 'yodel', ontrac: 'ontrac', canpar: 'canpar', purolator: 'purolator', lasership: 'lasership',
  inpost: 'inpost-paczkomaty', paczkomat: 'inpost-paczkomaty', '4px': '4px', cainiao: 'cainiao',
  aliexpress: 'cainiao', yunexpress: 'yunexpress', yanwen: 'yanwen', sto: 'sto', zto: 'zto', yto: 'yto',
  yunda: 'yunda', poczta: 'poczta-polska', pocztex: 'poczta-polska', poste: 'poste-italiane', brt: 'bartolini',
  bartolini: 'bartolini', sda: 'italy-sda', почта: 'russian-post', почты: 'russian-post', почтой: 'russian-post',
  pochta: 'russian-post', cdek: 'cdek', сдэк: 'cdek', royal: 'royal-mail', canada: 'canada-post',
  auspost: 'australia-post', postnl: 'postnl-3s', amazon: 'amazon',
  申通: 'sto', 中通: 'zto', 圆通: 'yto', 韵达: 'yunda', 顺丰: 'sf-express',
};

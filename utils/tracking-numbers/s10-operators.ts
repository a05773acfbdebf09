// Designated postal operator of each country, as its TrackingMore carrier code and display name.
// Codes from TrackingMore's 2024 carrier code list (tests/fixtures/trackingmore-carriers.json); countries whose
// post TrackingMore no longer lists (Chile, Costa Rica, Egypt) are left out.
// Only countries listed here count as valid S10 country codes: an S10-shaped number with any other pair of
// letters is not a postal item we can route.

/** [ISO 3166-1 alpha-2, TrackingMore code, display name] */
const OPERATORS: ReadonlyArray<readonly [string, string, string]> = [
  ['AD', 'andorra-post', 'Andorra Post'], ['AE', 'emirates-post', 'Emirates Post'],
  ['AF', 'afghan-post', 'Afghan Post'], ['AL', 'posta-shqiptare', 'Albania Post'],
  ['AM', 'armenia-post', 'Armenia Post'], ['AR', 'correo-argentino', 'Correo Argentino'],
  ['AT', 'austria-post', 'Austrian Post'], ['AU', 'australia-post', 'Australia Post'],
  ['AW', 'aruba-post', 'Aruba Post'], ['AX', 'aland-post', 'Åland Post'],
  ['AZ', 'azerbaijan-post', 'Azerbaijan Post'], ['BA', 'bosnia-and-herzegovina-post', 'Bosnia and Herzegovina Post'],
  ['BB', 'barbados-post', 'Barbados Post'], ['BD', 'bangladesh-ems', 'Bangladesh EMS'],
  ['BE', 'belgium-post', 'bpost'], ['BF', 'sonapost', 'Burkina Faso Post'],
  ['BG', 'bulgaria-post', 'Bulgarian Post'], ['BH', 'bahrain-post', 'Bahrain Post'],
  ['BI', 'burundi-post', 'Burundi Post'], ['BJ', 'benin-post', 'Benin Post'],
  ['BM', 'bermuda-post', 'Bermuda Post'], ['BN', 'brunei-post', 'Brunei Post'],
  ['BO', 'correos-bolivia', 'Correos de Bolivia'], ['BR', 'brazil-correios', 'Correios (Brazil)'],
  ['BT', 'bhutan-post', 'Bhutan Post'], ['BW', 'botswana-post', 'Botswana Post'],
  ['BY', 'belpochta', 'Belpochta'], ['BZ', 'belize-post', 'Belize Post'],
  ['CA', 'canada-post', 'Canada Post'], ['CH', 'swiss-post', 'Swiss Post'],
  ['CI', 'ivory-coast-ems', 'Ivory Coast EMS'],
  ['CM', 'campost', 'Campost'], ['CN', 'china-post', 'China Post'],
  ['CO', 'colombia-post', '4-72 Colombia'],
  ['CU', 'cuba-post', 'Cuba Post'], ['CV', 'correios-cabo-verde', 'Correios Cabo Verde'], ['CY', 'cyprus-post', 'Cyprus Post'],
  ['CZ', 'czech-post', 'Česká pošta'], ['DE', 'deutsche-post', 'Deutsche Post'],
  ['DK', 'denmark-post', 'PostNord Denmark'], ['EC', 'correos-del-ecuador', 'Correos del Ecuador'],
  ['EE', 'omniva', 'Omniva'],
  ['ER', 'eritrea-post', 'Eritrea Post'], ['ES', 'correos-spain', 'Correos'],
  ['ET', 'ethiopia-post', 'Ethiopian Post'], ['FI', 'finland-posti', 'Posti'],
  ['FJ', 'fiji-post', 'Post Fiji'], ['FO', 'faroe-islands-post', 'Posta (Faroe Islands)'],
  ['FR', 'laposte', 'La Poste'], ['GB', 'royal-mail', 'Royal Mail'],
  ['GE', 'georgian-post', 'Georgian Post'], ['GG', 'guernsey-post', 'Guernsey Post'],
  ['GH', 'ghana-post', 'Ghana Post'], ['GI', 'gibraltar-post', 'Royal Gibraltar Post'],
  ['GL', 'tele-post', 'Tele-Post (Greenland)'], ['GR', 'greece-post', 'ELTA Hellenic Post'],
  ['GT', 'elcorreo', 'El Correo (Guatemala)'], ['HK', 'hong-kong-post', 'Hongkong Post'],
  ['HR', 'hrvatska-posta', 'Hrvatska pošta'], ['HU', 'magyar-posta', 'Magyar Posta'],
  ['ID', 'indonesia-post', 'Pos Indonesia'], ['IE', 'an-post', 'An Post'],
  ['IL', 'israel-post', 'Israel Post'], ['IN', 'india-post', 'India Post'],
  ['IR', 'iran-post', 'Iran Post'], ['IS', 'iceland-post', 'Iceland Post'],
  ['IT', 'poste-italiane', 'Poste Italiane'], ['JM', 'jamaica-post', 'Jamaica Post'],
  ['JO', 'jordan-post', 'Jordan Post'], ['JP', 'japan-post', 'Japan Post'],
  ['KE', 'kenya-post', 'Posta Kenya'], ['KG', 'kyrgyzpost', 'Kyrgyz Post'],
  ['KH', 'cambodia-post', 'Cambodia Post'], ['KR', 'korea-post', 'Korea Post'],
  ['KZ', 'kazpost', 'Kazpost'], ['LA', 'laos-post', 'Laos Post'],
  ['LB', 'liban-post', 'LibanPost'], ['LC', 'saint-lucia-post', 'Saint Lucia Post'],
  ['LI', 'liechtenstein-post', 'Liechtensteinische Post'], ['LK', 'sri-lanka-post', 'Sri Lanka Post'],
  ['LS', 'lesotho-post', 'Lesotho Post'], ['LT', 'lietuvos-pastas', 'Lietuvos paštas'],
  ['LU', 'luxembourg-post', 'POST Luxembourg'], ['LV', 'latvijas-pasts', 'Latvijas Pasts'],
  ['MA', 'poste-maroc', 'Poste Maroc'], ['MC', 'la-poste-monaco', 'La Poste Monaco'],
  ['MD', 'moldova-post', 'Poșta Moldovei'], ['ME', 'posta-crne-gore', 'Pošta Crne Gore'],
  ['MK', 'macedonia-post', 'North Macedonia Post'], ['MN', 'mongol-post', 'Mongol Post'],
  ['MO', 'macao-post', 'Macao Post'], ['MT', 'malta-post', 'MaltaPost'],
  ['MU', 'mauritius-post', 'Mauritius Post'], ['MV', 'maldives-post', 'Maldives Post'],
  ['MX', 'correos-mexico', 'Correos de México'], ['MY', 'malaysia-post', 'Pos Malaysia'],
  ['NA', 'namibia-post', 'NamPost'], ['NC', 'new-caledonia-post', 'OPT New Caledonia'],
  ['NG', 'nigeria-post', 'NIPOST'], ['NI', 'nicaragua-post', 'Correos de Nicaragua'],
  ['NL', 'postnl-parcels', 'PostNL'], ['NO', 'posten-norge', 'Posten Norge'],
  ['NZ', 'new-zealand-post', 'NZ Post'], ['OM', 'oman-post', 'Oman Post'],
  ['PA', 'correos-panama', 'Correos de Panamá'], ['PE', 'serpost', 'Serpost'],
  ['PG', 'postpng', 'Post PNG'], ['PH', 'phlpost', 'PHLPost'],
  ['PK', 'pakistan-post', 'Pakistan Post'], ['PL', 'poczta-polska', 'Poczta Polska'],
  ['PT', 'ctt', 'CTT'], ['PY', 'correo-paraguayo', 'Correo Paraguayo'],
  ['RO', 'posta-romana', 'Poșta Română'], ['RS', 'serbia-post', 'Pošta Srbije'],
  ['RU', 'russian-post', 'Russian Post'], ['RW', 'iposita-rwanda', 'Iposita Rwanda'],
  ['SA', 'saudi-post', 'Saudi Post'], ['SB', 'solomon-post', 'Solomon Post'],
  ['SC', 'seychelles-post', 'Seychelles Post'], ['SD', 'sudan-post', 'Sudapost'],
  ['SE', 'sweden-posten', 'PostNord Sweden'], ['SG', 'singapore-post', 'Singapore Post'],
  ['SI', 'slovenia-post', 'Pošta Slovenije'], ['SK', 'slovakia-post', 'Slovenská pošta'],
  ['SM', 'san-marino-post', 'Poste San Marino'], ['SN', 'senegal-post', 'La Poste Sénégal'],
  ['SV', 'el-salvador-post', 'Correos de El Salvador'], ['SY', 'syrian-post', 'Syrian Post'],
  ['TG', 'togo-post', 'La Poste du Togo'], ['TH', 'thailand-post', 'Thailand Post'],
  ['TN', 'tunisia-post', 'La Poste Tunisienne'], ['TO', 'tonga-post', 'Tonga Post'],
  ['TR', 'turkey-post', 'PTT (Turkey)'], ['TW', 'taiwan-post', 'Chunghwa Post'],
  ['TZ', 'tanzania-post', 'Tanzania Posts'], ['UA', 'ukraine-post', 'Ukrposhta'],
  ['UG', 'uganda-post', 'Posta Uganda'], ['US', 'usps', 'USPS'],
  ['UY', 'uruguay-post', 'Correo Uruguayo'], ['UZ', 'uzbekistan-post', "O'zbekiston pochtasi"],
  ['VC', 'svgpost', 'SVG Post'], ['VN', 'vietnam-post', 'Vietnam Post'],
  ['VU', 'vanuatu-post', 'Vanuatu Post'], ['WS', 'samoa-post', 'Samoa Post'],
  ['YE', 'yemen-post', 'Yemen Post'], ['ZA', 'south-africa-post', 'South African Post Office'],
  ['ZM', 'zambia-post', 'Zampost'], ['ZW', 'zimbabwe-post', 'Zimpost'],
];

/** EMS items (service indicator E…) go to the operator's express arm where TrackingMore lists one. */
const EMS_OPERATORS: Readonly<Record<string, string>> = {
  CN: 'china-ems', AU: 'australia-ems', FR: 'chronopost', GB: 'parcel-force', UA: 'ukraine-ems', MC: 'monaco-ems',
};

/** Operator and EMS arm by the country's two letters as one index (c0 − 65) × 26 + (c1 − 65): no string per item. */
const OPERATOR_AT: Array<string | undefined> = new Array<string | undefined>(26 * 26).fill(undefined);
const EMS_AT: Array<string | undefined> = new Array<string | undefined>(26 * 26).fill(undefined);
function countryIndex(c0: number, c1: number): number {
  return c0 >= 65 && c0 <= 90 && c1 >= 65 && c1 <= 90 ? (c0 - 65) * 26 + (c1 - 65) : -1;
}
for (const [iso, code] of OPERATORS) OPERATOR_AT[countryIndex(iso.charCodeAt(0), iso.charCodeAt(1))] = code;
for (const [iso, code] of Object.entries(EMS_OPERATORS)) EMS_AT[countryIndex(iso.charCodeAt(0), iso.charCodeAt(1))] = code;

/** Carriers for an S10 item: its country's two letters and its service indicator's first, as char codes; best first. */
export function postalCarriersAt(c0: number, c1: number, service: number): string[] | null {
  const at = countryIndex(c0, c1);
  const operator = at < 0 ? undefined : OPERATOR_AT[at];
  if (operator === undefined) return null;
  const ems = service === 0x45 ? EMS_AT[at] : undefined;
  return ems === undefined ? [operator] : [ems, operator];
}

/** Display names of every postal carrier code above. */
export const POSTAL_CARRIER_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  OPERATORS.map(([, code, name]) => [code, name]),
);

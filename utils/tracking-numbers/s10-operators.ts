// Designated postal operator of each country, as its TrackingMore carrier code and display name.
// Codes from TrackingMore's 2024 carrier code list (tests/fixtures/trackingmore-carriers.json); countries whose
// post TrackingMore no longer lists (Chile, Costa Rica, Egypt) are left out.
// Only countries listed here count as valid S10 country codes: an S10-shaped number with any other pair of
// letters is not a postal item we can route.

import { carrierList } from './detection';

/**
 * Per country: ISO 3166-1 alpha-2, TrackingMore code and, after "|" where it is not the code in title case
 * ("andorra-post" → "Andorra Post"), the display name; ";" between countries. Packed in one string: this
 * table is bundled into every page, and as an array literal it was a sixth of the engine's size.
 */
const PACKED =
  'ADandorra-post;AEemirates-post;AFafghan-post;ALposta-shqiptare|Albania Post;AMarmenia-post;' +
  'ARcorreo-argentino;ATaustria-post|Austrian Post;AUaustralia-post;AWaruba-post;' +
  'AXaland-post|Åland Post;AZazerbaijan-post;BAbosnia-and-herzegovina-post|Bosnia and Herzegovina Post;' +
  'BBbarbados-post;BDbangladesh-ems|Bangladesh EMS;BEbelgium-post|bpost;BFsonapost|Burkina Faso Post;' +
  'BGbulgaria-post|Bulgarian Post;BHbahrain-post;BIburundi-post;BJbenin-post;BMbermuda-post;' +
  'BNbrunei-post;BOcorreos-bolivia|Correos de Bolivia;BRbrazil-correios|Correios (Brazil);' +
  'BTbhutan-post;BWbotswana-post;BYbelpochta;BZbelize-post;CAcanada-post;CHswiss-post;' +
  'CIivory-coast-ems|Ivory Coast EMS;CMcampost;CNchina-post;COcolombia-post|4-72 Colombia;CUcuba-post;' +
  'CVcorreios-cabo-verde;CYcyprus-post;CZczech-post|Česká pošta;DEdeutsche-post;' +
  'DKdenmark-post|PostNord Denmark;ECcorreos-del-ecuador|Correos del Ecuador;EEomniva;EReritrea-post;' +
  'EScorreos-spain|Correos;ETethiopia-post|Ethiopian Post;FIfinland-posti|Posti;FJfiji-post|Post Fiji;' +
  'FOfaroe-islands-post|Posta (Faroe Islands);FRlaposte|La Poste;GBroyal-mail;GEgeorgian-post;' +
  'GGguernsey-post;GHghana-post;GIgibraltar-post|Royal Gibraltar Post;' +
  'GLtele-post|Tele-Post (Greenland);GRgreece-post|ELTA Hellenic Post;GTelcorreo|El Correo (Guatemala);' +
  'HKhong-kong-post|Hongkong Post;HRhrvatska-posta|Hrvatska pošta;HUmagyar-posta;' +
  'IDindonesia-post|Pos Indonesia;IEan-post;ILisrael-post;INindia-post;IRiran-post;ISiceland-post;' +
  'ITposte-italiane;JMjamaica-post;JOjordan-post;JPjapan-post;KEkenya-post|Posta Kenya;' +
  'KGkyrgyzpost|Kyrgyz Post;KHcambodia-post;KRkorea-post;KZkazpost;LAlaos-post;LBliban-post|LibanPost;' +
  'LCsaint-lucia-post;LIliechtenstein-post|Liechtensteinische Post;LKsri-lanka-post;LSlesotho-post;' +
  'LTlietuvos-pastas|Lietuvos paštas;LUluxembourg-post|POST Luxembourg;LVlatvijas-pasts;MAposte-maroc;' +
  'MCla-poste-monaco;MDmoldova-post|Poșta Moldovei;MEposta-crne-gore|Pošta Crne Gore;' +
  'MKmacedonia-post|North Macedonia Post;MNmongol-post;MOmacao-post;MTmalta-post|MaltaPost;' +
  'MUmauritius-post;MVmaldives-post;MXcorreos-mexico|Correos de México;MYmalaysia-post|Pos Malaysia;' +
  'NAnamibia-post|NamPost;NCnew-caledonia-post|OPT New Caledonia;NGnigeria-post|NIPOST;' +
  'NInicaragua-post|Correos de Nicaragua;NLpostnl-parcels|PostNL;NOposten-norge;' +
  'NZnew-zealand-post|NZ Post;OMoman-post;PAcorreos-panama|Correos de Panamá;PEserpost;' +
  'PGpostpng|Post PNG;PHphlpost|PHLPost;PKpakistan-post;PLpoczta-polska;PTctt|CTT;PYcorreo-paraguayo;' +
  'ROposta-romana|Poșta Română;RSserbia-post|Pošta Srbije;RUrussian-post;RWiposita-rwanda;SAsaudi-post;' +
  'SBsolomon-post;SCseychelles-post;SDsudan-post|Sudapost;SEsweden-posten|PostNord Sweden;' +
  'SGsingapore-post;SIslovenia-post|Pošta Slovenije;SKslovakia-post|Slovenská pošta;' +
  'SMsan-marino-post|Poste San Marino;SNsenegal-post|La Poste Sénégal;' +
  'SVel-salvador-post|Correos de El Salvador;SYsyrian-post;TGtogo-post|La Poste du Togo;' +
  'THthailand-post;TNtunisia-post|La Poste Tunisienne;TOtonga-post;TRturkey-post|PTT (Turkey);' +
  'TWtaiwan-post|Chunghwa Post;TZtanzania-post|Tanzania Posts;UAukraine-post|Ukrposhta;' +
  'UGuganda-post|Posta Uganda;USusps|USPS;UYuruguay-post|Correo Uruguayo;' +
  'UZuzbekistan-post|O\'zbekiston pochtasi;VCsvgpost|SVG Post;VNvietnam-post;VUvanuatu-post;' +
  'WSsamoa-post;YEyemen-post;ZAsouth-africa-post|South African Post Office;ZMzambia-post|Zampost;' +
  'ZWzimbabwe-post|Zimpost';

/** [ISO 3166-1 alpha-2, TrackingMore code, display name] */
const OPERATORS: ReadonlyArray<readonly [string, string, string]> = PACKED.split(';').map((entry) => {
  const [code, name] = entry.slice(2).split('|') as [string, string | undefined];
  return [entry.slice(0, 2), code, name ?? code.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ')] as const;
});

/** EMS items (service indicator E…) go to the operator's express arm where TrackingMore lists one. */
const EMS_OPERATORS: Readonly<Record<string, string>> = {
  CN: 'china-ems', AU: 'australia-ems', FR: 'chronopost', GB: 'parcel-force', UA: 'ukraine-ems', MC: 'monaco-ems',
};

/**
 * Carriers of an item by its country's two letters as one index (c0 − 65) × 26 + (c1 − 65), no string per
 * item: the operator, and for EMS items its express arm first.
 */
const OPERATOR_AT: Array<readonly string[] | undefined> = new Array<readonly string[] | undefined>(26 * 26).fill(undefined);
const EMS_AT: Array<readonly string[] | undefined> = new Array<readonly string[] | undefined>(26 * 26).fill(undefined);
function countryIndex(c0: number, c1: number): number {
  return c0 >= 65 && c0 <= 90 && c1 >= 65 && c1 <= 90 ? (c0 - 65) * 26 + (c1 - 65) : -1;
}
for (const [iso, code] of OPERATORS) OPERATOR_AT[countryIndex(iso.charCodeAt(0), iso.charCodeAt(1))] = carrierList(code);
for (const [iso, code] of Object.entries(EMS_OPERATORS)) {
  const at = countryIndex(iso.charCodeAt(0), iso.charCodeAt(1));
  EMS_AT[at] = carrierList(code, OPERATOR_AT[at]![0]!);
}

/** Carriers for an S10 item: its country's two letters and its service indicator's first, as char codes; best first. */
export function postalCarriersAt(c0: number, c1: number, service: number): readonly string[] | null {
  const at = countryIndex(c0, c1);
  const operator = at < 0 ? undefined : OPERATOR_AT[at];
  if (operator === undefined) return null;
  return (service === 0x45 ? EMS_AT[at] : undefined) ?? operator;
}

/** Display names of every postal carrier code above. */
export const POSTAL_CARRIER_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  OPERATORS.map(([, code, name]) => [code, name]),
);

// Kinds of sites where Trackpin stays off until the user turns it on: what is on these pages (balances,
// passwords, diagnoses, identity) is nobody's parcel, and marking it would put Trackpin's code next to it.
// Hosts are matched by registrable suffix (a listed domain and its subdomains) or by a label pattern.

export const SENSITIVE_KINDS = ['finance', 'passwords', 'health', 'government', 'password-field'] as const;
export type SensitiveKind = (typeof SENSITIVE_KINDS)[number];

const DOMAINS: Record<Exclude<SensitiveKind, 'password-field'>, readonly string[]> = {
  finance: [
    'paypal.com', 'stripe.com', 'wise.com', 'revolut.com', 'klarna.com', 'n26.com', 'monzo.com', 'chase.com',
    'bankofamerica.com', 'wellsfargo.com', 'citi.com', 'capitalone.com', 'americanexpress.com', 'hsbc.com',
    'hsbc.co.uk', 'barclays.co.uk', 'santander.com', 'santander.pl', 'ing.com', 'ing.pl', 'mbank.pl', 'pkobp.pl',
    'ipko.pl', 'pekao.com.pl', 'intesasanpaolo.com', 'unicredit.it', 'poste.it', 'sberbank.ru', 'tbank.ru',
    'tinkoff.ru', 'vtb.ru', 'alfabank.ru', 'coinbase.com', 'binance.com', 'schwab.com', 'fidelity.com',
    'venmo.com', 'cash.app', 'visa.com', 'mastercard.com', 'adyen.com', 'przelewy24.pl', 'payu.com', 'blik.com',
  ],
  passwords: [
    '1password.com', 'bitwarden.com', 'lastpass.com', 'dashlane.com', 'keepersecurity.com', 'nordpass.com',
    'roboform.com', 'enpass.io', 'keepass.info', 'pass.proton.me',
  ],
  health: ['mychart.com', 'nhs.uk', 'healthcare.gov', 'patient.info', 'zocdoc.com', 'teladoc.com', 'medicover.pl', 'luxmed.pl'],
  government: ['login.gov', 'id.me', 'account.gov.uk', 'signin.service.gov.uk', 'gosuslugi.ru', 'login.gov.pl', 'pz.gov.pl', 'spid.gov.it', 'ameli.fr', 'impots.gouv.fr', 'irs.gov'],
};

/** Labels that name the kind wherever they appear in a host (`online-banking.example`, `mychart.clinic.org`). */
const LABELS: Record<Exclude<SensitiveKind, 'password-field'>, RegExp> = {
  finance: /(^|[.-])(bank|banking|ebank|netbank|onlinebanking)([.-]|$)|bank(ing)?\./,
  passwords: /(^|[.-])(vault|passwords?)([.-])/,
  health: /(^|[.-])(mychart|patient|patients|health|clinic|hospital|medical)([.-]|$)/,
  // Sign-in hosts of governments: login./signin./sso./auth./id. under a government suffix.
  government: /^(login|signin|sign-in|sso|auth|id|idp|account|accounts)\..*\.(gov|gouv|gob|gov\.[a-z]{2}|gouv\.[a-z]{2}|gob\.[a-z]{2})$/,
};

function underDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The sensitive kind of a host, or null for an ordinary site. */
export function sensitiveKindOf(hostname: string): Exclude<SensitiveKind, 'password-field'> | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  for (const kind of ['passwords', 'government', 'finance', 'health'] as const) {
    if (DOMAINS[kind].some((d) => underDomain(host, d)) || LABELS[kind].test(host)) return kind;
  }
  return null;
}

/** A password field the user can see or fill: a sign-in page. */
export function hasPasswordField(doc: Document): boolean {
  return doc.querySelector('input[type="password"]') !== null;
}

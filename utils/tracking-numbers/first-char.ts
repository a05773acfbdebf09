// Which first characters a number with letters in it can have, by its compact length: every format family
// with letters (formats.ts detectAlphanumeric) starts with a fixed letter, prefix or digit at each length, so a
// candidate like "IBANDE45…" (26) or "EAN4069659597785" (16) is rejected on its first character, before
// its compact form is built or any family is asked. Keep in step with the families: each entry names them.

/** Any capital. */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';

/** First characters possible per compact length (10–34), from the families' rules. */
const FIRST_BY_LENGTH: Readonly<Record<number, string>> = {
  10: 'L', // LaserShip L…
  11: 'AHJKTVFC3', // UPS waybill, Amazon International, PostNL 3S
  12: `${LETTERS}3`, // Purolator 3 letters, DHL piece id J…, 3S
  13: `${LETTERS}34`, // S10, Yanwen …YP, Landmark LTN, DHL J…, 3S, 4PX
  14: 'JS34', // DHL J…/JJD, SF Express, 3S, 4PX
  15: `TCDJYS${DIGITS}`, // Amazon TB…, OnTrac, J&T, YTO, SF, DHL JJD, LaserShip 1LS, DPD 14 + check, 3S, 4PX
  16: 'HJLG34', // Evri H…, DHL JJD/GM, Cainiao LP, 3S, 4PX
  17: 'JG134', // DHL JJD/GM, LaserShip 1LS7, 3S, 4PX
  18: 'JYG14', // Yodel JD, DHL JJD/GM, YunExpress YT, UPS 1Z, 4PX
  19: 'JG4', // Yodel/DHL JJD, GM, 4PX
  20: 'SJG4', // Spee-Dee SP, DHL JJD/GM, 4PX
  21: 'JG4', // DHL JJD/GM, 4PX
  22: 'CDKLSUXZJG', // Canpar, DHL JJD/GM
  23: `JG${DIGITS}`, // DHL JJD/GM, Australia Post
  24: 'JG6', // DHL JJD/GM, InPost
  25: 'JG', // DHL JJD/GM
  28: `G${DIGITS}`, // GM, DPD 28
};

/** 1 at [length * 128 + char code] where a number with letters of that length may start with that character. */
const FIRST = new Uint8Array(35 * 128);
for (let n = 10; n <= 34; n++) {
  // DHL eCommerce "GM" + 10–39 characters: every length from 16 up.
  for (const ch of FIRST_BY_LENGTH[n] ?? (n >= 16 ? 'G' : '')) FIRST[n * 128 + ch.charCodeAt(0)] = 1;
}

/** Whether a compact candidate with letters, `length` long and starting with char code `first`, may be a number. */
export function letteredMayMatch(length: number, first: number): boolean {
  return length >= 10 && length <= 34 && first < 128 && FIRST[length * 128 + first] === 1;
}

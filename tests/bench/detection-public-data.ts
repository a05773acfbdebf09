// Per-format figures on the public test numbers of tracking_number_data: identify recall, in-text recall
// (a sentence and a table row, both with a tracking keyword) and invalid numbers accepted, for Trackpin and
// ts-tracking-number side by side. Printed by the detection bench, never asserted (the unit test asserts).

import { findTracking, getTracking } from 'ts-tracking-number';
import { findTrackingNumbers, identifyTrackingNumber } from '../../utils/tracking-numbers';
import { publicCases, type PublicCase } from '../unit/tracking-numbers/public-data-cases';

export interface FormatFigures {
  format: string;
  valid: number;
  invalid: number;
  trackpin: { identify: number; inText: number; invalidAccepted: number };
  tsTrackingNumber: { identify: number; inText: number; invalidAccepted: number };
}

export const sentenceWith = (n: string): string => `Your parcel is on its way, tracking number ${n}, arriving Friday.`;
export const tableRowWith = (n: string): string => `Tracking number\t${n}\tIn transit\n`;

function trackpinIdentifies(c: PublicCase): boolean {
  const found = identifyTrackingNumber(c.number);
  return found !== null && c.carrier !== null && found.carriers.includes(c.carrier);
}

function trackpinFinds(c: PublicCase, text: string): boolean {
  const at = text.indexOf(c.number.trim());
  const end = at + c.number.trim().length;
  return findTrackingNumbers(text).some((m) => m.start <= at && m.end >= end && c.carrier !== null && m.carriers.includes(c.carrier));
}

const tsIdentifies = (c: PublicCase): boolean => getTracking(c.number)?.courier.code === c.courier;
const tsFinds = (c: PublicCase, text: string): boolean => findTracking(text).some((t) => t.courier.code === c.courier);

export function publicDataFigures(): FormatFigures[] {
  const byFormat = new Map<string, FormatFigures>();
  for (const c of publicCases()) {
    const key = `${c.courier}: ${c.format}`;
    let f = byFormat.get(key);
    if (!f) {
      f = {
        format: key,
        valid: 0,
        invalid: 0,
        trackpin: { identify: 0, inText: 0, invalidAccepted: 0 },
        tsTrackingNumber: { identify: 0, inText: 0, invalidAccepted: 0 },
      };
      byFormat.set(key, f);
    }
    if (c.valid) {
      f.valid++;
      if (trackpinIdentifies(c)) f.trackpin.identify++;
      if (trackpinFinds(c, sentenceWith(c.number.trim())) && trackpinFinds(c, tableRowWith(c.number.trim()))) f.trackpin.inText++;
      if (tsIdentifies(c)) f.tsTrackingNumber.identify++;
      if (tsFinds(c, sentenceWith(c.number.trim())) && tsFinds(c, tableRowWith(c.number.trim()))) f.tsTrackingNumber.inText++;
    } else {
      f.invalid++;
      if (trackpinIdentifies(c)) f.trackpin.invalidAccepted++;
      if (tsIdentifies(c)) f.tsTrackingNumber.invalidAccepted++;
    }
  }
  return [...byFormat.values()];
}

export function printPublicDataFigures(rows: readonly FormatFigures[]): void {
  const pct = (n: number, of: number): string => (of === 0 ? '   -' : `${Math.round((n / of) * 100)}%`.padStart(4));
  const total = { valid: 0, invalid: 0, tp: [0, 0, 0], ts: [0, 0, 0] };
  console.log('public data (tracking_number_data): identify / in-text recall / invalid accepted');
  console.log(`${'format'.padEnd(44)} ${'valid'.padStart(5)} ${'inv'.padStart(3)}   trackpin id/text/inv   ts-tracking-number id/text/inv`);
  for (const r of rows) {
    const t = r.trackpin;
    const s = r.tsTrackingNumber;
    console.log(
      `${r.format.padEnd(44)} ${String(r.valid).padStart(5)} ${String(r.invalid).padStart(3)}   ` +
        `${pct(t.identify, r.valid)} ${pct(t.inText, r.valid)} ${pct(t.invalidAccepted, r.invalid)}         ` +
        `${pct(s.identify, r.valid)} ${pct(s.inText, r.valid)} ${pct(s.invalidAccepted, r.invalid)}`,
    );
    total.valid += r.valid;
    total.invalid += r.invalid;
    [t.identify, t.inText, t.invalidAccepted].forEach((x, i) => (total.tp[i]! += x));
    [s.identify, s.inText, s.invalidAccepted].forEach((x, i) => (total.ts[i]! += x));
  }
  const [a, b, c] = total.tp as [number, number, number];
  const [d, e, f] = total.ts as [number, number, number];
  console.log(
    `${'all formats'.padEnd(44)} ${String(total.valid).padStart(5)} ${String(total.invalid).padStart(3)}   ` +
      `${pct(a, total.valid)} ${pct(b, total.valid)} ${pct(c, total.invalid)}         ` +
      `${pct(d, total.valid)} ${pct(e, total.valid)} ${pct(f, total.invalid)}`,
  );
}

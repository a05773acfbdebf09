// Почта России domestic item ids (ШПИ): 14 digits, the 6-digit index of the accepting post office, the
// 2-digit month of printing, a 5-digit serial and a check digit (ru.wikipedia.org "Почтовый идентификатор");
// the check is digits at odd positions × 3 plus those at even positions, completed to a multiple of 10
// (as validated by github.com/ssvarentsov/TrackValidX), i.e. GS1 mod 10 over the first 13. Plain digits:
// keyword-only (plain-digits.ts).

import { gs1Valid } from './check-digits';

export function russianPost14Valid(s: string): boolean {
  return s.length === 14 && gs1Valid(s);
}

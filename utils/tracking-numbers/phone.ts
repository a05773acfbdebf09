// Phone numbers written in digit groups look like grouped tracking numbers. E.164 numbers have at most 15
// digits, and people group them with short trailing pairs ("123 45 67", "555-35-35") or dial out with "00"
// ("0048 22 …"); tracking numbers are printed in groups of three or four. (A "+" before the digits is read
// by the scanner, which sees the text around the run.)

/** `groups` are the digit-group lengths of an all-digit run of `length` digits, as written. */
export function looksLikePhone(compact: string, groups: readonly number[]): boolean {
  if (compact.length > 15 || groups.length < 3) return false;
  let pairs = 0;
  let singles = 0;
  for (let g = 1; g < groups.length; g++) {
    if (groups[g]! <= 2) pairs++;
    if (groups[g] === 1) singles++;
  }
  // " 7 9 0 5 3 5 …": a number spaced out character by character (as pasted from a label) is no phone.
  if (groups[0] === 1 && singles === groups.length - 1) return false;
  return pairs >= 2 || (groups[0]! <= 4 && compact.startsWith('00')) || groups[0] === 1;
}

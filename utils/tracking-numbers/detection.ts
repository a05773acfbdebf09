// Constructors for format families' verdicts.
//
// Every detector fills and returns the one verdict object below: the finder asks the detectors about tens of
// thousands of candidates in a page and copies what it keeps at once, so a fresh object per verdict was a
// sixth of all it allocated (and garbage makes the collector copy the matches being built more often).
// A verdict is valid until the next detector call; callers copy what they keep (find.ts, identify-compact.ts).
// Its carrier list is shared and frozen (carrierList).

import type { Airline, Detection, Strength, TrackingKind } from './types';

/** Detection with every field present, so its shape never changes. */
interface Verdict {
  number: string;
  kind: TrackingKind;
  carriers: readonly string[];
  strength: Strength;
  airline: Airline | undefined;
  vetoable: boolean | undefined;
}

const VERDICT: Verdict = {
  number: '',
  kind: 'parcel',
  carriers: [],
  strength: 'proven',
  airline: undefined,
  vetoable: undefined,
};

/** The verdict: `number` (normalised) of `kind`, for `carriers` (a list of carrierList's, shared by matches). */
export function verdict(number: string, kind: TrackingKind, carriers: readonly string[], strength: Strength, airline?: Airline, vetoable?: boolean): Detection {
  VERDICT.number = number;
  VERDICT.kind = kind;
  VERDICT.carriers = carriers;
  VERDICT.strength = strength;
  VERDICT.airline = airline;
  VERDICT.vetoable = vetoable;
  return VERDICT as Detection;
}

/**
 * A carrier list for verdicts, built once where the format is defined: matches share their format's list
 * (with a fresh array per match the engine allocated 1.8 bytes per character of the bench corpus, now 1.3).
 * Frozen: nothing may change a list another match also holds (find.ts copies one to reorder it).
 */
export function carrierList(...codes: string[]): readonly string[] {
  return Object.freeze(codes);
}

/** AWBs name no carrier: the airline is in the number. */
export const NO_CARRIERS = carrierList();

/** A parcel number its format proves on its own (distinctive prefix or strong check digit). */
export function proven(number: string, carriers: readonly string[]): Detection {
  return verdict(number, 'parcel', carriers, 'proven');
}

/** A parcel number nothing in its characters proves: needs a keyword and stays `medium`. */
export function plain(number: string, carriers: readonly string[]): Detection {
  return verdict(number, 'parcel', carriers, 'plain');
}

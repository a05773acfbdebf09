// Constructors for format families' verdicts.

import type { Detection } from './types';

/** A parcel number its format proves on its own (distinctive prefix or strong check digit). */
export function proven(number: string, ...carriers: string[]): Detection {
  return { number, kind: 'parcel', carriers, strength: 'proven' };
}

/** A parcel number nothing in its characters proves: needs a keyword and stays `medium`. */
export function plain(number: string, ...carriers: string[]): Detection {
  return { number, kind: 'parcel', carriers, strength: 'plain' };
}

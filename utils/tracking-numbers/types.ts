/** What the detection engine reports for one number found in text, a URL or the search box. */
export type TrackingKind = 'parcel' | 'awb';

/** `high`: a check digit or a distinctive prefix proves the format; `medium`: only a nearby keyword supports it. */
export type Confidence = 'high' | 'medium';

export interface Airline {
  /** IATA three-digit airline prefix, e.g. `172`. */
  prefix: string;
  name: string;
}

export interface TrackingNumberMatch {
  /** Normalised: no spaces or dashes, upper case; air waybills as `XXX-XXXXXXXX`. */
  number: string;
  /** Exactly as written: `text.slice(start, end) === raw`. */
  raw: string;
  start: number;
  end: number;
  kind: TrackingKind;
  /** TrackingMore carrier codes, best first. */
  carriers: readonly string[];
  confidence: Confidence;
  airline?: Airline;
}

export interface FindOptions {
  /** Drop matches below this confidence (default `medium`: report everything). */
  minConfidence?: Confidence;
}

/**
 * How much a format proves on its own:
 * - `proven`: check digit or distinctive prefix; reported without context;
 * - `checked`: a check digit that random digit runs pass too often; needs a tracking keyword, then high;
 * - `plain`: no check at all; needs a tracking keyword and is reported as medium.
 */
export type Strength = 'proven' | 'checked' | 'plain';

/** How the candidate was written in the text; some formats are only credible in some shapes. */
export type Shape = 'word' | 'grouped' | 'dashed' | 'pasted';

/** A format family's verdict on a compact candidate (upper case, separators removed). */
export interface Detection {
  number: string;
  kind: TrackingKind;
  carriers: readonly string[];
  strength: Strength;
  airline?: Airline;
  /** A contrary keyword (phone, order…) right before it vetoes even a proven detection. */
  vetoable?: boolean;
}

/** A place in the text where a number may be written, as the scanner hands it to the finder. */
export interface Candidate {
  /** Where it is written: [start, end). */
  readonly start: number;
  readonly end: number;
  readonly shape: Shape;
  /** Lengths of the groups as written (a single entry for an unbroken word). */
  readonly groups: readonly number[];
  /** All digits. */
  readonly digits: boolean;
  /** Length of the compact form. */
  readonly length: number;
  /** Char code of the compact form's first character. */
  readonly first: number;
  /** The compact form: upper case, separators removed (built on the first call). */
  compact(): string;
}

/** What the scanner hands its finds to. */
export interface ScanVisitor {
  /** A candidate (valid only during the call); returns whether it was reported. */
  candidate(c: Candidate): boolean;
  /** A URL written at [start, end). */
  url(start: number, end: number): void;
  /**
   * Lone words the scanner queued are offered in batches, each between a call to `deferred` and one to
   * `settled`, in text order; each lies before or after, never inside, the candidates and URLs visited before
   * it, and all before those visited after the batch. Their verdicts are not read.
   */
  deferred(): void;
  settled(): void;
}

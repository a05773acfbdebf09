// The characters a single one of which may separate a number's groups (spaces) or join them (dashes):
// the scanner's SPACE and DASH classes (char-classes.ts) and the content script's prefilter read them here.
// A module of its own: the prefilter must not pull in the scanner's character tables.
export const SPACE_CODES: readonly number[] = [0x20, 0xa0, 0x2009, 0x202f];
export const DASH_CODES: readonly number[] = [0x2d, 0x2010, 0x2011];

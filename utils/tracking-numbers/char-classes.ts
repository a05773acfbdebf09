// One lookup per UTF-16 code unit tells the scanner what a character means for number boundaries.

import { DASH_CODES, SPACE_CODES } from './separators';

export const OTHER = 0; // ends a word; harmless neighbour (spaces across lines, brackets, quotes, CJK…)
export const DIGIT = 1;
export const UPPER = 2;
export const LOWER = 3;
export const SPACE = 4; // a single one may separate digit groups: "172 2889 1936"
export const DASH = 5; // joins groups into one token: "172-28891936", "2024-05-12"
export const GLUE = 6; // makes the neighbouring word part of something longer: URL paths, prices, phones, words
export const PUNCT = 7; // glues only between digits ("12.50", "10:30") or before a letter ("784.pdf")

export const CHAR_CLASS = new Uint8Array(0x10000);

for (let c = 48; c <= 57; c++) CHAR_CLASS[c] = DIGIT;
for (let c = 65; c <= 90; c++) CHAR_CLASS[c] = UPPER;
for (let c = 97; c <= 122; c++) CHAR_CLASS[c] = LOWER;
for (const c of SPACE_CODES) CHAR_CLASS[c] = SPACE;
for (const c of DASH_CODES) CHAR_CLASS[c] = DASH;
for (const ch of '/\\_@+$%&=~^`*#€£¥₽₹¢') CHAR_CLASS[ch.charCodeAt(0)] = GLUE;
for (const ch of '.,:;') CHAR_CLASS[ch.charCodeAt(0)] = PUNCT;
// Letters of alphabetic scripts written with spaces (Latin, Greek, Cyrillic): a number touching one is part
// of a longer word. CJK text has no spaces, so numbers there stand next to ideographs and stay OTHER.
for (let c = 0xc0; c <= 0x24f; c++) if (c !== 0xd7 && c !== 0xf7) CHAR_CLASS[c] = GLUE;
for (let c = 0x370; c <= 0x52f; c++) CHAR_CLASS[c] = GLUE;

/** 1 for the ASCII letters and digits that make up words the scanner reads. */
export const ALNUM = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) if (CHAR_CLASS[c] === DIGIT || CHAR_CLASS[c] === UPPER || CHAR_CLASS[c] === LOWER) ALNUM[c] = 1;
/** Digit 1, upper case 2, lower case 4 (ASCII), else 0: a word's letters and digits in one OR per character. */
export const WORD_BITS = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) WORD_BITS[c] = CHAR_CLASS[c] === DIGIT ? 1 : CHAR_CLASS[c] === UPPER ? 2 : CHAR_CLASS[c] === LOWER ? 4 : 0;
/** 1 for what the scan passes over without a look: every character but digits, upper-case letters, h and w. */
export const PROSE = new Uint8Array(0x10000).fill(1);
for (let c = 0; c < 0x80; c++) if (CHAR_CLASS[c] === DIGIT || CHAR_CLASS[c] === UPPER) PROSE[c] = 0;
for (const ch of 'hw') PROSE[ch.charCodeAt(0)] = 0;

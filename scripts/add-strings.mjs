#!/usr/bin/env node
// Adds or replaces UI strings in all four locales at once, so no locale is ever left behind:
//   node scripts/add-strings.mjs strings.json
// where strings.json is { "key": { "en": "...", "pl": "...", "it": "...", "ru": "..." }, ... }.
// Keys: letters, digits and _ only (Chrome's rule). Positional substitutions: $1 … $9.
import { readFileSync, writeFileSync } from 'node:fs';

const LOCALES = ['en', 'pl', 'it', 'ru'];
const input = JSON.parse(readFileSync(process.argv[2] ?? 0, 'utf8'));
for (const [key, texts] of Object.entries(input)) {
  if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`Bad key "${key}"`);
  for (const l of LOCALES) if (typeof texts[l] !== 'string' || !texts[l]) throw new Error(`"${key}" lacks ${l}`);
}
for (const l of LOCALES) {
  const file = new URL(`../public/_locales/${l}/messages.json`, import.meta.url);
  const messages = JSON.parse(readFileSync(file, 'utf8'));
  for (const [key, texts] of Object.entries(input)) messages[key] = { message: texts[l] };
  writeFileSync(file, JSON.stringify(messages, null, 2) + '\n');
}
console.log(`added ${Object.keys(input).length} strings to ${LOCALES.join(', ')}`);

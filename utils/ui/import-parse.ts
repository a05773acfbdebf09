// Turns what a user pastes into bulk-pin entries: bare numbers (one per line, or separated by commas or
// spaces), a CSV with columns number, carrier, title (header optional, any order when named), or
// Trackpin's own JSON export (carriers, titles, notes and archive state come back with the numbers).
import { parseCsv } from './csv';
import { normalizeNumber } from '../tracking-numbers';
import { looksLikeNumber } from './search-input';

export interface ImportEntry {
  number: string;
  carrier?: string;
  title?: string;
  notes?: string;
  archived?: boolean;
}

export interface ImportResult {
  entries: ImportEntry[];
  /** Lines that could not be read, 1-based, with the text. */
  rejected: { line: number; text: string }[];
  duplicates: number;
}

const NUMBER_HEADERS = ['number', 'tracking', 'tracking_number', 'trackingnumber', 'tracking number', 'numer', 'numero', 'номер'];
const CARRIER_HEADERS = ['carrier', 'carrier_code', 'courier', 'przewoźnik', 'corriere', 'перевозчик'];
const TITLE_HEADERS = ['title', 'name', 'description', 'tytuł', 'titolo', 'название'];

const isNumberLike = (f: string) => looksLikeNumber(f) && /\d/.test(f);

/** CSV when it has a known header, or rows of "number, carrier/title" (not just several numbers). */
function looksLikeCsv(rows: string[][]): boolean {
  const header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  if (header.some((h) => NUMBER_HEADERS.includes(h))) return true;
  const multi = rows.filter((r) => r.length > 1);
  if (multi.length === 0) return false;
  return multi.every((r) => isNumberLike(r[0] ?? '')) && multi.some((r) => r.slice(1).some((f) => f.trim() !== '' && !isNumberLike(f)));
}

export function parseImport(text: string): ImportResult {
  const result: ImportResult = { entries: [], rejected: [], duplicates: 0 };
  const seen = new Set<string>();
  const add = (entry: ImportEntry, line: number, raw: string) => {
    if (!isNumberLike(normalizeNumber(entry.number))) {
      result.rejected.push({ line, text: raw.trim() });
      return;
    }
    const number = normalizeNumber(entry.number);
    const carrier = entry.carrier?.trim().toLowerCase();
    const key = `${carrier ?? ''}:${number}`;
    if (seen.has(key)) {
      result.duplicates++;
      return;
    }
    seen.add(key);
    const clean: ImportEntry = { number };
    if (carrier && /^[0-9a-z_-]{1,64}$/.test(carrier)) clean.carrier = carrier;
    const title = entry.title?.trim();
    if (title) clean.title = title.slice(0, 200);
    const notes = entry.notes?.trim();
    if (notes) clean.notes = notes.slice(0, 2000);
    if (entry.archived) clean.archived = true;
    result.entries.push(clean);
  };

  const backup = trackpinExport(text);
  if (backup) {
    backup.forEach((p, i) => add(p, i + 1, p.number));
    return result;
  }

  const rows = parseCsv(text);
  if (looksLikeCsv(rows)) {
    let cols = { number: 0, carrier: 1, title: 2 };
    let start = 0;
    const header = rows[0]?.map((h) => h.trim().toLowerCase());
    if (header && header.some((h) => NUMBER_HEADERS.includes(h))) {
      cols = {
        number: header.findIndex((h) => NUMBER_HEADERS.includes(h)),
        carrier: header.findIndex((h) => CARRIER_HEADERS.includes(h)),
        title: header.findIndex((h) => TITLE_HEADERS.includes(h)),
      };
      start = 1;
    }
    rows.slice(start).forEach((row, i) => {
      const pick = (idx: number) => (idx >= 0 ? row[idx] : undefined);
      const entry: ImportEntry = { number: pick(cols.number) ?? '' };
      const carrier = pick(cols.carrier);
      const title = pick(cols.title);
      if (carrier) entry.carrier = carrier;
      if (title) entry.title = title;
      add(entry, i + start + 1, row.join(','));
    });
    return result;
  }

  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    // A line is one number written with spaces/dashes ("1Z 999 AA1 012 3456 784") or several numbers.
    if (looksLikeNumber(line)) return add({ number: line }, i + 1, line);
    const parts = line.split(/[\s,;]+/).filter(Boolean);
    for (const part of parts) add({ number: part }, i + 1, part);
  });
  return result;
}

/** The pins of a Trackpin JSON export (`export-build.ts` buildJson), or null when the text is not one. */
function trackpinExport(text: string): ImportEntry[] | null {
  if (!text.trimStart().startsWith('{')) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const doc = json as { app?: unknown; watchlist?: unknown };
  if (!doc || doc.app !== 'trackpin' || !Array.isArray(doc.watchlist)) return null;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return doc.watchlist.flatMap((raw: unknown) => {
    const p = (raw ?? {}) as Record<string, unknown>;
    const number = str(p.number);
    if (!number) return [];
    const entry: ImportEntry = { number };
    const carrier = str(p.carrier);
    const title = str(p.title);
    const notes = str(p.notes);
    if (carrier) entry.carrier = carrier;
    if (title) entry.title = title;
    if (notes) entry.notes = notes;
    if (p.archived === true) entry.archived = true;
    return [entry];
  });
}

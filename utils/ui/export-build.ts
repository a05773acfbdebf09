// Watchlist export: CSV (opens in a spreadsheet; re-importable) and JSON (everything, for backups).
import type { PinnedShipment } from '../watchlist/model';
import { toCsvLine } from './csv';
import { lastEventOf, statusOf } from '../watchlist/view';

export const CSV_HEADER = ['number', 'carrier', 'title', 'status', 'last_event', 'last_event_date', 'notes', 'pinned_at'];

export function buildCsv(list: readonly PinnedShipment[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const p of list) {
    const last = lastEventOf(p);
    lines.push(
      toCsvLine([
        p.number,
        p.carrier,
        p.title,
        statusOf(p),
        last?.description,
        last?.date,
        p.notes,
        p.pinnedAt ? new Date(p.pinnedAt).toISOString() : '',
      ]),
    );
  }
  // BOM so spreadsheet apps read UTF-8 (Cyrillic, Polish titles).
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

export function buildJson(list: readonly PinnedShipment[], exportedAt: number = Date.now()): string {
  return JSON.stringify({ app: 'trackpin', version: 1, exportedAt: new Date(exportedAt).toISOString(), watchlist: list }, null, 2);
}

export function exportFileName(ext: 'csv' | 'json', at: number = Date.now()): string {
  return `trackpin-watchlist-${new Date(at).toISOString().slice(0, 10)}.${ext}`;
}

// A number alone in a table cell is explained by its column header ("Tracking number").
const headerCache = new WeakMap<Element, string[]>();

export function columnHeader(cell: Element): string {
  const table = cell.closest('table');
  if (!table) return '';
  let headers = headerCache.get(table);
  if (!headers) {
    // Plain DOM walking (not tHead/rows/cellIndex) so it behaves the same in every DOM implementation.
    const row = table.querySelector('tr');
    const cells = row ? [...row.children] : [];
    headers = cells.every((c) => c.tagName === 'TH') ? cells.map((c) => (c.textContent ?? '').trim().slice(0, 80)) : [];
    headerCache.set(table, headers);
  }
  if (headers.length === 0) return '';
  let index = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) index++;
  return headers[index] ?? '';
}

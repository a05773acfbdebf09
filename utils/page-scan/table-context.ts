// A number alone in a table cell is explained by its column header ("Tracking number").
const headerCache = new WeakMap<Element, string[]>();

function headersOf(table: Element | null): string[] {
  if (!table) return [];
  let headers = headerCache.get(table);
  if (!headers) {
    // Plain DOM walking (not tHead/rows/cellIndex) so it behaves the same in every DOM implementation.
    const row = table.querySelector('tr');
    const cells = row ? [...row.children] : [];
    headers = cells.every((c) => c.tagName === 'TH') ? cells.map((c) => (c.textContent ?? '').trim().slice(0, 80)) : [];
    headerCache.set(table, headers);
  }
  return headers;
}

/**
 * Column headers for cells met in document order: the table and the cell's index are looked up once per
 * row, not per cell (a walk meets every cell of a 20,000-cell table).
 */
export function createCellContext(): (cell: Element) => string {
  let row: Element | null = null;
  let headers: string[] = [];
  let index = 0;
  return (cell) => {
    const parent = cell.parentElement;
    if (parent !== row || !parent) {
      row = parent;
      headers = headersOf(cell.closest('table'));
      index = 0;
      for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) index++;
    } else {
      index++;
    }
    return headers[index] ?? '';
  };
}

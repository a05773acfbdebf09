// @vitest-environment node
import { expect, it } from 'vitest';
import { safeHttpUrl } from '@/utils/shipments/safe-url';

it.each([
  ['https://global.cainiao.com', 'https://global.cainiao.com/'],
  ['  http://www.4px.com/track?n=1  ', 'http://www.4px.com/track?n=1'],
  ['//www.dhl.com/', 'https://www.dhl.com/'],
  ['javascript:alert(1)', null],
  ['JAVASCRIPT:alert(1)', null],
  ['data:text/html,<b>x</b>', null],
  ['ftp://example.com/', null],
  ['www.example.com', null],
  ['/relative/path', null],
  ['', null],
  [null, null],
  [undefined, null],
])('safeHttpUrl(%j) → %j', (input, expected) => {
  expect(safeHttpUrl(input)).toBe(expected);
});

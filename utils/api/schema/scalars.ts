// Tolerant scalar schemas for the documented type variations (API contract §1.4): fields that are
// sometimes missing, null, a number where a string is expected, a string where a number is expected,
// or PHP's empty array `[]` where an object is expected.
import * as v from 'valibot';

/** Text field: string or number in, `string | null` out. */
export const text = v.nullish(
  v.pipe(v.union([v.string(), v.number()]), v.transform(String)),
  null,
);

/** Required text (identifiers such as `tracking_number`). */
export const requiredText = v.pipe(v.union([v.string(), v.number()]), v.transform(String));

function toNumber(value: string | number): number | null {
  const n = typeof value === 'number' ? value : Number(value.trim());
  return value === '' || !Number.isFinite(n) ? null : n;
}

/** Number field that may arrive as a numeric string (`total: "3"`); unreadable → null. */
export const num = v.nullish(
  v.pipe(v.union([v.number(), v.string()]), v.transform(toNumber)),
  null,
);

/** Boolean that may arrive as `"true"`/`"false"`, `1`/`0`; missing → false. */
export const bool = v.nullish(
  v.pipe(
    v.union([v.boolean(), v.string(), v.number()]),
    v.transform((x) => x === true || x === 1 || x === '1' || String(x).toLowerCase() === 'true'),
  ),
  false,
);

/** `customer_email`: null, "", "a@b" or ["a@b", …] → string[]. */
export const textList = v.nullish(
  v.pipe(
    v.union([v.string(), v.array(v.string())]),
    v.transform((x) => (Array.isArray(x) ? x : [x]).filter((s) => s.trim() !== '')),
  ),
  [],
);

/** `order_create_time`: 0, "", null or a date string → `string | null`. */
export const orderTime = v.nullish(
  v.pipe(
    v.union([v.string(), v.number()]),
    v.transform((x) => (x === 0 || x === '' ? null : String(x))),
  ),
  null,
);

/** An object schema that may also arrive as PHP's empty array `[]` (→ null) or be missing. */
export function objectOrEmpty<S extends v.GenericSchema>(schema: S) {
  return v.nullish(
    // Empty array first: valibot's `object` would accept an array too.
    v.union([v.pipe(v.array(v.unknown()), v.length(0), v.transform(() => null)), schema]),
    null,
  );
}

/** A list that may be missing or null (→ []). */
export function list<S extends v.GenericSchema>(item: S) {
  return v.nullish(v.array(item), []);
}

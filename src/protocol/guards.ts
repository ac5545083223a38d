// Tiny runtime checkers for the webview protocol. A schema validator such as ajv compiles
// with `new Function`, which the webview's CSP forbids, and these shapes are small. Every
// checker is a type guard, so a guard table is typed by the union it checks: a message type
// or field without a check, a check for a field that is not there, or a check of the wrong
// type is a compile error (see test/unit/guards.test.ts).

export type Check<T> = (value: unknown) => value is T;

export const isString: Check<string> = (value): value is string => typeof value === 'string';
export const isNumber: Check<number> = (value): value is number => typeof value === 'number' && Number.isFinite(value);
export const isBoolean: Check<boolean> = (value): value is boolean => typeof value === 'boolean';
export const arrayOf =
  <T>(item: Check<T>): Check<T[]> =>
  (value): value is T[] =>
    Array.isArray(value) && value.every(item);
export const oneOf =
  <const T extends string>(...allowed: readonly T[]): Check<T> =>
  (value): value is T =>
    typeof value === 'string' && (allowed as readonly string[]).includes(value);
export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value): value is T | null =>
    value === null || check(value);

/** One check per field of T, no more and no fewer. */
export type FieldChecks<T> = { [K in keyof T]-?: Check<T[K]> };

export const shape =
  <T extends object>(fields: FieldChecks<T>): Check<T> =>
  (value): value is T =>
    typeof value === 'object' &&
    value !== null &&
    Object.entries(fields as Record<string, Check<unknown>>).every(([key, check]) => check((value as Record<string, unknown>)[key]));

/** The field table of a discriminated union: per `type`, one check per other field of that variant. */
export type UnionChecks<T extends { type: string }> = { [K in T['type']]: FieldChecks<Omit<Extract<T, { type: K }>, 'type'>> };

/**
 * Builds a guard for a discriminated union from its field table. Unknown types and messages
 * with missing or mistyped fields are rejected.
 */
export function unionGuard<T extends { type: string }>(variants: UnionChecks<T>): (value: unknown) => value is T {
  const checks = new Map(
    Object.entries(variants as Record<string, Record<string, Check<unknown>>>).map(([type, fields]) => [type, shape(fields)]),
  );
  return (value: unknown): value is T => {
    if (typeof value !== 'object' || value === null) return false;
    const check = checks.get((value as { type?: unknown }).type as string);
    return check !== undefined && check(value);
  };
}

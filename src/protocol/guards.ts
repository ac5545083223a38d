// Tiny runtime checkers for the webview protocol. A schema validator such as ajv compiles
// with `new Function`, which the webview's CSP forbids, and these shapes are small.

export type Check = (value: unknown) => boolean;

export const isString: Check = (value) => typeof value === 'string';
export const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
export const isBoolean: Check = (value) => typeof value === 'boolean';
export const arrayOf =
  (item: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(item);
export const oneOf =
  (...allowed: readonly string[]): Check =>
  (value) =>
    typeof value === 'string' && allowed.includes(value);
export const nullable =
  (check: Check): Check =>
  (value) =>
    value === null || check(value);
export const shape =
  (fields: Record<string, Check>): Check =>
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    Object.entries(fields).every(([key, check]) => check((value as Record<string, unknown>)[key]));

/**
 * Builds a guard for a discriminated union from one field table per `type`. Unknown types
 * and messages with missing or mistyped fields are rejected.
 */
export function unionGuard<T extends { type: string }>(variants: { [K in T['type']]: Record<string, Check> }) {
  const checks = Object.fromEntries(Object.entries(variants).map(([type, fields]) => [type, shape(fields as Record<string, Check>)]));
  return (value: unknown): value is T => {
    if (typeof value !== 'object' || value === null) return false;
    const check = checks[(value as { type?: unknown }).type as string];
    return check !== undefined && check(value);
  };
}

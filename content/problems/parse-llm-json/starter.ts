export type FieldType = 'string' | 'number' | 'boolean' | 'string[]';
export type Schema = Record<string, string>;
export type Result = { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

export function parseLlmJson(text: string, schema: Schema): Result {
  // TODO: extract (first fence, else first balanced object), parse, validate in schema order.
  throw new Error('not implemented');
}

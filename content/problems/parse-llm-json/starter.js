/**
 * @param {string} text model output
 * @param {Record<string, string>} schema field -> "string" | "number" | "boolean" | "string[]", "?" suffix for optional
 * @returns {{ ok: true, value: object } | { ok: false, error: string }}
 */
export function parseLlmJson(text, schema) {
  // TODO: extract (first fence, else first balanced object), parse, validate in schema order.
  throw new Error('not implemented');
}

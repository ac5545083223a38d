export type FieldType = 'string' | 'number' | 'boolean' | 'string[]';
export type Schema = Record<string, string>;
export type Result = { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

const FENCE = '```';

function extract(text: string): string | undefined {
  const open = text.indexOf(FENCE);
  if (open >= 0) {
    const lineEnd = text.indexOf('\n', open);
    const bodyStart = lineEnd < 0 ? text.length : lineEnd + 1;
    const close = text.indexOf(FENCE, bodyStart);
    return text.slice(bodyStart, close < 0 ? text.length : close);
  }
  const start = text.indexOf('{');
  if (start < 0) return undefined;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return undefined;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string[]':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    default:
      throw new Error(`unknown field type ${type}`);
  }
}

export function parseLlmJson(text: string, schema: Schema): Result {
  const json = extract(text);
  if (json === undefined) return { ok: false, error: 'no_json' };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: 'invalid_json' };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, error: 'not_object' };
  const record = data as Record<string, unknown>;
  const value: Record<string, unknown> = {};
  for (const [field, spec] of Object.entries(schema)) {
    const optional = spec.endsWith('?');
    // Own keys only: `in` would find inherited names such as "constructor".
    if (!Object.hasOwn(record, field)) {
      if (optional) continue;
      return { ok: false, error: `missing:${field}` };
    }
    if (!hasType(record[field], optional ? spec.slice(0, -1) : spec)) return { ok: false, error: `type:${field}` };
    value[field] = record[field];
  }
  return { ok: true, value };
}

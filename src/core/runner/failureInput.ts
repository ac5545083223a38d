import type { CaseResult } from './types';

/**
 * A failed case's arguments, shortened so that a message stays readable and a user can still
 * retype the case: long lists keep their first items and end with "… N more items", long
 * strings their first characters and "… N more characters".
 */
export interface InputLimits {
  /** Items kept from each list (and keys from each object). */
  items: number;
  /** Characters kept from each string. */
  chars: number;
}

export const INPUT_LIMITS: InputLimits = { items: 8, chars: 200 };

const more = (count: number, what: string) => `… ${count} more ${what}`;

export function shortenValue(value: unknown, limits: InputLimits = INPUT_LIMITS): unknown {
  if (typeof value === 'string') {
    return value.length > limits.chars ? `${value.slice(0, limits.chars)}${more(value.length - limits.chars, 'characters')}` : value;
  }
  if (Array.isArray(value)) {
    const kept = value.slice(0, limits.items).map((item) => shortenValue(item, limits));
    return value.length > limits.items ? [...kept, more(value.length - limits.items, 'items')] : kept;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const kept = Object.fromEntries(entries.slice(0, limits.items).map(([key, item]) => [key, shortenValue(item, limits)]));
    return entries.length > limits.items ? { ...kept, '…': more(entries.length - limits.items, 'keys') } : kept;
  }
  return value;
}

/** The arguments by name (`argument N` past the declared names), each shortened. */
export function caseInput(
  params: readonly string[],
  args: readonly unknown[],
  limits: InputLimits = INPUT_LIMITS,
): Record<string, unknown> {
  return Object.fromEntries(args.map((arg, index) => [params[index] ?? `argument ${index + 1}`, shortenValue(arg, limits)]));
}

/** One `name = value` line per argument, values as compact JSON. */
export function formatInput(input: Record<string, unknown>): string {
  return Object.entries(input)
    .map(([name, value]) => `${name} = ${JSON.stringify(value)}`)
    .join('\n');
}

/** The text of a case's failure message: why it failed, then the input that reproduces it. */
export function failureText(result: Pick<CaseResult, 'message' | 'input'>, fallback: string): string {
  const message = result.message ?? fallback;
  return result.input ? `${message}\n\nInput:\n${formatInput(result.input)}` : message;
}

import { isDeepStrictEqual } from 'node:util';
import type { Comparator } from './types';
import { propertyCheckers } from './properties';

export interface Verdict {
  pass: boolean;
  /** Why it failed, when the diff alone does not say. */
  reason?: string;
}

const DEFAULT_REL_TOL = 1e-9;
const DEFAULT_ABS_TOL = 1e-12;

function approxEqual(expected: unknown, actual: unknown, relTol: number, absTol: number): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Number.isNaN(expected) || Number.isNaN(actual)) return Number.isNaN(expected) && Number.isNaN(actual);
    return Math.abs(expected - actual) <= Math.max(relTol * Math.max(Math.abs(expected), Math.abs(actual)), absTol);
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return expected.length === actual.length && expected.every((value, i) => approxEqual(value, actual[i], relTol, absTol));
  }
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object') {
    const keys = Object.keys(expected);
    return (
      keys.length === Object.keys(actual).length &&
      keys.every((key) => key in actual && approxEqual((expected as any)[key], (actual as any)[key], relTol, absTol))
    );
  }
  return isDeepStrictEqual(expected, actual);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

export function compareValues(comparator: Comparator, expected: unknown, actual: unknown, args: unknown[]): Verdict {
  switch (comparator.kind) {
    case 'exact':
      return { pass: isDeepStrictEqual(expected, actual) };
    case 'approx':
      return {
        pass: approxEqual(expected, actual, comparator.relTol ?? DEFAULT_REL_TOL, comparator.absTol ?? DEFAULT_ABS_TOL),
      };
    case 'unordered': {
      if (!Array.isArray(expected) || !Array.isArray(actual)) return { pass: false, reason: 'expected a list' };
      const sorted = (list: unknown[]) => list.map(canonical).sort();
      return { pass: isDeepStrictEqual(sorted(expected), sorted(actual)) };
    }
    case 'property': {
      const checker = propertyCheckers[comparator.name];
      if (!checker) throw new Error(`unknown property checker "${comparator.name}"`);
      return checker(actual, args, expected);
    }
  }
}

import type { Language } from '../catalog/types';

/** How a case's actual value is checked against its expected value. */
export type Comparator =
  | { kind: 'exact' }
  | { kind: 'approx'; relTol?: number; absTol?: number }
  | { kind: 'unordered' }
  /** A named checker for answers with more than one right form (see properties.ts). */
  | { kind: 'property'; name: string };

export interface HiddenCase {
  name: string;
  /** Arguments for the user's function, or for the problem's driver. */
  args: unknown[];
  expected?: unknown;
  /** The solution must throw (Python: raise ValueError). */
  throws?: boolean;
  compare?: Comparator;
}

export interface HiddenSuite {
  problemId: string;
  compare: Comparator;
  /** Per-case time limit. */
  timeoutMs: number;
  cases: HiddenCase[];
}

export type CaseStatus = 'passed' | 'failed' | 'error' | 'timeout';

export interface CaseResult {
  name: string;
  status: CaseStatus;
  durationMs: number;
  message?: string;
  expected?: unknown;
  actual?: unknown;
  /** 1-based line in the user's file that the failure points at, when known. */
  line?: number;
  /** A case that did not pass: its arguments by name, shortened (see failureInput.ts), to reproduce it. */
  input?: Record<string, unknown>;
}

export interface SuiteResult {
  problem: string;
  language: Language;
  passed: number;
  failed: number;
  total: number;
  durationMs: number;
  cases: CaseResult[];
  /** The first part of what the solution printed, capped. */
  output: string;
}

/** What the harness in the child process reports, one JSON line per event. */
export type HarnessEvent =
  | { type: 'loaded' }
  | { type: 'load-error'; message: string; line?: number }
  | { type: 'start'; name: string }
  /** `modified`: the name of the first argument the solution changed in place, when it did. */
  | { type: 'done'; name: string; ok: true; value: unknown; durationMs: number; modified?: string }
  | { type: 'done'; name: string; ok: false; error: HarnessError; durationMs: number };

export interface HarnessError {
  type: string;
  message: string;
  line?: number;
}

/** What the parent sends the harness on stdin. */
export interface HarnessJob {
  solutionPath: string;
  /**
   * Under a debugger: the user's file, whose name the transpiled solution is compiled under, so
   * that the breakpoints the debugger set on that path bind as the code is compiled, before any
   * case runs (a source map is read only after the script is parsed, too late for a fast run).
   */
  loadAs?: string;
  /** Name of the function or class the solution must define. */
  entry: string;
  /** Module that adapts the solution to a case's args (class and callback problems). */
  driverPath?: string;
  /**
   * Names of the arguments, for "your function modified its input `docs`". Absent when the
   * problem allows its inputs to be modified: then nothing is compared.
   */
  params?: string[];
  cases: { name: string; args: unknown[] }[];
}

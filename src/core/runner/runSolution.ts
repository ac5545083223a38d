import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { CodingProblem, Language } from '../catalog/types';
import { compareValues } from './compare';
import { caseInput } from './failureInput';
import { debugSolutionEnv, solutionEnv } from './solutionEnv';
import { SolutionSyntaxError, toCommonJs } from './transpile';
import type { CaseResult, HarnessEvent, HarnessJob, HiddenCase, HiddenSuite, SuiteResult } from './types';

export interface RunOptions {
  problem: CodingProblem;
  suite: HiddenSuite;
  solutionPath: string;
  language: Language;
  /** Folder holding jsHarness.js and pyHarness.py. */
  harnessDir: string;
  /** Node used for TS/JS: the editor's own by default (with ELECTRON_RUN_AS_NODE=1). */
  nodePath?: string;
  pythonPath?: string;
  suiteTimeoutMs?: number;
  /** Run only these cases (by name); all when absent. */
  only?: string[];
  onCaseStart?: (name: string) => void;
  onCaseResult?: (result: CaseResult) => void;
  signal?: AbortSignal;
  /** Diagnostics for a log: each child process's command line and how it exited. */
  debug?: (message: string) => void;
}

/** The solution file cannot be read: a usage problem, not a failed test. */
export class UnreadableSolutionError extends Error {}

const OUTPUT_CAP = 64 * 1024;
const JS_HEAP_MB = 512;

/** One launch of the harness; resolves when the process is gone. */
interface Attempt {
  results: CaseResult[];
  /** Set when the solution could not be loaded at all. */
  loadError?: { message: string; line?: number };
}

function readSolution(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UnreadableSolutionError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

const selectedCases = (suite: HiddenSuite, only: string[] | undefined) =>
  only ? suite.cases.filter((c) => only.includes(c.name)) : suite.cases;

/** What the harness is asked to run: the entry point, the problem's driver if it has one, the cases. */
function harnessJob(problem: CodingProblem, language: Language, runnablePath: string, cases: HiddenCase[]): HarnessJob {
  const driverFile = join(problem.dir, language === 'py' ? 'driver.py' : 'driver.js');
  return {
    solutionPath: runnablePath,
    entry: language === 'py' ? problem.entry.py : problem.entry.js,
    ...(existsSync(driverFile) ? { driverPath: driverFile } : {}),
    ...(problem.mutationAllowed ? {} : { params: problem.params }),
    cases: cases.map(({ name, args }) => ({ name, args })),
  };
}

/**
 * Runs a solution against the problem's hidden cases in a child process, streaming a result
 * per case. A case that hangs is stopped at its time limit (the whole process tree is
 * killed) and the remaining cases continue in a fresh process.
 */
export async function runHiddenTests(options: RunOptions): Promise<SuiteResult> {
  const started = performance.now();
  const { problem, suite, language, solutionPath } = options;
  const source = readSolution(solutionPath);
  const cases = selectedCases(suite, options.only);
  const suiteDeadline = started + (options.suiteTimeoutMs ?? Math.max(30_000, suite.timeoutMs * 4));
  const workDir = mkdtempSync(join(tmpdir(), 'ais-run-'));
  const results: CaseResult[] = [];
  let output = '';
  const argsOf = new Map(cases.map((testCase) => [testCase.name, testCase.args]));
  const report = (result: CaseResult) => {
    results.push(withInput(result, problem.params, argsOf.get(result.name) ?? []));
    options.onCaseResult?.(result);
  };
  const userName = basename(solutionPath);

  try {
    let runnablePath = solutionPath;
    if (language !== 'py') {
      runnablePath = join(workDir, `${problem.id}.cjs`);
      writeFileSync(runnablePath, toCommonJs(source, language, userName));
    }
    const pending = [...cases];
    while (pending.length) {
      const attempt = await launch(
        options,
        harnessJob(problem, language, runnablePath, pending),
        pending,
        suiteDeadline,
        (text) => {
          if (output.length < OUTPUT_CAP) {
            output += text.slice(0, OUTPUT_CAP - output.length);
            if (output.length >= OUTPUT_CAP) output += '\n[output truncated]';
          }
        },
        report,
      );
      const clean = (text: string) => text.split(runnablePath).join(userName);
      if (attempt.loadError) {
        for (const testCase of pending) {
          report({
            name: testCase.name,
            status: 'error',
            durationMs: 0,
            message: clean(attempt.loadError.message),
            ...(attempt.loadError.line ? { line: attempt.loadError.line } : {}),
          });
        }
        break;
      }
      for (const result of attempt.results) if (result.message) result.message = clean(result.message);
      pending.splice(0, attempt.results.length);
      if (options.signal?.aborted) break;
    }
  } catch (error) {
    if (!(error instanceof SolutionSyntaxError)) throw error;
    for (const testCase of cases) {
      report({
        name: testCase.name,
        status: 'error',
        durationMs: 0,
        message: `${userName}${error.line ? `:${error.line}` : ''}: ${error.message}`,
        ...(error.line ? { line: error.line } : {}),
      });
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }

  return suiteResult(problem.id, language, results, Math.round(performance.now() - started), output);
}

/** Totals of a run from its case results: the one place passed, failed and total are counted. */
export function suiteResult(problem: string, language: Language, cases: CaseResult[], durationMs: number, output = ''): SuiteResult {
  const passed = cases.filter((result) => result.status === 'passed').length;
  return { problem, language, passed, failed: cases.length - passed, total: cases.length, durationMs, cases, output };
}

export interface DebugRun {
  /** The harness script to launch under the debugger, with this environment. */
  program: string;
  /** Minimal: only what the interpreter needs; every other inherited variable is null (unset). */
  env: Record<string, string | null>;
  /** Reads what the harness reported, judges each case, and removes the temporary files. */
  finish(): CaseResult[];
}

/**
 * Prepares a run for a debugger: a TS/JS solution is transpiled (lines kept) and compiled under
 * the user's own file name, so breakpoints bind by path with no source map to wait for (a Python
 * one runs as it is), the job and the events travel through files (the
 * debug adapter owns the process's stdio), and there are no time limits, since the user may be
 * paused on a breakpoint.
 */
export function prepareDebugRun(options: RunOptions): DebugRun {
  const { problem, suite, solutionPath, language } = options;
  const source = readSolution(solutionPath);
  const workDir = mkdtempSync(join(tmpdir(), 'ais-debug-'));
  let runnablePath = solutionPath;
  if (language !== 'py') {
    runnablePath = join(workDir, `${problem.id}.cjs`);
    writeFileSync(runnablePath, toCommonJs(source, language, basename(solutionPath)));
  }
  const cases = selectedCases(suite, options.only);
  const job = { ...harnessJob(problem, language, runnablePath, cases), ...(language === 'py' ? {} : { loadAs: solutionPath }) };
  const jobFile = join(workDir, 'job.json');
  const eventsFile = join(workDir, 'events.ndjson');
  writeFileSync(jobFile, JSON.stringify(job));
  writeFileSync(eventsFile, '');
  return {
    program: join(options.harnessDir, language === 'py' ? 'pyHarness.py' : 'jsHarness.js'),
    env: debugSolutionEnv(process.env, {
      AIS_JOB_FILE: jobFile,
      AIS_EVENTS_FILE: eventsFile,
      ...(language === 'py' ? {} : { ELECTRON_RUN_AS_NODE: '1' }),
    }),
    finish() {
      const events = readFileSync(eventsFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as HarnessEvent);
      rmSync(workDir, { recursive: true, force: true });
      const userName = basename(solutionPath);
      const loadError = events.find((event): event is Extract<HarnessEvent, { type: 'load-error' }> => event.type === 'load-error');
      const done = new Map(events.flatMap((event) => (event.type === 'done' ? [[event.name, event] as const] : [])));
      return cases.map((testCase): CaseResult => {
        const event = done.get(testCase.name);
        if (event) return withInput(judge(testCase, suite, event, language), options.problem.params, testCase.args);
        const message = loadError
          ? loadError.message.split(runnablePath).join(userName)
          : 'not run: the debug session ended before this case';
        return { name: testCase.name, status: 'error', durationMs: 0, message, ...(loadError?.line ? { line: loadError.line } : {}) };
      });
    },
  };
}

/** A case that did not pass carries its arguments (shortened), so the user can reproduce it. */
function withInput(result: CaseResult, params: string[], args: unknown[]): CaseResult {
  if (result.status !== 'passed') result.input = caseInput(params, args);
  return result;
}

function judge(testCase: HiddenCase, suite: HiddenSuite, event: Extract<HarnessEvent, { type: 'done' }>, language: Language): CaseResult {
  const durationMs = Math.round(event.durationMs * 100) / 100;
  const base = { name: testCase.name, durationMs };
  const wantedError = language === 'py' ? 'ValueError' : 'an error';
  if (!event.ok) {
    const { error } = event;
    const bases = (error as { bases?: string[] }).bases ?? [error.type];
    if (testCase.throws && (language !== 'py' || bases.includes('ValueError'))) return { ...base, status: 'passed' };
    const line = error.line ? { line: error.line } : {};
    if (testCase.throws) {
      return { ...base, status: 'failed', message: `expected ${wantedError}, but got ${error.type}: ${error.message}`, ...line };
    }
    return { ...base, status: 'error', message: error.message ? `${error.type}: ${error.message}` : error.type, ...line };
  }
  if (testCase.throws) {
    return {
      ...base,
      status: 'failed',
      message: `expected ${wantedError} for this input, but it returned a value`,
      expected: `${wantedError}`,
      actual: event.value,
    };
  }
  if (event.modified) {
    return { ...base, status: 'failed', message: `your function modified its input \`${event.modified}\`` };
  }
  const verdict = compareValues(testCase.compare ?? suite.compare, testCase.expected, event.value, testCase.args);
  if (verdict.pass) return { ...base, status: 'passed' };
  return {
    ...base,
    status: 'failed',
    message: verdict.reason ?? 'the returned value differs from the expected one',
    expected: testCase.expected,
    actual: event.value,
  };
}

function killTree(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    // The child leads its own process group (detached), so this also stops its children.
    process.kill(process.platform === 'win32' ? child.pid : -child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

function launch(
  options: RunOptions,
  job: HarnessJob,
  pending: HiddenCase[],
  suiteDeadline: number,
  onOutput: (text: string) => void,
  report: (result: CaseResult) => void,
): Promise<Attempt> {
  const { language, suite } = options;
  const command =
    language === 'py'
      ? { file: options.pythonPath ?? 'python3', args: ['-u', join(options.harnessDir, 'pyHarness.py')], env: {} as Record<string, string> }
      : {
          file: options.nodePath ?? process.execPath,
          args: [`--max-old-space-size=${JS_HEAP_MB}`, join(options.harnessDir, 'jsHarness.js')],
          env: { ELECTRON_RUN_AS_NODE: '1' },
        };
  return new Promise<Attempt>((resolve) => {
    const attempt: Attempt = { results: [] };
    const child = spawn(command.file, command.args, {
      cwd: dirname(options.solutionPath),
      env: solutionEnv(process.env, { ...command.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8' }),
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
      windowsHide: true,
    });
    options.debug?.(
      `hidden tests: ${[command.file, ...command.args].join(' ')} (pid ${child.pid ?? 'none'}, cwd ${dirname(options.solutionPath)})`,
    );
    let current: HiddenCase | undefined;
    let caseTimer: NodeJS.Timeout | undefined;
    let stopReason: CaseResult | undefined;
    const byName = new Map(pending.map((testCase) => [testCase.name, testCase]));

    const stop = (result: CaseResult) => {
      stopReason ??= result;
      killTree(child);
    };
    const suiteTimer = setTimeout(
      () => {
        if (current)
          stop({
            name: current.name,
            status: 'timeout',
            durationMs: 0,
            message: 'the suite time limit ran out during this case; the process was stopped',
          });
        else killTree(child);
      },
      Math.max(0, suiteDeadline - performance.now()),
    );
    const onAbort = () => killTree(child);
    options.signal?.addEventListener('abort', onAbort);

    child.stdout!.on('data', (chunk: Buffer) => onOutput(chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => onOutput(chunk.toString()));
    child.stdin!.on('error', () => undefined); // the child may exit before reading its job
    child.stdin!.end(JSON.stringify(job));

    const lines = createInterface({ input: child.stdio[3] as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      let event: HarnessEvent;
      try {
        event = JSON.parse(line) as HarnessEvent;
      } catch {
        return;
      }
      if (event.type === 'load-error') {
        attempt.loadError = { message: event.message, ...(event.line ? { line: event.line } : {}) };
      } else if (event.type === 'start') {
        current = byName.get(event.name);
        options.onCaseStart?.(event.name);
        const startedAt = performance.now();
        caseTimer = setTimeout(
          () =>
            stop({
              name: event.name,
              status: 'timeout',
              durationMs: Math.round(performance.now() - startedAt),
              message: `did not finish within ${suite.timeoutMs} ms (an infinite loop?); the process was stopped`,
            }),
          suite.timeoutMs,
        );
      } else if (event.type === 'done') {
        clearTimeout(caseTimer);
        const testCase = byName.get(event.name);
        if (!testCase) return;
        current = undefined;
        const result = judge(testCase, suite, event, language);
        attempt.results.push(result);
        report(result);
      }
    });

    let spawnError: Error | undefined;
    child.on('error', (error) => (spawnError = error));
    child.on('close', (code, signal) => {
      options.debug?.(`hidden tests: pid ${child.pid ?? 'none'} exited with ${signal ? `signal ${signal}` : `code ${code}`}`);
      clearTimeout(caseTimer);
      clearTimeout(suiteTimer);
      options.signal?.removeEventListener('abort', onAbort);
      if (spawnError) {
        const missingPython = language === 'py' && (spawnError as NodeJS.ErrnoException).code === 'ENOENT';
        attempt.loadError = {
          message: missingPython
            ? `Python was not found ("${command.file}"). Install Python 3, or set aiInterviewStudio.pythonPath to its path.`
            : `could not start ${command.file}: ${spawnError.message}`,
        };
      } else if (!attempt.loadError && attempt.results.length < pending.length) {
        const name = current?.name ?? pending[attempt.results.length]!.name;
        const result: CaseResult = stopReason ?? {
          name,
          status: 'error',
          durationMs: 0,
          message: options.signal?.aborted
            ? 'the run was cancelled'
            : `the process exited (${signal ?? `code ${code}`}) during this case; out of memory or an explicit exit?`,
        };
        attempt.results.push(result);
        report(result);
        if (performance.now() >= suiteDeadline || options.signal?.aborted) {
          // Nothing more will run: account for every remaining case.
          for (const testCase of pending.slice(attempt.results.length)) {
            const skipped: CaseResult = {
              name: testCase.name,
              status: options.signal?.aborted ? 'error' : 'timeout',
              durationMs: 0,
              message: options.signal?.aborted ? 'the run was cancelled' : 'not run: the suite time limit ran out',
            };
            attempt.results.push(skipped);
            report(skipped);
          }
        }
      }
      resolve(attempt);
    });
  });
}

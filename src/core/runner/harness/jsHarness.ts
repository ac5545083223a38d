// Runs in the child process (the editor's own Node, ELECTRON_RUN_AS_NODE=1). Reads one
// HarnessJob on stdin, loads the transpiled solution, runs each case and reports events as
// JSON lines on fd 3, so that whatever the solution prints on stdout cannot corrupt them.
import { appendFileSync, readFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { compileFunction } from 'node:vm';
import type { HarnessError, HarnessEvent, HarnessJob } from '../types';

const EVENTS_FD = 3;

/**
 * Writes synchronously: a 'start' event must reach the parent before a case that never
 * yields (an infinite loop) runs. The pipe may be non-blocking, so retry on EAGAIN.
 */
function emit(event: HarnessEvent): void {
  // Under a debugger the harness is launched by the debug adapter: no fd 3, so events go to a file.
  if (process.env.AIS_EVENTS_FILE) {
    appendFileSync(process.env.AIS_EVENTS_FILE, `${JSON.stringify(event)}\n`);
    return;
  }
  const json = JSON.stringify(event, (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value));
  let data = Buffer.from(`${json}\n`);
  while (data.length) {
    try {
      data = data.subarray(writeSync(EVENTS_FD, data));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

function lineIn(error: unknown, file: string): number | undefined {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}:(\\d+)`).exec(stack);
  return match ? Number(match[1]) : undefined;
}

function describe(error: unknown, file: string): HarnessError {
  if (error instanceof Error) {
    const result: HarnessError = { type: error.name, message: error.message };
    const line = lineIn(error, file);
    if (line !== undefined) result.line = line;
    return result;
  }
  return { type: typeof error, message: `threw a non-Error value: ${String(error)}` };
}

function findExport(moduleExports: any, entry: string): unknown {
  if (moduleExports && typeof moduleExports === 'object' && entry in moduleExports) return moduleExports[entry];
  if (moduleExports?.default && typeof moduleExports.default === 'object' && entry in moduleExports.default) {
    return moduleExports.default[entry];
  }
  if (typeof moduleExports === 'function' && moduleExports.name === entry) return moduleExports;
  return undefined;
}

/** The name of the first argument that no longer equals the pristine copy from the job. */
function modifiedArgument(job: HarnessJob, pristine: unknown[], args: unknown[]): string | undefined {
  if (!job.params) return undefined;
  const index = args.findIndex((arg, i) => !isDeepStrictEqual(arg, pristine[i]));
  return index < 0 ? undefined : (job.params[index] ?? `argument ${index + 1}`);
}

/**
 * Compiles the transpiled solution under the user's own file name (as Node's CommonJS loader
 * would, but without resolving symlinks), so a debugger's breakpoints on that path bind as the
 * code is compiled.
 */
function loadAs(compiledPath: string, fileName: string): unknown {
  const wrapper = compileFunction(readFileSync(compiledPath, 'utf8'), ['exports', 'require', 'module', '__filename', '__dirname'], {
    filename: fileName,
  });
  const module = { exports: {} as unknown };
  wrapper(module.exports, createRequire(fileName), module, fileName, dirname(fileName));
  return module.exports;
}

async function main(): Promise<void> {
  const job = JSON.parse(readFileSync(process.env.AIS_JOB_FILE ?? 0, 'utf8')) as HarnessJob;
  let target: unknown;
  try {
    // The solution and driver are only known at run time, so they are loaded with require.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    target = findExport(job.loadAs ? loadAs(job.solutionPath, job.loadAs) : require(job.solutionPath), job.entry);
  } catch (error) {
    const info = describe(error, job.loadAs ?? job.solutionPath);
    emit({ type: 'load-error', message: `${info.type}: ${info.message}`, ...(info.line ? { line: info.line } : {}) });
    return;
  }
  if (typeof target !== 'function') {
    emit({
      type: 'load-error',
      message: `\`${job.entry}\` is not exported. Define it and export it: \`export function ${job.entry}(...)\` (or \`export class\`), or \`module.exports = { ${job.entry} }\`.`,
    });
    return;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const driver = job.driverPath ? (require(job.driverPath) as { run(target: unknown, args: unknown[]): unknown }) : undefined;
  emit({ type: 'loaded' });
  for (const testCase of job.cases) {
    emit({ type: 'start', name: testCase.name });
    const started = performance.now();
    try {
      const args = structuredClone(testCase.args);
      const value = await (driver ? driver.run(target, args) : (target as (...a: unknown[]) => unknown)(...args));
      const durationMs = performance.now() - started;
      // testCase.args is never handed out, so it is the pristine copy to compare with.
      const modified = modifiedArgument(job, testCase.args, args);
      emit({
        type: 'done',
        name: testCase.name,
        ok: true,
        value: value === undefined ? null : value,
        durationMs,
        ...(modified ? { modified } : {}),
      });
    } catch (error) {
      emit({
        type: 'done',
        name: testCase.name,
        ok: false,
        error: describe(error, job.loadAs ?? job.solutionPath),
        durationMs: performance.now() - started,
      });
    }
  }
}

main()
  .catch((error: unknown) => emit({ type: 'load-error', message: `harness failure: ${String(error)}` }))
  .finally(() => process.exit(0));

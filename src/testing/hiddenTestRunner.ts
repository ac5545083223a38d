import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import type { CodingProblem } from '../core/catalog/types';
import { loadHiddenSuite } from '../core/problems/problemFiles';
import { prepareDebugRun, runHiddenTests, suiteResult } from '../core/runner/runSolution';
import type { CaseResult, SuiteResult } from '../core/runner/types';
import { failureText } from '../core/runner/failureInput';
import { log } from '../log';
import type { ProblemProgressStore } from '../problems/progressStore';
import type { HiddenTestDiscovery, TrackedFile } from './hiddenTestDiscovery';

/**
 * A wrong answer's messages: the expected/actual diff (its peek shows only the reason as a
 * title), then the input that reproduces the case as a message of its own, shown in full.
 */
function failureMessages(result: CaseResult, location: vscode.Location | undefined): vscode.TestMessage[] {
  if (!('expected' in result)) return [located(new vscode.TestMessage(failureText(result, 'wrong answer')), location)];
  const diff = vscode.TestMessage.diff(result.message ?? 'wrong answer', pretty(result.expected), pretty(result.actual));
  const input = result.input
    ? [located(new vscode.TestMessage(failureText({ message: 'The input of this case', input: result.input }, '')), location)]
    : [];
  return [located(diff, location), ...input];
}

function located(message: vscode.TestMessage, location: vscode.Location | undefined): vscode.TestMessage {
  message.location = location;
  return message;
}

export type RunMode = 'run' | 'debug';

const PYTHON_DEBUGGER = 'ms-python.debugpy';
const PYTHON_DEBUGGER_MISSING =
  'Debugging Python hidden tests needs the Python Debugger extension (ms-python.debugpy). Install it, or use Run hidden tests.';

const pretty = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value, null, 2) ?? String(value)));

/**
 * Runs a test request with the core runner (or under the JavaScript debugger), streaming
 * each case's result into the Test Explorer and recording full runs in the study file.
 */
export class HiddenTestRunner {
  constructor(
    private readonly controller: vscode.TestController,
    private readonly discovery: HiddenTestDiscovery,
    private readonly harnessDir: string,
    private readonly progress: ProblemProgressStore,
  ) {}

  async run(request: vscode.TestRunRequest, token: vscode.CancellationToken, mode: RunMode = 'run'): Promise<SuiteResult[]> {
    const run = this.controller.createTestRun(request);
    const excluded = new Set(request.exclude ?? []);
    // Which cases of which file: a file item means all its cases.
    const plan = new Map<TrackedFile, Set<string> | undefined>();
    for (const item of request.include ?? this.discovery.all().map((file) => file.item)) {
      if (excluded.has(item)) continue;
      const file = this.discovery.fileOf(item);
      if (!file) continue;
      const wholeFileQueued = plan.has(file) && plan.get(file) === undefined;
      if (!item.parent) plan.set(file, undefined);
      else if (!wholeFileQueued) plan.set(file, new Set([...(plan.get(file) ?? []), item.label]));
    }
    const results: SuiteResult[] = [];
    try {
      for (const [file, only] of plan) {
        if (token.isCancellationRequested) break;
        const result = await this.runTrackedFile(run, file, only, excluded, token, mode);
        if (result) results.push(result);
      }
    } finally {
      run.end();
    }
    return results;
  }

  private async runTrackedFile(
    run: vscode.TestRun,
    file: TrackedFile,
    only: Set<string> | undefined,
    excluded: Set<vscode.TestItem>,
    token: vscode.CancellationToken,
    mode: RunMode,
  ): Promise<SuiteResult | undefined> {
    const cases = new Map<string, vscode.TestItem>();
    file.item.children.forEach((child) => {
      if (!excluded.has(child) && (!only || only.has(child.label))) cases.set(child.label, child);
    });
    const fileLocation = (line?: number) =>
      new vscode.Location(file.item.uri!, line !== undefined ? new vscode.Position(line - 1, 0) : file.item.range!.start);
    if (!vscode.workspace.isTrusted) {
      const message = new vscode.TestMessage('Running hidden tests executes your code. Trust this workspace to run them.');
      for (const item of cases.values()) run.errored(item, message);
      return undefined;
    }
    const document = vscode.workspace.textDocuments.find((open) => open.uri.toString() === file.item.uri!.toString());
    if (document?.isDirty) await document.save();
    for (const item of cases.values()) run.enqueued(item);

    const abort = new AbortController();
    const subscription = token.onCancellationRequested(() => abort.abort());
    const report = (result: CaseResult) => {
      const item = cases.get(result.name);
      if (!item) return;
      const location = fileLocation(result.line);
      if (result.status === 'passed') return run.passed(item, result.durationMs);
      if (result.status === 'failed') return run.failed(item, failureMessages(result, location), result.durationMs);
      const message = new vscode.TestMessage(failureText(result, result.status));
      message.location = location;
      run.errored(item, message, result.durationMs);
    };
    const config = vscode.workspace.getConfiguration('aiInterviewStudio');
    const wasSolved = this.progress.stateOf(file.problem.id) === 'solved';
    const subset = only || cases.size < file.item.children.size ? { only: [...cases.keys()] } : {};
    try {
      const result =
        mode === 'debug'
          ? await this.debugCases(file, subset, run, cases, report, token)
          : await runHiddenTests({
              problem: file.problem,
              suite: loadHiddenSuite(file.problem),
              solutionPath: file.item.uri!.fsPath,
              language: file.language,
              harnessDir: this.harnessDir,
              pythonPath: config.get<string>('pythonPath') || 'python3',
              ...subset,
              onCaseStart: (name) => {
                const item = cases.get(name);
                if (item) run.started(item);
              },
              onCaseResult: report,
              signal: abort.signal,
              debug: (message) => log.debug(message),
            });
      if (result.output) run.appendOutput(result.output.replace(/\r?\n/g, '\r\n'), undefined, file.item);
      if (result.total === file.item.children.size) {
        this.progress.record(file.problem.id, {
          at: Date.now(),
          language: file.language,
          passed: result.passed,
          total: result.total,
        });
        if (!wasSolved && result.failed === 0) void this.offerEditorial(file.problem, result.total);
      }
      return result;
    } catch (error) {
      // A run that could not start (no debugger, say): every case errs with the reason, in the
      // Test Explorer and in the result the commands return.
      const message = error instanceof Error ? error.message : String(error);
      const results = [...cases.keys()].map((name): CaseResult => ({ name, status: 'error', durationMs: 0, message }));
      results.forEach(report);
      return suiteResult(file.problem.id, file.language, results, 0);
    } finally {
      subscription.dispose();
    }
  }

  /**
   * Runs the cases under a debugger (VS Code's JavaScript debugger, or debugpy for Python) so that
   * the user's breakpoints bind; results are judged once the session ends (no time limits).
   */
  private async debugCases(
    file: TrackedFile,
    subset: { only?: string[] },
    run: vscode.TestRun,
    cases: Map<string, vscode.TestItem>,
    report: (result: CaseResult) => void,
    token: vscode.CancellationToken,
  ): Promise<SuiteResult> {
    if (file.language === 'py' && !vscode.extensions.getExtension(PYTHON_DEBUGGER)) {
      void vscode.window
        .showWarningMessage(PYTHON_DEBUGGER_MISSING, 'Show Python Debugger')
        .then((choice) => choice && vscode.commands.executeCommand('workbench.extensions.search', PYTHON_DEBUGGER));
      throw new Error(PYTHON_DEBUGGER_MISSING);
    }
    const started = Date.now();
    const pythonPath = vscode.workspace.getConfiguration('aiInterviewStudio').get<string>('pythonPath') || 'python3';
    const prepared = prepareDebugRun({
      problem: file.problem,
      suite: loadHiddenSuite(file.problem),
      solutionPath: file.item.uri!.fsPath,
      language: file.language,
      harnessDir: this.harnessDir,
      ...subset,
    });
    const name = `Hidden tests: ${file.problem.title}`;
    // Names repeat from run to run (and child sessions outlive their parent a little): this run's
    // session is the top-level one carrying this id.
    const runId = randomUUID();
    let session: vscode.DebugSession | undefined;
    const ended = new Promise<void>((resolve) => {
      const subscriptions = [
        vscode.debug.onDidStartDebugSession((candidate) => {
          if (candidate.configuration.aisDebugRunId === runId && !candidate.parentSession) session ??= candidate;
        }),
        vscode.debug.onDidTerminateDebugSession((candidate) => {
          if (!session || candidate.id !== session.id) return;
          for (const subscription of subscriptions) subscription.dispose();
          resolve();
        }),
      ];
    });
    for (const item of cases.values()) run.started(item);
    const common = {
      request: 'launch',
      name,
      aisDebugRunId: runId,
      program: prepared.program,
      env: prepared.env,
      cwd: dirname(file.item.uri!.fsPath),
    };
    const configuration: vscode.DebugConfiguration =
      file.language === 'py'
        ? { ...common, type: 'debugpy', python: pythonPath, console: 'internalConsole', justMyCode: true }
        : {
            ...common,
            type: 'node',
            runtimeExecutable: process.execPath,
            console: 'internalConsole',
            // The harness compiles the transpiled solution under the user's own path with its lines
            // kept: breakpoints bind by path as V8 compiles it. Its content differs from the file on
            // disk (types and imports rewritten), which must not make the debugger show a copy instead.
            sourceMaps: false,
            enableContentValidation: false,
            skipFiles: ['<node_internals>/**', `${this.harnessDir}/**`],
          };
    const launched = await vscode.debug.startDebugging(vscode.workspace.getWorkspaceFolder(file.item.uri!), configuration, {
      testRun: run,
    });
    if (!launched) {
      prepared.finish();
      throw new Error(file.language === 'py' ? 'The Python debugger could not start.' : 'The JavaScript debugger could not start.');
    }
    // Stop only this session: stopDebugging(undefined) would stop every session.
    const cancel = token.onCancellationRequested(() => session && void vscode.debug.stopDebugging(session));
    await ended;
    cancel.dispose();
    const results = prepared.finish();
    results.forEach(report);
    return suiteResult(file.problem.id, file.language, results, Date.now() - started);
  }

  private async offerEditorial(problem: CodingProblem, total: number): Promise<void> {
    const choice = await vscode.window.showInformationMessage(
      `${problem.title}: all ${total} hidden tests pass. Read the editorial and the interviewer's follow-ups?`,
      'Show Editorial',
    );
    if (choice) await vscode.commands.executeCommand('aiInterviewStudio.showEditorial', problem.id);
  }
}

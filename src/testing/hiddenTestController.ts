import * as vscode from 'vscode';
import type { Catalog, CodingProblem, Language } from '../core/catalog/types';
import { detectProblemId, LANGUAGES, languageOf, loadHiddenSuite } from '../core/problems/problemFiles';
import { prepareDebugRun, runHiddenTests } from '../core/runner/runSolution';
import type { CaseResult, SuiteResult } from '../core/runner/types';
import type { ProblemProgressStore } from '../problems/progressStore';

interface TrackedFile {
  item: vscode.TestItem;
  problem: CodingProblem;
  language: Language;
}

const SOURCE_GLOB = '**/*.{ts,mts,cts,js,mjs,cjs,py}';
const EXCLUDE_GLOB = '**/{node_modules,.git,dist,out,.venv,venv,__pycache__}/**';

/** Line of the function or class the problem asks for, so messages point at it. */
function entryLine(text: string, problem: CodingProblem, language: Language): number {
  const entry = language === 'py' ? problem.entry.py : problem.entry.js;
  const pattern = new RegExp(`^[ \\t]*(export[ \\t]+)?(async[ \\t]+)?(function\\*?|class|def|const|let|var)[ \\t]+${entry}\\b`, 'm');
  const match = pattern.exec(text);
  return match ? text.slice(0, match.index).split('\n').length - 1 : 0;
}

const pretty = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value, null, 2) ?? String(value)));

/**
 * Puts every scaffolded problem file in the Test Explorer, one child per hidden case, and
 * runs them with the core runner, streaming results as each case finishes.
 */
export class HiddenTestController implements vscode.Disposable {
  readonly controller = vscode.tests.createTestController('aiInterviewStudio.hiddenTests', 'AI Interview Studio');
  private readonly files = new Map<string, TrackedFile>();
  private readonly continuous = new Set<vscode.TestRunRequest>();
  private readonly disposables: vscode.Disposable[] = [this.controller];
  private readonly runProfile: vscode.TestRunProfile;
  private readonly debugProfile: vscode.TestRunProfile;

  constructor(
    private readonly catalog: Catalog,
    private readonly harnessDir: string,
    private readonly progress: ProblemProgressStore,
  ) {
    this.runProfile = this.controller.createRunProfile(
      'Run hidden tests',
      vscode.TestRunProfileKind.Run,
      (request, token) => this.handleRun(request, token),
      true,
      undefined,
      true,
    );
    this.debugProfile = this.controller.createRunProfile(
      'Debug hidden tests',
      vscode.TestRunProfileKind.Debug,
      (request, token) => void this.runRequest(request, token, 'debug'),
      true,
    );
    this.controller.resolveHandler = async (item) => {
      if (!item) await this.discoverWorkspace();
    };
    this.controller.refreshHandler = () => this.discoverWorkspace();
    const watcher = vscode.workspace.createFileSystemWatcher(SOURCE_GLOB);
    this.disposables.push(
      this.runProfile,
      this.debugProfile,
      watcher,
      watcher.onDidCreate((uri) => this.syncFile(uri)),
      watcher.onDidChange((uri) => this.syncFile(uri)),
      watcher.onDidDelete((uri) => this.forget(uri)),
      vscode.workspace.onDidOpenTextDocument((document) => this.syncDocument(document.uri, document.getText())),
      vscode.workspace.onDidChangeTextDocument(({ document }) => this.syncDocument(document.uri, document.getText())),
      vscode.workspace.onDidSaveTextDocument((document) => this.onSaved(document)),
    );
    for (const document of vscode.workspace.textDocuments) this.syncDocument(document.uri, document.getText());
  }

  /** The test item of a scaffolded file, discovering it first if needed. */
  async itemFor(uri: vscode.Uri): Promise<vscode.TestItem | undefined> {
    if (!this.files.has(uri.toString())) await this.syncFile(uri);
    return this.files.get(uri.toString())?.item;
  }

  /** Runs (or debugs) the hidden tests of one file, as the CodeLens and the commands do. */
  async runFile(uri: vscode.Uri, mode: 'run' | 'debug' = 'run', token?: vscode.CancellationToken): Promise<SuiteResult | undefined> {
    const item = await this.itemFor(uri);
    if (!item) return undefined;
    const profile = mode === 'debug' ? this.debugProfile : this.runProfile;
    const results = await this.runRequest(
      new vscode.TestRunRequest([item], undefined, profile),
      token ?? new vscode.CancellationTokenSource().token,
      mode,
    );
    return results[0];
  }

  private async discoverWorkspace(): Promise<void> {
    const uris = await vscode.workspace.findFiles(SOURCE_GLOB, EXCLUDE_GLOB, 5_000);
    await Promise.all(uris.map((uri) => this.syncFile(uri)));
  }

  private async syncFile(uri: vscode.Uri): Promise<void> {
    if (!languageOf(uri.path)) return;
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (open) return this.syncDocument(uri, open.getText());
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      this.syncDocument(uri, new TextDecoder().decode(bytes.subarray(0, 4_096)));
    } catch {
      this.forget(uri);
    }
  }

  private syncDocument(uri: vscode.Uri, text: string): void {
    if (uri.scheme !== 'file') return;
    const language = languageOf(uri.path);
    const id = language && detectProblemId(text);
    const item = id ? this.catalog.find(id) : undefined;
    if (!language || item?.kind !== 'coding') return this.forget(uri);
    const key = uri.toString();
    const known = this.files.get(key);
    const line = entryLine(text, item, language);
    const range = new vscode.Range(line, 0, line, 0);
    if (known && known.problem.id === item.id && known.language === language) {
      known.item.range = range;
      return;
    }
    const fileItem = this.controller.createTestItem(key, item.title, uri);
    fileItem.description = `${LANGUAGES[language].label} · ${vscode.workspace.asRelativePath(uri)}`;
    fileItem.range = range;
    fileItem.tags = [new vscode.TestTag(item.category)];
    loadHiddenSuite(item).cases.forEach((testCase, index) => {
      const caseItem = this.controller.createTestItem(`${key}::${testCase.name}`, testCase.name, uri);
      caseItem.sortText = String(index).padStart(4, '0'); // keep the suite's order: simple cases first
      fileItem.children.add(caseItem);
    });
    this.controller.items.add(fileItem);
    this.files.set(key, { item: fileItem, problem: item, language });
    this.publishProblemFiles();
  }

  private forget(uri: vscode.Uri): void {
    if (!this.files.delete(uri.toString())) return;
    this.controller.items.delete(uri.toString());
    this.publishProblemFiles();
  }

  /** Lets menus (the editor's run button) show only on problem files. */
  private publishProblemFiles(): void {
    const paths = [...this.files.values()].map((file) => file.item.uri!.path);
    void vscode.commands.executeCommand('setContext', 'aiInterviewStudio.problemFiles', paths);
  }

  private async onSaved(document: vscode.TextDocument): Promise<void> {
    const tracked = this.files.get(document.uri.toString());
    if (!tracked) return;
    const covered = (request: vscode.TestRunRequest) =>
      !request.include || request.include.some((item) => item === tracked.item || item.parent === tracked.item);
    const runOnSave = vscode.workspace.getConfiguration('aiInterviewStudio').get<boolean>('runOnSave', false);
    if (runOnSave || [...this.continuous].some(covered)) await this.runFile(document.uri);
  }

  private async handleRun(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    if (request.continuous) {
      // Continuous mode: re-run on every save until the user turns it off.
      this.continuous.add(request);
      token.onCancellationRequested(() => this.continuous.delete(request));
      return;
    }
    await this.runRequest(request, token);
  }

  private async runRequest(
    request: vscode.TestRunRequest,
    token: vscode.CancellationToken,
    mode: 'run' | 'debug' = 'run',
  ): Promise<SuiteResult[]> {
    const run = this.controller.createTestRun(request);
    const excluded = new Set(request.exclude ?? []);
    // Which cases of which file: a file item means all its cases.
    const plan = new Map<TrackedFile, Set<string> | undefined>();
    for (const item of request.include ?? [...this.files.values()].map((file) => file.item)) {
      if (excluded.has(item)) continue;
      const file = this.files.get((item.parent ?? item).id);
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
    mode: 'run' | 'debug',
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
      if (result.status === 'failed') {
        const message =
          'expected' in result
            ? vscode.TestMessage.diff(result.message ?? 'wrong answer', pretty(result.expected), pretty(result.actual))
            : new vscode.TestMessage(result.message ?? 'wrong answer');
        message.location = location;
        return run.failed(item, message, result.durationMs);
      }
      const message = new vscode.TestMessage(result.message ?? result.status);
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
            });
      if (result.output) run.appendOutput(result.output.replace(/\r?\n/g, '\r\n'), undefined, file.item);
      if (result.total === file.item.children.size) {
        await this.progress.record(file.problem.id, {
          at: Date.now(),
          language: file.language,
          passed: result.passed,
          total: result.total,
        });
        if (!wasSolved && result.failed === 0) void this.offerEditorial(file.problem, result.total);
      }
      return result;
    } catch (error) {
      const message = new vscode.TestMessage(error instanceof Error ? error.message : String(error));
      for (const item of cases.values()) run.errored(item, message);
      return undefined;
    } finally {
      subscription.dispose();
    }
  }

  /**
   * Runs the cases under VS Code's JavaScript debugger: breakpoints in the user's TS/JS file
   * bind through a source map; results are judged once the session ends (no time limits).
   */
  private async debugCases(
    file: TrackedFile,
    subset: { only?: string[] },
    run: vscode.TestRun,
    cases: Map<string, vscode.TestItem>,
    report: (result: CaseResult) => void,
    token: vscode.CancellationToken,
  ): Promise<SuiteResult> {
    if (file.language === 'py') throw new Error('Debugging hidden tests works for TypeScript and JavaScript; use Run for Python.');
    const started = Date.now();
    const prepared = prepareDebugRun({
      problem: file.problem,
      suite: loadHiddenSuite(file.problem),
      solutionPath: file.item.uri!.fsPath,
      language: file.language,
      harnessDir: this.harnessDir,
      ...subset,
    });
    const name = `Hidden tests: ${file.problem.title}`;
    let session: vscode.DebugSession | undefined;
    const ended = new Promise<void>((resolve) => {
      const subscriptions = [
        vscode.debug.onDidStartDebugSession((candidate) => {
          if (candidate.name === name) session ??= candidate;
        }),
        vscode.debug.onDidTerminateDebugSession((candidate) => {
          if (candidate.name !== name) return;
          for (const subscription of subscriptions) subscription.dispose();
          resolve();
        }),
      ];
    });
    for (const item of cases.values()) run.started(item);
    const launched = await vscode.debug.startDebugging(
      vscode.workspace.getWorkspaceFolder(file.item.uri!),
      {
        type: 'node',
        request: 'launch',
        name,
        program: prepared.program,
        runtimeExecutable: process.execPath,
        env: prepared.env,
        cwd: vscode.Uri.joinPath(file.item.uri!, '..').fsPath,
        console: 'internalConsole',
        sourceMaps: true,
        skipFiles: ['<node_internals>/**', `${this.harnessDir}/**`],
      },
      { testRun: run },
    );
    if (!launched) {
      prepared.finish();
      throw new Error('The JavaScript debugger could not start.');
    }
    // Stop only this session: stopDebugging(undefined) would stop every session.
    const cancel = token.onCancellationRequested(() => session && void vscode.debug.stopDebugging(session));
    await ended;
    cancel.dispose();
    const results = prepared.finish();
    results.forEach(report);
    const passed = results.filter((result) => result.status === 'passed').length;
    return {
      problem: file.problem.id,
      language: file.language,
      passed,
      failed: results.length - passed,
      total: results.length,
      durationMs: Date.now() - started,
      cases: results,
      output: '',
    };
  }

  private async offerEditorial(problem: CodingProblem, total: number): Promise<void> {
    const choice = await vscode.window.showInformationMessage(
      `${problem.title}: all ${total} hidden tests pass. Read the editorial and the interviewer's follow-ups?`,
      'Show Editorial',
    );
    if (choice) await vscode.commands.executeCommand('aiInterviewStudio.showEditorial', problem.id);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

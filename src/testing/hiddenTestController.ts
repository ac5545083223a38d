import * as vscode from 'vscode';
import type { Catalog } from '../core/catalog/types';
import type { SuiteResult } from '../core/runner/types';
import { Disposable, registered } from '../disposable';
import type { ExtensionPaths } from '../extensionPaths';
import type { ProblemProgressStore } from '../problems/progressStore';
import { HiddenTestDiscovery } from './hiddenTestDiscovery';
import { HiddenTestRunner, type RunMode } from './hiddenTestRunner';
import { registerCommand } from '../userError';

/**
 * The hidden tests in the Test Explorer: a run and a debug profile, continuous run and run
 * on save, and the commands behind the CodeLens and the editor's run button. Discovery
 * (which files are problems) and running (executing and reporting) live beside it.
 */
export class HiddenTestController extends Disposable {
  readonly controller: vscode.TestController;
  private readonly discovery: HiddenTestDiscovery;
  private readonly runner: HiddenTestRunner;
  private readonly continuous = new Set<vscode.TestRunRequest>();
  private readonly runProfile: vscode.TestRunProfile;
  private readonly debugProfile: vscode.TestRunProfile;

  static register(context: vscode.ExtensionContext, deps: { catalog: Catalog; paths: ExtensionPaths; progress: ProblemProgressStore }) {
    return registered(context, new HiddenTestController(deps.catalog, deps.paths.harnessDir, deps.progress));
  }

  private constructor(catalog: Catalog, harnessDir: string, progress: ProblemProgressStore) {
    super();
    this.controller = this.own(vscode.tests.createTestController('aiInterviewStudio.hiddenTests', 'AI Interview Studio'));
    this.discovery = this.own(new HiddenTestDiscovery(this.controller, catalog));
    this.runner = new HiddenTestRunner(this.controller, this.discovery, harnessDir, progress);
    this.runProfile = this.own(
      this.controller.createRunProfile(
        'Run hidden tests',
        vscode.TestRunProfileKind.Run,
        (request, token) => this.handleRun(request, token),
        true,
        undefined,
        true,
      ),
    );
    this.debugProfile = this.own(
      this.controller.createRunProfile(
        'Debug hidden tests',
        vscode.TestRunProfileKind.Debug,
        (request, token) => void this.runner.run(request, token, 'debug'),
        true,
      ),
    );
    this.own(
      vscode.workspace.onDidSaveTextDocument((document) => this.onSaved(document)),
      registerCommand('aiInterviewStudio.runHiddenTests', async (uri?: vscode.Uri) => {
        const target = uri ?? vscode.window.activeTextEditor?.document.uri;
        const result = target && (await this.runFile(target));
        if (!result)
          void vscode.window.showWarningMessage(
            'This file is not an AI Interview Studio problem (no "ai-interview-studio problem:" header).',
          );
        return result;
      }),
      registerCommand('aiInterviewStudio.debugHiddenTests', async (uri?: vscode.Uri) => {
        const target = uri ?? vscode.window.activeTextEditor?.document.uri;
        return target && this.runFile(target, 'debug');
      }),
    );
  }

  /** The test item of a scaffolded file, discovering it first if needed. */
  itemFor(uri: vscode.Uri): Promise<vscode.TestItem | undefined> {
    return this.discovery.itemFor(uri);
  }

  /** Runs (or debugs) the hidden tests of one file, as the CodeLens and the commands do. */
  async runFile(uri: vscode.Uri, mode: RunMode = 'run', token?: vscode.CancellationToken): Promise<SuiteResult | undefined> {
    const item = await this.itemFor(uri);
    if (!item) return undefined;
    const profile = mode === 'debug' ? this.debugProfile : this.runProfile;
    const results = await this.runner.run(
      new vscode.TestRunRequest([item], undefined, profile),
      token ?? new vscode.CancellationTokenSource().token,
      mode,
    );
    return results[0];
  }

  private async onSaved(document: vscode.TextDocument): Promise<void> {
    const tracked = this.discovery.trackedAt(document.uri);
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
    await this.runner.run(request, token);
  }
}

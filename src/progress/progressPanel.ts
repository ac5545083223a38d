import * as vscode from 'vscode';
import type { Catalog } from '../core/catalog/types';
import type { StudyStore } from '../core/progress/studyStore';
import { progressSummary } from '../core/progress/summary';
import { isProgressToHost, type HostToProgress } from '../protocol/progress';
import { Disposable, registered } from '../disposable';
import type { ExtensionPaths } from '../extensionPaths';
import { webviewPage } from '../webviewPage';
import { registerCommand } from '../userError';
import { log } from '../log';

const BODY = `
  <h1>Your practice</h1>
  <div class="tiles">
    <div class="tile"><div class="value" id="streak"></div><div class="label">day streak</div></div>
    <div class="tile"><div class="value" id="active-days"></div><div class="label">active days</div></div>
    <div class="tile"><div class="value" id="cards-due"></div><div class="label">cards to review today</div></div>
    <div class="tile"><div class="value" id="cards-learned"></div><div class="label">cards learned</div></div>
    <div class="tile"><div class="value" id="designs-attempted"></div><div class="label">designs attempted</div></div>
    <div class="tile"><div class="value" id="mock-interviews"></div><div class="label" id="mock-minutes"></div></div>
  </div>
  <h2>Coding problems solved</h2><div id="problems"></div>
  <h2>Critique coverage over time</h2><div id="coverage"></div>
  <h2>Recent hidden-test runs</h2>
  <table><tbody id="runs"></tbody></table><p id="runs-empty" class="empty">No runs yet: start a coding problem from the sidebar.</p>
  <div class="actions">
    <vscode-button id="review">Review due cards</vscode-button>
    <vscode-button id="export" secondary>Export progress...</vscode-button>
    <vscode-button id="import" secondary>Import progress...</vscode-button>
  </div>`;

/** The progress webview, kept in step with the study file while it is open, and export/import of that file. */
export class ProgressPanel extends Disposable {
  private panel: vscode.WebviewPanel | undefined;

  static register(context: vscode.ExtensionContext, deps: { catalog: Catalog; study: StudyStore; paths: ExtensionPaths }) {
    return registered(context, new ProgressPanel(deps.catalog, deps.study, deps.paths.webviewRoot));
  }

  private constructor(
    private readonly catalog: Catalog,
    private readonly study: StudyStore,
    private readonly bundleRoot: vscode.Uri,
  ) {
    super();
    this.own(
      registerCommand('aiInterviewStudio.showProgress', () => this.show()),
      registerCommand('aiInterviewStudio.exportProgress', () => this.exportProgress()),
      registerCommand('aiInterviewStudio.importProgress', () => this.importProgress()),
      { dispose: () => this.panel?.dispose() },
    );
  }

  private async exportProgress(): Promise<void> {
    const target = await vscode.window.showSaveDialog({
      filters: { JSON: ['json'] },
      defaultUri: vscode.Uri.file('ai-interview-studio-progress.json'),
    });
    if (target) this.study.exportTo(target.fsPath);
  }

  /** Replaces the study file with an export; the change event refreshes the tree, lenses, badge and this panel. */
  private async importProgress(): Promise<void> {
    const [source] = (await vscode.window.showOpenDialog({ filters: { JSON: ['json'] }, canSelectMany: false })) ?? [];
    if (!source) return;
    try {
      this.study.importFrom(source.fsPath);
      void vscode.window.showInformationMessage('AI Interview Studio: progress imported.');
    } catch (error) {
      void vscode.window.showErrorMessage(`AI Interview Studio: ${(error as Error).message}. Nothing was changed.`);
    }
  }

  show(): void {
    if (this.panel) return this.panel.reveal();
    const panel = vscode.window.createWebviewPanel('aiInterviewStudio.progress', 'Interview progress', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [this.bundleRoot],
    });
    this.panel = panel;
    panel.webview.html = webviewPage({
      webview: panel.webview,
      bundleRoot: this.bundleRoot,
      name: 'progress',
      title: 'Interview progress',
      body: BODY,
    });
    const send = () =>
      void panel.webview.postMessage({
        type: 'summary',
        summary: progressSummary(this.study.snapshot, this.catalog, new Date()),
      } satisfies HostToProgress);
    const studyChanges = this.study.onChange(send);
    const messages = panel.webview.onDidReceiveMessage((message: unknown) => {
      if (!isProgressToHost(message)) return void log.warn('progress: ignored a malformed message', JSON.stringify(message));
      if (message.type === 'ready') return send();
      const commands = {
        export: 'aiInterviewStudio.exportProgress',
        import: 'aiInterviewStudio.importProgress',
        review: 'aiInterviewStudio.reviewDueCards',
      } as const;
      void vscode.commands.executeCommand(commands[message.command]);
    });
    panel.onDidDispose(() => {
      studyChanges.dispose();
      messages.dispose();
      this.panel = undefined;
    });
  }
}

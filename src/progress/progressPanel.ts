import * as vscode from 'vscode';
import type { Catalog } from '../core/catalog/types';
import type { StudyStore } from '../core/progress/studyStore';
import { progressSummary } from '../core/progress/summary';
import { isProgressToHost, type HostToProgress } from '../protocol/progress';
import { webviewPage } from '../webviewPage';

const BODY = `
  <h1>Your practice</h1>
  <div class="tiles">
    <div class="tile"><div class="value" id="streak"></div><div class="label">day streak</div></div>
    <div class="tile"><div class="value" id="active-days"></div><div class="label">active days</div></div>
    <div class="tile"><div class="value" id="cards-due"></div><div class="label">cards due</div></div>
    <div class="tile"><div class="value" id="cards-learned"></div><div class="label">cards learned</div></div>
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

/** The progress webview: kept in step with the study file while it is open. */
export class ProgressPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private stopListening: (() => void) | undefined;
  private readonly command: vscode.Disposable;

  constructor(
    private readonly catalog: Catalog,
    private readonly study: StudyStore,
    private readonly bundleRoot: vscode.Uri,
  ) {
    this.command = vscode.commands.registerCommand('aiInterviewStudio.showProgress', () => this.show());
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
    this.stopListening = this.study.onChange(send);
    panel.webview.onDidReceiveMessage((message: unknown) => {
      if (!isProgressToHost(message)) return void console.warn('progress: ignored a malformed message', message);
      if (message.type === 'ready') return send();
      const commands = {
        export: 'aiInterviewStudio.exportProgress',
        import: 'aiInterviewStudio.importProgress',
        review: 'aiInterviewStudio.reviewDueCards',
      } as const;
      void vscode.commands.executeCommand(commands[message.command]);
    });
    panel.onDidDispose(() => {
      this.stopListening?.();
      this.panel = undefined;
    });
  }

  dispose(): void {
    this.panel?.dispose();
    this.command.dispose();
  }
}

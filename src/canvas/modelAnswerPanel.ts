import * as vscode from 'vscode';
import type { DesignQuestion } from '../core/catalog/types';
import { loadCritic } from '../core/critique/loadCritic';
import { answerSections, compareWithModel } from '../core/design/modelAnswer';
import { Disposable, registered } from '../disposable';
import type { ExtensionPaths } from '../extensionPaths';
import type { AnswerComparisonView, HostToAnswer } from '../protocol/answer';
import { isAnswerToHost } from '../protocol/answer';
import { CANVAS_THEMES, type CanvasTheme } from '../protocol/canvas';
import { webviewPage } from '../webviewPage';
import { ZOOM_BUTTONS } from './canvasBody';

const BODY = `
  <header>
    <h1 id="title"></h1>
    <span class="badge" title="Nothing on this page edits a file">Read-only model answer</span>
    ${ZOOM_BUTTONS}
  </header>
  <div id="diagram"><div id="stage"><div id="viewport" aria-label="Model answer diagram"></div></div><div id="diagram-status"></div><div id="diagram-error" role="alert"></div></div>
  <main id="prose">
    <section><h2>Your diagram vs the model answer</h2><div id="comparison"></div></section>
    <div id="sections"></div>
  </main>`;

function themeOverride(): CanvasTheme | null {
  const value = vscode.workspace.getConfiguration('aiInterviewStudio').get<string>('canvas.theme', 'auto');
  return (CANVAS_THEMES as readonly string[]).includes(value) ? (value as CanvasTheme) : null;
}

/**
 * The model answer in its own full-width tab: the reference diagram, its prose and rubric,
 * and a concern-by-concern comparison with the user's diagram from the offline critic's
 * report on both. Read-only by construction: no document behind it, and the page sends
 * nothing but `ready`.
 */
export class ModelAnswerPanel extends Disposable {
  private readonly panels = new Map<string, vscode.WebviewPanel>();

  static register(context: vscode.ExtensionContext, deps: { paths: ExtensionPaths }): ModelAnswerPanel {
    return registered(context, new ModelAnswerPanel(deps.paths));
  }

  private constructor(private readonly paths: ExtensionPaths) {
    super();
    this.own({ dispose: () => [...this.panels.values()].forEach((panel) => panel.dispose()) });
  }

  /** The open model-answer tab of a design, for tests. */
  panelOf(designId: string): vscode.WebviewPanel | undefined {
    return this.panels.get(designId);
  }

  async show(design: DesignQuestion, yours: vscode.Uri | undefined): Promise<vscode.WebviewPanel> {
    const message = await this.view(design, yours);
    const open = this.panels.get(design.id);
    if (open) {
      open.reveal(vscode.ViewColumn.Active);
      void open.webview.postMessage(message);
      return open;
    }
    const panel = vscode.window.createWebviewPanel(
      'aiInterviewStudio.modelAnswer',
      `Model answer: ${design.title}`,
      vscode.ViewColumn.Active,
      {
        enableScripts: true,
        localResourceRoots: [this.paths.webviewRoot],
        retainContextWhenHidden: true,
      },
    );
    this.panels.set(design.id, panel);
    panel.webview.html = webviewPage({
      webview: panel.webview,
      bundleRoot: this.paths.webviewRoot,
      name: 'answer',
      title: 'Model answer',
      inlineStyles: true,
      images: true,
      codicons: true,
      body: BODY,
    });
    const subscription = panel.webview.onDidReceiveMessage((received: unknown) => {
      if (isAnswerToHost(received)) void panel.webview.postMessage(message);
    });
    panel.onDidDispose(() => {
      subscription.dispose();
      this.panels.delete(design.id);
    });
    return panel;
  }

  private async view(design: DesignQuestion, yours: vscode.Uri | undefined): Promise<HostToAnswer> {
    const base = {
      type: 'show' as const,
      title: design.title,
      diagram: design.modelAnswer,
      themeOverride: themeOverride(),
      sections: answerSections(design),
    };
    if (!yours)
      return { ...base, comparison: null, comparisonNote: 'Open your diagram for this design and use its Model answer button to compare.' };
    const critic = loadCritic(this.paths.bundleDir);
    const [mine, model] = await Promise.all([
      critic.critiqueSource((await vscode.workspace.openTextDocument(yours)).getText(), design),
      critic.critiqueSource(design.modelAnswer, design),
    ]);
    if ('error' in mine) {
      return {
        ...base,
        comparison: null,
        comparisonNote: `Your diagram has a syntax error${mine.error.line ? ` on line ${mine.error.line}` : ''}; fix it to compare.`,
      };
    }
    if ('error' in model) throw new Error(`the model answer for ${design.id} does not parse: ${model.error.message}`);
    const comparison = compareWithModel(mine.report, model.report);
    const labels = (nodes: { label: string }[]) => [...new Set(nodes.map((node) => node.label))];
    const view: AnswerComparisonView = {
      yoursPath: vscode.workspace.asRelativePath(yours),
      rows: comparison.rows.map(({ name, status }) => ({ name, status })),
      matched: comparison.matched,
      yourComponents: labels(mine.model.nodes),
      modelComponents: labels(model.model.nodes),
    };
    return { ...base, comparison: view, comparisonNote: '' };
  }
}

import * as vscode from 'vscode';
import type { Catalog, ConceptCard, DesignQuestion } from '../core/catalog/types';
import { relatedCards } from '../core/cards/reviewQueue';
import { CONCERN_CARD_TAGS } from '../core/critique/concerns';
import { loadCritic } from '../core/critique/loadCritic';
import { latestInterviewNotes, timeInPhases, type MockClock } from '../core/design/mockInterview';
import { CONCERN_NAMES } from '../core/design/modelAnswer';
import { Disposable, registered } from '../disposable';
import type { ExtensionPaths } from '../extensionPaths';
import { log } from '../log';
import { isDebriefToHost, type DebriefView, type HostToDebrief } from '../protocol/debrief';
import { webviewPage } from '../webviewPage';
import { notesUri, readNotes } from './notesFile';

const BODY = `
  <header><h1 id="title"></h1><p id="subtitle"></p></header>
  <div class="actions">
    <vscode-button id="model-answer">Open model answer</vscode-button>
    <vscode-button id="drill" secondary>Drill missed concepts</vscode-button>
  </div>
  <section><h2>Time per phase</h2><table id="phases"></table></section>
  <section><h2>Rubric coverage</h2><p id="coverage"></p><ul id="rubric" class="rubric"></ul></section>
  <section><h2>Critique</h2><ul id="findings" class="findings"></ul></section>
  <section><h2>Your notes</h2><p id="notes-path" class="note"></p><pre id="notes"></pre></section>`;

/** Cards per missed concern in the follow-up drill. */
const DRILL_CARDS_PER_CONCERN = 2;

/** What ended an interview, as the debrief needs it. */
export interface FinishedInterview {
  diagram: vscode.Uri;
  design: DesignQuestion | undefined;
  clock: MockClock;
  endedAt: number;
  endedBy: 'time' | 'stop';
}

/**
 * The debrief after a mock interview: time per phase, the notes written during it, the offline
 * critique of the diagram as it was at the end and the rubric's concerns covered or missed, with
 * the model answer and a drill of the cards about the missed concerns one click away.
 */
export class MockDebriefPanel extends Disposable {
  private open: { panel: vscode.WebviewPanel; view: DebriefView; drill: string[] } | undefined;
  private readonly cards: ConceptCard[];

  static register(context: vscode.ExtensionContext, deps: { paths: ExtensionPaths; catalog: Catalog }): MockDebriefPanel {
    return registered(context, new MockDebriefPanel(deps.paths, deps.catalog));
  }

  private constructor(
    private readonly paths: ExtensionPaths,
    catalog: Catalog,
  ) {
    super();
    this.cards = catalog.categories.flatMap((category) => category.items).filter((item): item is ConceptCard => item.kind === 'concept');
    this.own({ dispose: () => this.open?.panel.dispose() });
  }

  /** The open debrief: its page, what it shows and the cards its drill opens (for tests). */
  get shown(): { panel: vscode.WebviewPanel; view: DebriefView; drill: string[] } | undefined {
    return this.open;
  }

  async show(interview: FinishedInterview): Promise<vscode.WebviewPanel> {
    const { view, drill } = await this.debrief(interview);
    this.open?.panel.dispose();
    const panel = vscode.window.createWebviewPanel('aiInterviewStudio.mockDebrief', `Debrief: ${view.title}`, vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [this.paths.webviewRoot],
    });
    this.open = { panel, view, drill };
    panel.webview.html = webviewPage({
      webview: panel.webview,
      bundleRoot: this.paths.webviewRoot,
      name: 'debrief',
      title: 'Mock interview debrief',
      body: BODY,
    });
    const messages = panel.webview.onDidReceiveMessage((message: unknown) => {
      if (!isDebriefToHost(message)) return void log.warn('debrief: ignored a malformed message', JSON.stringify(message));
      if (message.type === 'ready') return void panel.webview.postMessage({ type: 'show', debrief: view } satisfies HostToDebrief);
      if (message.type === 'openModelAnswer')
        return void vscode.commands.executeCommand('aiInterviewStudio.showModelAnswer', interview.design?.id, interview.diagram);
      void vscode.commands.executeCommand('aiInterviewStudio.drillCards', drill);
    });
    panel.onDidDispose(() => {
      messages.dispose();
      if (this.open?.panel === panel) this.open = undefined;
    });
    return panel;
  }

  private async debrief(interview: FinishedInterview): Promise<{ view: DebriefView; drill: string[] }> {
    const { diagram, design } = interview;
    const document = await vscode.workspace.openTextDocument(diagram);
    const outcome = await loadCritic(this.paths.bundleDir).critiqueSource(document.getText(), design);
    const report = 'report' in outcome ? outcome.report : undefined;
    const covered = new Set(report?.covered ?? []);
    const missed = (report?.relevant ?? []).filter((concern) => !covered.has(concern));
    // A short drill: the first cards about each missed concern, not every card that shares a tag.
    const drill = [
      ...new Set(missed.flatMap((concern) => [...relatedCards(this.cards, CONCERN_CARD_TAGS[concern])].slice(0, DRILL_CARDS_PER_CONCERN))),
    ];
    const view: DebriefView = {
      title: design?.title ?? vscode.workspace.asRelativePath(diagram),
      diagramPath: vscode.workspace.asRelativePath(diagram),
      endedBy: interview.endedBy,
      phases: timeInPhases(interview.clock, interview.endedAt).map(({ phase, spentMs, plannedMs }) => ({
        title: phase.title,
        spentMs,
        plannedMs,
      })),
      notes: latestInterviewNotes(await readNotes(diagram)),
      notesPath: vscode.workspace.asRelativePath(notesUri(diagram)),
      critique: report
        ? {
            coverage: report.coverage,
            findings: report.findings.map(({ severity, title, evidence }) => ({ severity, title, evidence })),
          }
        : null,
      critiqueNote:
        'error' in outcome
          ? `The diagram has a syntax error${outcome.error.line ? ` on line ${outcome.error.line}` : ''}: ${outcome.error.message}`
          : '',
      rubric: (report?.relevant ?? []).map((concern) => ({ name: CONCERN_NAMES[concern], covered: covered.has(concern) })),
      hasModelAnswer: design !== undefined,
      drillCards: drill.length,
    };
    return { view, drill };
  }
}

import * as vscode from 'vscode';
import type { Catalog } from '../core/catalog/types';
import { CONCERNS, type ConcernId } from '../core/critique/concerns';
import { loadCritic } from '../core/critique/loadCritic';
import type { DiagramModel } from '../core/critique/diagram';
import { detectDesignId } from '../core/design/designFile';
import { findNodeLine, nodesOnLine } from '../core/design/palette';
import { wireComponent } from '../core/design/wireComponent';
import type { Finding } from '../core/critique/offlineCritic';
import type { DesignCanvasProvider } from '../canvas/designCanvasProvider';
import { withCritique } from '../core/progress/history';
import type { StudyStore } from '../core/progress/studyStore';
import { Disposable, registered } from '../disposable';
import type { ExtensionPaths } from '../extensionPaths';
import { estimateTokens } from '../core/llm/toolModel';
import type { LlmModels } from '../llm/llmModels';
import { CritiqueTreeProvider, type CritiqueResult } from './critiqueTree';
import { SEVERITY_PRESENTATION } from './severity';
import { plural } from '../core/plural';
import { registerCommand, reportError, UserError } from '../userError';

const DIAGNOSTIC_SOURCE = 'AI Interview Studio critic';

/** A command link that highlights a finding's nodes on the diagram's canvas. */
function showOnCanvasLink(uri: vscode.Uri, nodeIds: string[]): vscode.Uri {
  return vscode.Uri.parse(`command:aiInterviewStudio.highlightFinding?${encodeURIComponent(JSON.stringify([uri.toString(), nodeIds]))}`);
}

/** The concern a critic diagnostic is about: its code's value. */
function concernOf(diagnostic: vscode.Diagnostic): ConcernId {
  return (typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code) as ConcernId;
}

/**
 * Runs the offline rubric critic on a diagram and presents it: a findings view grouped by
 * severity, diagnostics on the .mmd file with a quick fix that inserts the missing
 * component, node highlights on the canvas, and a coverage score against the rubric.
 */
export class CritiqueController extends Disposable implements vscode.CodeActionProvider {
  private readonly diagnostics = this.own(vscode.languages.createDiagnosticCollection('ai-interview-studio-critique'));
  readonly tree = this.own(new CritiqueTreeProvider());
  /** The latest result per diagram, for tests and the quick fixes. */
  readonly results = new Map<string, CritiqueResult>();

  static register(
    context: vscode.ExtensionContext,
    deps: { catalog: Catalog; paths: ExtensionPaths; canvases: DesignCanvasProvider; llm: LlmModels; study: StudyStore },
  ) {
    return registered(context, new CritiqueController(deps.catalog, deps.paths.bundleDir, deps.canvases, deps.llm, deps.study));
  }

  private constructor(
    private readonly catalog: Catalog,
    private readonly bundleDir: string,
    private readonly canvases: DesignCanvasProvider,
    private readonly llm: LlmModels,
    private readonly study: StudyStore,
  ) {
    super();
    const view = this.own(vscode.window.createTreeView('aiInterviewStudio.critique', { treeDataProvider: this.tree }));
    this.own(
      this.tree.onDidChangeTreeData(() => {
        view.message = this.tree.summary();
      }),
      canvases.onCritiqueRequested((session) => this.critique(session.document.uri).catch((error) => reportError(error, 'critique'))),
      registerCommand('aiInterviewStudio.critiqueDiagram', (uri?: vscode.Uri) => this.critique(uri)),
      // From the findings view (a Uri) or a link in Problems (the Uri as text).
      registerCommand('aiInterviewStudio.highlightFinding', (uri: vscode.Uri | string, nodeIds: string[]) =>
        this.highlight(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, nodeIds),
      ),
      registerCommand('aiInterviewStudio.addSuggestedComponent', (node: { finding?: Finding }) => this.addSuggested(node?.finding)),
      // Run by a quick fix after its edit: the offline critique again, so the finding it fixed goes away.
      registerCommand('aiInterviewStudio.critiqueAfterFix', (uri: vscode.Uri) => this.critique(uri, { llm: false })),
      // A cursor on a node's line in the text (also where a click in Problems lands) shows that node on the canvas.
      vscode.window.onDidChangeTextEditorSelection((event) => this.highlightSelection(event.textEditor)),
      vscode.languages.registerCodeActionsProvider({ scheme: 'file', pattern: '**/*.{mmd,mermaid}' }, this, {
        providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.diagnostics.delete(document.uri)),
    );
  }

  private targetUri(uri?: vscode.Uri): vscode.Uri | undefined {
    if (uri) return uri;
    const active = this.canvases.activeSession()?.document.uri ?? vscode.window.activeTextEditor?.document.uri;
    return active && /\.(mmd|mermaid)$/.test(active.path) ? active : this.canvases.allSessions()[0]?.document.uri;
  }

  /**
   * Critiques a diagram; a diagram with a syntax error throws a UserError naming the line.
   * `llm: false` for the automatic re-run after a quick fix: no paid call for every edit.
   */
  async critique(uri?: vscode.Uri, options: { llm?: boolean } = {}): Promise<CritiqueResult | undefined> {
    const target = this.targetUri(uri);
    if (!target) {
      void vscode.window.showInformationMessage('Open a design diagram (.mmd) to critique it.');
      return undefined;
    }
    const document = await vscode.workspace.openTextDocument(target);
    const source = document.getText();
    const designId = detectDesignId(source);
    const found = designId ? this.catalog.find(designId) : undefined;
    const question = found?.kind === 'design' ? found : undefined;
    const outcome = await vscode.window.withProgress(
      { location: { viewId: 'aiInterviewStudio.critique' }, title: 'Reviewing the diagram' },
      () => loadCritic(this.bundleDir).critiqueSource(source, question),
    );
    if ('error' in outcome) {
      const { line, message, parserMessage } = outcome.error;
      throw new UserError(`Fix the diagram before the critique${line ? `, line ${line}` : ''}: ${message}`, undefined, {
        button: 'Show parser message',
        title: "Mermaid's parser message",
        text: parserMessage,
      });
    }
    const result: CritiqueResult = { uri: target, report: outcome.report, ...(question ? { question } : {}) };
    this.results.set(target.toString(), result);
    // Coverage over time, and the concerns that keep coming back, feed the card queue.
    this.study.update((data) =>
      withCritique(data, {
        at: new Date().toISOString(),
        design: question?.id ?? null,
        coverage: outcome.report.coverage,
        missing: [...new Set(outcome.report.findings.map((f) => f.concern))],
      }),
    );
    this.diagnostics.set(target, this.toDiagnostics(document, result));
    this.tree.show(result);
    await vscode.commands.executeCommand('aiInterviewStudio.critique.focus');
    if (options.llm !== false) await this.askLlm(result, source, outcome.model);
    return result;
  }

  /** Adds an LLM interviewer's review when a model is available: streamed into the view and the canvas, cancellable. */
  private async askLlm(result: CritiqueResult, source: string, diagram: DiagramModel): Promise<void> {
    if (!vscode.workspace.getConfiguration('aiInterviewStudio.critic').get<boolean>('useLlm', true)) return;
    const choice = await this.llm.choose();
    if ('unavailable' in choice) {
      if (!choice.silent) {
        result.llm = { reviewer: 'LLM', findings: [], followUpQuestions: [], pending: false, error: choice.unavailable };
        this.tree.refresh();
      }
      return;
    }
    const { model } = choice;
    const critic = loadCritic(this.bundleDir);
    const showOnCanvas = (text: string) => this.canvases.broadcast(result.uri, { type: 'critiqueStatus', text });
    const llm: NonNullable<CritiqueResult['llm']> = { reviewer: model.displayName, findings: [], followUpQuestions: [], pending: true };
    result.llm = llm;
    this.tree.refresh();
    const estimate = estimateTokens(critic.reviewPrompt(source, diagram, result.question, result.report.findings)) + 1_500;
    const cost = model.priceModelId ? critic.estimateCost(model.priceModelId, estimate, 1_500) : null;
    await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: `Asking ${model.displayName} for an interviewer's review (about ${estimate} tokens${cost === null ? '' : `, about $${cost.toFixed(3)}`})`,
        cancellable: true,
      },
      async (_progress, token) => {
        const abort = new AbortController();
        const cancellation = token.onCancellationRequested(() => abort.abort());
        try {
          const review = await critic.llmCritique(source, diagram, result.question, result.report.findings, {
            model,
            signal: abort.signal,
            onFinding: (finding) => {
              llm.findings.push(finding);
              this.tree.refresh();
              showOnCanvas(`${model.displayName}: ${plural(llm.findings.length, 'finding')} so far. Latest: ${finding.title}`);
            },
          });
          llm.findings = review.findings;
          llm.followUpQuestions = review.followUpQuestions;
          llm.usage = `${review.usage.inputTokens} input + ${review.usage.outputTokens} output tokens${review.costUsd === null ? '' : `, about $${review.costUsd.toFixed(4)}`}`;
          showOnCanvas(`${model.displayName}: ${review.findings.length} findings. Next question: ${review.followUpQuestions[0] ?? ''}`);
        } catch (error) {
          llm.error = error instanceof Error ? error.message : String(error);
          showOnCanvas(`LLM review unavailable: ${llm.error}`);
          const action = (error as { reason?: string }).reason === 'auth' && model.priceModelId ? 'Set API Key' : undefined;
          void vscode.window
            .showWarningMessage(`${llm.error} The offline findings still apply.`, ...(action ? [action] : []))
            .then((choice) => {
              if (choice) void vscode.commands.executeCommand('aiInterviewStudio.setApiKey');
            });
        } finally {
          cancellation.dispose();
          llm.pending = false;
          this.tree.refresh();
          const document = await vscode.workspace.openTextDocument(result.uri);
          this.diagnostics.set(result.uri, this.toDiagnostics(document, result));
        }
      },
    );
  }

  /** Every finding, the offline critic's and the LLM's, as a diagnostic on the node it is about (else the header line). */
  private toDiagnostics(document: vscode.TextDocument, result: CritiqueResult): vscode.Diagnostic[] {
    const source = document.getText();
    const headerLine = Math.max(
      0,
      source.split('\n').findIndex((line) => /^\s*(flowchart|graph|architecture-beta)\b/.test(line)),
    );
    const findings = [
      ...result.report.findings,
      ...(result.llm?.findings ?? []).map((finding) => ({ ...finding, reviewer: result.llm!.reviewer })),
    ];
    return findings.map((finding) => {
      const nodeLine = finding.nodes.map((node) => findNodeLine(source, node)).find((line) => line !== undefined);
      const line = Math.min(nodeLine ?? headerLine, document.lineCount - 1);
      const by = 'reviewer' in finding ? ` (${finding.reviewer})` : '';
      const diagnostic = new vscode.Diagnostic(
        document.lineAt(line).range,
        `${finding.title}${by}. ${finding.evidence} ${finding.detail}`,
        SEVERITY_PRESENTATION[finding.severity].diagnostic,
      );
      diagnostic.source = DIAGNOSTIC_SOURCE;
      // Problems opens a custom editor with no range, so a click on the row cannot reach the
      // canvas; the code's link can: a command link Problems runs on a click (and the hover too).
      diagnostic.code = { value: finding.concern, target: showOnCanvasLink(document.uri, finding.nodes) };
      return diagnostic;
    });
  }

  /** Quick fixes: the missing component wired into the flow where it belongs, then the critique runs again. */
  async provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter(
      (diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && CONCERNS[concernOf(diagnostic)]?.fix,
    );
    if (!ours.length) return [];
    const source = document.getText();
    let diagram: DiagramModel;
    try {
      diagram = await loadCritic(this.bundleDir).parseDiagram(source);
    } catch {
      return []; // A syntax error has its own diagnostic; fix that first.
    }
    const result = this.results.get(document.uri.toString());
    return ours.flatMap((diagnostic) => {
      const concern = concernOf(diagnostic);
      const action = this.wiredFix(document, source, diagram, concern, this.nodesFlagged(result, concern));
      if (action) action.diagnostics = [diagnostic];
      return action ? [action] : [];
    });
  }

  /** The nodes the findings about a concern name: where the fix should go. */
  private nodesFlagged(result: CritiqueResult | undefined, concern: ConcernId): string[] {
    const findings = [...(result?.report.findings ?? []), ...(result?.llm?.findings ?? [])].filter(
      (finding) => finding.concern === concern,
    );
    return [...new Set(findings.flatMap((finding) => finding.nodes))];
  }

  private wiredFix(
    document: vscode.TextDocument,
    source: string,
    diagram: DiagramModel,
    concern: ConcernId,
    nodes: string[],
  ): vscode.CodeAction | undefined {
    const fix = CONCERNS[concern].fix;
    const wired = fix && wireComponent(source, diagram, fix, nodes);
    if (!wired) return undefined;
    const name = fix.replace(/([A-Z])/g, ' $1').toLowerCase();
    const action = new vscode.CodeAction(`Add ${name} ${wired.placement}`, vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    for (const insert of wired.edits) action.edit.insert(document.uri, new vscode.Position(insert.line, insert.character), insert.text);
    action.command = { command: 'aiInterviewStudio.critiqueAfterFix', title: 'Critique again', arguments: [document.uri] };
    action.isPreferred = true;
    return action;
  }

  /** Highlights the nodes on the diagram's canvas, brought to the front, or opened first where none is. */
  private async highlight(uri: vscode.Uri, nodeIds: string[]): Promise<void> {
    const session = this.canvases.session(uri);
    if (session) session.panel.reveal(undefined, true);
    else await this.canvases.openAndRender(uri);
    this.canvases.broadcast(uri, { type: 'highlight', nodeIds });
  }

  private highlightSelection(editor: vscode.TextEditor): void {
    const { document, selection } = editor;
    const nodeIds = this.canvases.session(document.uri)?.lastRender?.nodeIds;
    if (!nodeIds?.length) return;
    const onLine = nodesOnLine(document.lineAt(selection.active.line).text, nodeIds);
    if (onLine.length) this.canvases.broadcast(document.uri, { type: 'highlight', nodeIds: onLine });
  }

  /** The findings view's inline action: the same wired insert as the quick fix, then the critique again. */
  private async addSuggested(finding: Finding | undefined): Promise<void> {
    const uri = this.tree.currentUri();
    if (!uri || !finding) return;
    const document = await vscode.workspace.openTextDocument(uri);
    const source = document.getText();
    const action = this.wiredFix(document, source, await loadCritic(this.bundleDir).parseDiagram(source), finding.concern, finding.nodes);
    if (!action?.edit) return;
    if (!(await vscode.workspace.applyEdit(action.edit)))
      return void vscode.window.showErrorMessage('AI Interview Studio: this diagram is read-only; copy it into a file to change it.');
    await this.critique(uri, { llm: false });
  }
}

import * as vscode from 'vscode';
import { explainSyntaxError } from '../core/design/syntaxHelp';
import { COMPONENTS, connectNodes, findNodePosition, insertComponent, placeInsert, type LineInsert } from '../core/design/palette';
import { CANVAS_THEMES, isCanvasToHost, type CanvasTheme, type CanvasToHost, type HostToCanvas } from '../protocol/canvas';
import type { ExtensionPaths } from '../extensionPaths';
import type { Catalog, DesignQuestion } from '../core/catalog/types';
import { detectDesignId } from '../core/design/designFile';
import { canvasHtml } from './canvasHtml';
import { notesUri, readNotes, replaceNotes } from './notesFile';
import { log } from '../log';

export const CANVAS_VIEW_TYPE = 'aiInterviewStudio.designCanvas';

export interface RenderEvent {
  uri: vscode.Uri;
  version: number;
  nodeIds: string[];
}

/** One open canvas: its document, webview, and the last thing it rendered. */
export class CanvasSession {
  lastRender: RenderEvent | undefined;
  private nextExport = 1;
  private readonly exports = new Map<number, (result: { data: string } | { error: string }) => void>();

  constructor(
    readonly document: vscode.TextDocument,
    readonly panel: vscode.WebviewPanel,
  ) {}

  post(message: HostToCanvas): void {
    void this.panel.webview.postMessage(message);
  }

  /** Asks the webview for the rendered diagram as SVG text or base64 PNG. */
  requestExport(format: 'svg' | 'png'): Promise<string> {
    const requestId = this.nextExport++;
    return new Promise((resolve, reject) => {
      this.exports.set(requestId, (result) => ('data' in result ? resolve(result.data) : reject(new Error(result.error))));
      this.post({ type: 'export', format, requestId });
    });
  }

  settleExport(requestId: number, result: { data: string } | { error: string }): void {
    this.exports.get(requestId)?.(result);
    this.exports.delete(requestId);
  }
}

function themeOverride(): CanvasTheme | null {
  const value = vscode.workspace.getConfiguration('aiInterviewStudio').get<string>('canvas.theme', 'auto');
  return (CANVAS_THEMES as readonly string[]).includes(value) ? (value as CanvasTheme) : null;
}

/**
 * Mermaid files open in a webview canvas whose source of truth stays the text document:
 * every change from the canvas is a WorkspaceEdit, so save, undo, hot exit and git work as
 * for any file.
 */
export class DesignCanvasProvider implements vscode.CustomTextEditorProvider, vscode.Disposable {
  /** Every open canvas per document: split views put several editors on one file. */
  private readonly sessions = new Map<string, Set<CanvasSession>>();
  /** The canvas of each document the user looked at last, so commands pick the one in view. */
  private readonly lastActive = new Map<string, CanvasSession>();
  private readonly rendered = new vscode.EventEmitter<RenderEvent>();
  readonly onDidRender = this.rendered.event;
  private readonly mockControl = new vscode.EventEmitter<{ session: CanvasSession; action: 'start' | 'pause' | 'resume' | 'stop' }>();
  readonly onMockControl = this.mockControl.event;
  private readonly critiqueRequested = new vscode.EventEmitter<CanvasSession>();
  readonly onCritiqueRequested = this.critiqueRequested.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('ai-interview-studio-mermaid');

  /** The custom editor for .mmd/.mermaid files. */
  static register(context: vscode.ExtensionContext, deps: { paths: ExtensionPaths; catalog: Catalog }): DesignCanvasProvider {
    const provider = new DesignCanvasProvider(deps.paths.webviewRoot, deps.catalog);
    context.subscriptions.push(
      provider,
      vscode.window.registerCustomEditorProvider(CANVAS_VIEW_TYPE, provider, {
        webviewOptions: { retainContextWhenHidden: true },
        supportsMultipleEditorsPerDocument: true,
      }),
    );
    return provider;
  }

  private constructor(
    private readonly bundleRoot: vscode.Uri,
    private readonly catalog: Catalog,
  ) {}

  /** The design question a diagram answers, from its header comment. */
  questionOf(document: vscode.TextDocument): DesignQuestion | undefined {
    const id = detectDesignId(document.getText());
    const item = id ? this.catalog.find(id) : undefined;
    return item?.kind === 'design' ? item : undefined;
  }

  /** One canvas on the document: the active one, else the one last looked at, else any. */
  session(uri: vscode.Uri): CanvasSession | undefined {
    const open = this.sessionsOf(uri);
    return open.find((session) => session.panel.active) ?? this.lastActive.get(uri.toString()) ?? open[0];
  }

  /** Every canvas open on the document. */
  sessionsOf(uri: vscode.Uri): CanvasSession[] {
    return [...(this.sessions.get(uri.toString()) ?? [])];
  }

  /** Sends a message to every canvas on the document, so split views stay in step. */
  broadcast(uri: vscode.Uri, message: HostToCanvas): void {
    for (const session of this.sessionsOf(uri)) session.post(message);
  }

  /**
   * Opens the diagram in a canvas, keeping the focus where it is, and waits for its first
   * render (a diagram that no longer parses never renders: then for `timeoutMs`).
   */
  async openAndRender(uri: vscode.Uri, timeoutMs = 10_000): Promise<void> {
    let subscription: vscode.Disposable | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const rendered = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
      subscription = this.onDidRender((event) => event.uri.toString() === uri.toString() && resolve());
    });
    try {
      await vscode.commands.executeCommand('vscode.openWith', uri, CANVAS_VIEW_TYPE, { preserveFocus: true });
      await rendered;
    } finally {
      clearTimeout(timer);
      subscription?.dispose();
    }
  }

  /** The canvas the user is looking at, if any. */
  activeSession(): CanvasSession | undefined {
    return this.allSessions().find((session) => session.panel.active);
  }

  allSessions(): CanvasSession[] {
    return [...this.sessions.values()].flatMap((open) => [...open]);
  }

  async resolveCustomTextEditor(document: vscode.TextDocument, panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.options = { enableScripts: true, localResourceRoots: [this.bundleRoot] };
    panel.webview.html = canvasHtml(panel.webview, this.bundleRoot);
    const session = new CanvasSession(document, panel);
    const key = document.uri.toString();
    const open = this.sessions.get(key) ?? new Set<CanvasSession>();
    this.sessions.set(key, open.add(session));
    this.lastActive.set(key, session);
    const sendText = (immediate: boolean) =>
      session.post({ type: 'update', text: document.getText(), version: document.version, immediate });

    const notesKey = notesUri(document.uri).toString();
    const subscriptions = [
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (!event.contentChanges.length) return;
        if (event.document.uri.toString() === key) sendText(false);
        // The notes box mirrors the notes file, wherever it was edited.
        if (event.document.uri.toString() === notesKey) session.post({ type: 'notes', text: event.document.getText() });
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('aiInterviewStudio.canvas.theme')) session.post({ type: 'theme', themeOverride: themeOverride() });
      }),
      panel.onDidChangeViewState(() => {
        if (panel.active) this.lastActive.set(key, session);
      }),
      panel.webview.onDidReceiveMessage((message: unknown) => {
        if (!isCanvasToHost(message)) return void log.warn('design canvas: ignored a malformed message', JSON.stringify(message));
        this.handle(session, message, async () => {
          session.post({ type: 'init', palette: [...COMPONENTS], themeOverride: themeOverride() });
          sendText(true);
          const question = this.questionOf(document);
          session.post({
            type: 'question',
            question: question
              ? {
                  id: question.id,
                  title: question.title,
                  prompt: question.prompt,
                  clarifyingQuestions: question.clarifyingQuestions,
                  requirements: question.requirements,
                  notesPath: vscode.workspace.asRelativePath(notesUri(document.uri)),
                }
              : null,
          });
          if (question) session.post({ type: 'notes', text: await readNotes(document.uri) });
        }).catch((error: unknown) =>
          vscode.window.showErrorMessage(`AI Interview Studio: ${error instanceof Error ? error.message : String(error)}`),
        );
      }),
    ];
    panel.onDidDispose(() => {
      open.delete(session);
      if (this.lastActive.get(key) === session) this.lastActive.delete(key);
      // The other editors on the file keep their state; only the last one closing clears it.
      if (open.size === 0) {
        this.sessions.delete(key);
        this.diagnostics.delete(document.uri);
      }
      for (const subscription of subscriptions) subscription.dispose();
    });
  }

  private async handle(session: CanvasSession, message: CanvasToHost, onReady: () => Promise<void>): Promise<void> {
    const { document } = session;
    switch (message.type) {
      case 'ready':
        return onReady();
      case 'rendered':
        session.lastRender = { uri: document.uri, version: message.version, nodeIds: message.nodeIds };
        this.diagnostics.delete(document.uri);
        return this.rendered.fire(session.lastRender);
      case 'parseError': {
        const line = Math.max(0, Math.min((message.line ?? 1) - 1, document.lineCount - 1));
        const diagnostic = new vscode.Diagnostic(
          document.lineAt(line).range,
          // The plain sentence first (what Problems shows on one line), the parser's own words on demand in the hover.
          `Mermaid: ${explainSyntaxError(message.message, document.getText(), message.line)}\nParser message: ${message.message}`,
          vscode.DiagnosticSeverity.Error,
        );
        diagnostic.source = 'AI Interview Studio';
        return this.diagnostics.set(document.uri, [diagnostic]);
      }
      case 'revealNode': {
        const found = findNodePosition(document.getText(), message.nodeId);
        if (!found) return void vscode.window.setStatusBarMessage(`Node ${message.nodeId} is not in the text.`, 3000);
        // An empty selection: the cursor sits at the node, so typing does not replace the line.
        const cursor = new vscode.Position(found.line, found.column);
        await vscode.window.showTextDocument(document, {
          viewColumn: vscode.ViewColumn.Beside,
          selection: new vscode.Range(cursor, cursor),
          preserveFocus: false,
        });
        return;
      }
      case 'insertComponent': {
        const { edit, nodeId } = insertComponent(document.getText(), message.componentId, message.from ?? undefined);
        if (await this.applyInsert(document, edit)) session.post({ type: 'select', nodeId });
        return;
      }
      case 'connect':
        await this.applyInsert(document, connectNodes(document.getText(), message.from, message.to));
        return;
      case 'exported':
        return session.settleExport(message.requestId, { data: message.data });
      case 'exportFailed':
        return session.settleExport(message.requestId, { error: message.message });
      case 'mockControl':
        return this.mockControl.fire({ session, action: message.action });
      case 'critique':
        return this.critiqueRequested.fire(session);
      case 'saveNotes':
        await replaceNotes(document.uri, message.text);
        return;
      case 'showModelAnswer':
        await vscode.commands.executeCommand('aiInterviewStudio.showModelAnswer', this.questionOf(document)?.id, document.uri);
        return;
    }
  }

  /** Applies a palette edit; false (with a message) where the document cannot change. */
  async applyInsert(document: vscode.TextDocument, insert: LineInsert): Promise<boolean> {
    const edit = new vscode.WorkspaceEdit();
    const { line, character, text } = placeInsert(document.getText(), insert);
    edit.insert(document.uri, new vscode.Position(line, character), text);
    if (await vscode.workspace.applyEdit(edit)) return true;
    void vscode.window.showErrorMessage('AI Interview Studio: this diagram is read-only; copy it into a file to change it.');
    return false;
  }

  dispose(): void {
    this.rendered.dispose();
    this.mockControl.dispose();
    this.critiqueRequested.dispose();
    this.diagnostics.dispose();
  }
}
